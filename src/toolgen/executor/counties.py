"""A county, and a known city's coordinates, are those of the city beside them.

`get_zips_in_radius` listed Miami ZIPs in "Santa Clara" and "County Cork" (ToolBench seed
7, 000118): a county drawn from a pool of counties, whatever the city. `COUNTIES` holds
the county (parish) of each large US city `postal.US_CITIES` knows; `city_counties(output)`
sets, in every object of an output that names such a city and has a county field, that
city's county; `county_misfit(obj)` says why an object's county is not its city's (the
judge reads it). Cities that are their own county-level place (Baltimore, St. Louis,
Richmond, Anchorage) are left alone. The same walk moves a coordinate pair that is another
`PLACES` city's (Seattle's beside Miami: the city was moved to the ZIP sent after the
places agreed), or lies a degree or more from the named city, to the named city. In
place, deterministic, never touches the network.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.gen_context import CITY_INDEX
from toolgen.executor.objects import key_names, objects_in
from toolgen.executor.pools import PLACES
from toolgen.executor.values import normalize_key

# Large US cities -> their county (US Census Bureau county of the city's seat).
COUNTIES: dict[str, str] = {
    "new york": "New York County", "brooklyn": "Kings County",
    "los angeles": "Los Angeles County", "san francisco": "San Francisco County",
    "san jose": "Santa Clara County", "san diego": "San Diego County",
    "sacramento": "Sacramento County", "oakland": "Alameda County", "chicago": "Cook County",
    "houston": "Harris County", "dallas": "Dallas County", "austin": "Travis County",
    "san antonio": "Bexar County", "seattle": "King County", "tacoma": "Pierce County",
    "spokane": "Spokane County", "boston": "Suffolk County", "miami": "Miami-Dade County",
    "orlando": "Orange County", "tampa": "Hillsborough County", "atlanta": "Fulton County",
    "denver": "Denver County", "phoenix": "Maricopa County", "tucson": "Pima County",
    "philadelphia": "Philadelphia County", "pittsburgh": "Allegheny County",
    "detroit": "Wayne County", "minneapolis": "Hennepin County", "las vegas": "Clark County",
    "nashville": "Davidson County", "memphis": "Shelby County",
    "new orleans": "Orleans Parish", "cleveland": "Cuyahoga County",
    "columbus": "Franklin County", "salt lake city": "Salt Lake County",
    "honolulu": "Honolulu County", "milwaukee": "Milwaukee County",
    "indianapolis": "Marion County", "charlotte": "Mecklenburg County",
    "raleigh": "Wake County", "albuquerque": "Bernalillo County",
    "oklahoma city": "Oklahoma County", "louisville": "Jefferson County",
    "kansas city": "Jackson County", "omaha": "Douglas County", "boise": "Ada County",
}
_CITY = frozenset({"city", "city_name", "town"})
_COUNTY = frozenset({"county", "county_name"})


def city_counties(output: Any) -> None:
    """Every object's county made its known city's (module doc)."""
    for node in objects_in(output):
        place = _place(node)
        if place is not None:
            node[place[0]] = place[1]
        _own_coordinates(node)


_LAT = frozenset({"lat", "latitude"})
_LON = frozenset({"lon", "lng", "longitude"})
_PAIRS = {(p[4], p[5]): p[0] for p in PLACES}
_POSTCODE = frozenset({"zip", "zipcode", "zip_code", "postal_code", "postalcode", "postcode"})
_NEAR = 1.0  # degrees: a point this close to a city's centre may be in it


def _own_coordinates(obj: dict[str, Any]) -> None:
    row = CITY_INDEX.get(_city(obj).lower())
    if row is None:
        return
    lat = next((k for k in obj if normalize_key(k) in _LAT), None)
    lon = next((k for k in obj if normalize_key(k) in _LON), None)
    if lat is None or lon is None:
        return
    place = PLACES[row]
    other = _PAIRS.get((obj[lat], obj[lon]))
    if other is not None and other != place[0]:
        obj[lat], obj[lon] = place[4], place[5]
        return
    here = (obj[lat], obj[lon])
    if not all(isinstance(v, float) for v in here) or (
            abs(here[0] - place[4]) <= _NEAR and abs(here[1] - place[5]) <= _NEAR):
        return
    # A pair far from the city named (Miami ZIPs at 34.66, -111.03, in Arizona): a point
    # in the city, a little apart for each postcode so neighbours do not coincide.
    code = next((str(v) for k, v in obj.items() if normalize_key(k) in _POSTCODE), "")
    shift = (int(code[-2:]) if code[-2:].isdigit() else 0) - 50
    obj[lat] = round(place[4] + shift / 1000, 5)
    obj[lon] = round(place[5] - shift / 1500, 5)


def county_misfit(obj: dict[str, Any]) -> str | None:
    """Why `obj`'s county is not the county of the city it names, or None."""
    place = _place(obj)
    if place is None:
        return None
    key, county = place
    return f"{obj[key]} is no county of {_city(obj)}, which is in {county}"


def _place(obj: dict[str, Any]) -> tuple[str, str] | None:
    """(county key, the city's county) when `obj`'s county is not its known city's."""
    if _COUNTY.isdisjoint(key_names(obj)):
        return None
    key = next((k for k, v in obj.items() if isinstance(v, str) and normalize_key(k)
                in _COUNTY), None)
    if key is None:
        return None
    county = COUNTIES.get(_city(obj).lower())
    said = str(obj[key]).strip()
    if county is None or not said or _same(said, county):
        return None
    return key, county


def _city(obj: dict[str, Any]) -> str:
    if _CITY.isdisjoint(key_names(obj)):
        return ""
    return next((v.strip() for k, v in obj.items() if isinstance(v, str)
                 and normalize_key(k) in _CITY), "")


def _same(said: str, county: str) -> bool:
    """`Miami-Dade` and `Miami-Dade County` name one county."""
    def bare(text: str) -> str:
        return text.lower().replace(" county", "").replace(" parish", "").strip()
    return bare(said) == bare(county)
