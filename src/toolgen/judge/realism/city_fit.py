"""An object's coordinates or postcode belonging to another city than the one it names.

`zip_code_by_city(city="Firenze")` answered `{"city": "Firenze", "postal_code": "20118",
"latitude": 41.9028, "longitude": 12.4964}`: Milan's postcode at Rome's coordinates. A
reviewer who knows Italy refuses it. Kinds:

- `city_coordinates`: an object names a city GeoNames knows (in the object's country,
  when it names one) and its coordinate pair lies more than `FAR_KM` from that city;
  or its address string names such a city (a comma part, in the country its last part
  names) and its pair, or a nested `location`'s, lies that far (a geocode of a Zurich
  address in Idaho);
- `city_postcode`: an object names such a city and its postcode is one of another,
  distant listed city of the same country (`executor.city_postcodes`: 20118 is Milan's),
  or a US ZIP outside the city's state (Austin's 78756 beside Gilroy, California);
- `city_country`: an object names a city of over 300,000 people in a country that has no
  city of that name (Cleveland, India).

A US ZIP is judged by its state only (GeoNames' state of the city: a sectional centre
spans suburbs and towns). One object is read at a time; cities GeoNames does not know
and postcodes of cities not listed are left alone.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor import world
from toolgen.executor.city_postcodes import city_for
from toolgen.executor.postal import ZIP_RANGES
from toolgen.executor.unlisted_city import city_in
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.arguments import as_number
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_objects
from toolgen.judge.realism.values import _snake
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "city_fit"

# Farther than this, a pair or a postcode is another place's: Rome is 230 km from
# Florence, while a city's own pairs (centre, districts) lie within a few tens of km.
FAR_KM = 150.0
_CITY = frozenset({"city", "city_name", "town"})
_COUNTRY = frozenset({"country", "country_code", "country_name"})
_STATE = frozenset({"state", "state_code", "state_abbr", "state_name", "region_code"})
_LAT = frozenset({"lat", "latitude"})
_LON = frozenset({"lon", "lng", "longitude"})
_POSTCODE = frozenset({"zip", "zipcode", "zip_code", "postal_code", "postalcode", "postcode",
                       "post_code"})


def _text(obj: dict[str, Any], keys: frozenset[str]) -> str | None:
    for key, value in obj.items():
        if isinstance(value, str) and value.strip() and _snake(key) in keys:
            return value.strip()
    return None


def _number(obj: dict[str, Any], keys: frozenset[str]) -> float | None:
    for key, value in obj.items():
        if _snake(key) in keys and isinstance(value, int | float | str) and not isinstance(
                value, bool):
            return as_number(value)
    return None


def _city(obj: dict[str, Any]) -> world.City | None:
    name = _text(obj, _CITY)
    if name is None or "," in name:
        return None
    country = _text(obj, _COUNTRY)
    hint = world.country(country) if country else None
    if country and hint is None:
        return None
    found = city_in(name, hint.iso if hint else "")
    if found is None or (hint is not None and found.country_iso != hint.iso):
        return None
    return found


def _km(a: world.City, lat: float, lon: float) -> float:
    return world.great_circle_km(a, world.City("", "", lat, lon, 0, ""))


def reason(obj: dict[str, Any]) -> str | None:
    """Why the coordinates or postcode of `obj` are not in the city it names, or None."""
    if _text(obj, _CITY) is None:
        return _address_reason(obj)
    lat, lon = _number(obj, _LAT), _number(obj, _LON)
    code = _text(obj, _POSTCODE)
    if (lat is None or lon is None) and code is None:
        # Nothing to place: only a city in the wrong country can be told, which needs a
        # country (`_elsewhere` is None wherever `_city` finds the city), so a bare city
        # field costs no look-up of the world's city table.
        return _elsewhere(obj)
    city = _city(obj)
    if city is None:
        return _elsewhere(obj)
    if lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180:
        away = _km(city, lat, lon)
        if away > FAR_KM:
            return (f"coordinates ({lat}, {lon}) lie {away:,.0f} km from "
                    f"{_text(obj, _CITY)}")
    if code is not None and city.country_iso == "US":
        # beside a state, the ZIP is the `postcodes` check's (Portland, ME is no Oregon)
        return _us_zip(code, city) if _text(obj, _STATE) is None else None
    if code is not None:
        other = city_for(code, city.country_iso)
        found = city_in(other, city.country_iso) if other else None
        if found is not None and _km(city, found.latitude, found.longitude) > FAR_KM:
            return f"postcode {code} is {other}'s, not {_text(obj, _CITY)}'s"
    return None


_ADDRESS = frozenset({"address", "full_address", "formatted_address"})
_NESTED = frozenset({"location", "geometry", "coordinates", "position", "geo"})
_POSTCODE_PART = re.compile(r"^\s*[A-Z]{0,2}-?\d{3,6}\s+|\s+\d{3,6}\s*$")


def _address_reason(obj: dict[str, Any]) -> str | None:
    """A geocode's pair (its own, or a nested `location`'s) far from the city its address
    string names ("Braunstrasse 365, Zurich, Switzerland" at 45.15, -116.99: Idaho)."""
    address = _text(obj, _ADDRESS)
    if address is None or "," not in address:
        return None
    holder = obj if _number(obj, _LAT) is not None else next(
        (v for k, v in obj.items() if isinstance(v, dict) and _snake(k) in _NESTED), None)
    if holder is None:
        return None
    lat, lon = _number(holder, _LAT), _number(holder, _LON)
    city = _address_city(address)
    if lat is None or lon is None or city is None or not (-90 <= lat <= 90
                                                          and -180 <= lon <= 180):
        return None
    away = _km(city, lat, lon)
    if away <= FAR_KM:
        return None
    return f"coordinates ({lat}, {lon}) lie {away:,.0f} km from {city.name}, where {address!r} is"


def _address_city(address: str) -> world.City | None:
    parts = [p.strip() for p in address.split(",") if p.strip()]
    hint = world.country(parts[-1])
    for part in reversed(parts[1:-1] if hint is not None else parts[1:]):
        name = _POSTCODE_PART.sub("", part).strip()
        if not name or any(c.isdigit() for c in name):
            continue
        found = city_in(name, hint.iso if hint else "")
        if found is not None and (hint is None or found.country_iso == hint.iso):
            return found
    return None


# A city this large is known by its country: Cleveland answered in India is made up.
_KNOWN = 300_000


def _elsewhere(obj: dict[str, Any]) -> str | None:
    """A large city named in a country that has no city of its name."""
    name, country = _text(obj, _CITY), _text(obj, _COUNTRY)
    hint = world.country(country) if country else None
    if name is None or hint is None or "," in name:
        return None
    there = city_in(name, hint.iso)
    if there is not None and there.country_iso == hint.iso:
        return None
    found = city_in(name, "")
    if found is None or found.population < _KNOWN or found.country_iso == hint.iso:
        return None
    return f"city {name} lies in {found.country_iso}, not in {country}"


def _us_zip(code: str, city: world.City) -> str | None:
    """Why a US ZIP is not in the state of the city beside it, or None (a sectional
    centre spans a city's suburbs, so only the state is judged)."""
    zip5 = re.fullmatch(r"(\d{3})\d{2}(?:-\d{4})?", code)
    ranges = ZIP_RANGES.get(city.admin1)
    if zip5 is None or ranges is None:
        return None
    prefix = int(zip5.group(1))
    if any(lo <= prefix <= hi for lo, hi in ranges):
        return None
    return f"postcode {code} is outside {city.admin1}, where {city.name} is"


# A city or an address beside coordinates or a postcode: an output without either has none.
GATE = output_keys_gate(lambda key: _snake(key) in _CITY or _snake(key) in _ADDRESS)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for _, at, why in answered_objects(view, reason):
        kind = "city_coordinates" if why.startswith("coordinates") else \
            "city_country" if why.startswith("city") else "city_postcode"
        out.append(finding(NAME, kind, at, why))
    return out
