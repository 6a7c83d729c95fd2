"""Rows of an answer filtered by a US state or county lie in it.

`get_zips_in_county(county="Los Angeles County")` answered San Jose ZIPs in "Santa Clara
County" and a Woonsocket, RI ZIP labelled "Los Angeles County" (ToolBench seed 31 #233);
`get_zips_in_state(stateId="TX")` answered San Jose ZIPs in CA. `in_asked_place(output,
args)` reads the call's state filter (`state`, `stateId`, `state_code`... holding a state's
code or name) and county filter (`county`, `county_name`, resolved by `us_counties`), and
makes each result record (the output object, the objects of its top-level lists and of
the lists one object down) that names a US place agree with them:

- its state field names the state asked (the county's, for a county), in its own form
  (a code stays a code, a name a name);
- its county field names the county asked; its county FIPS code is that county's;
- a city that is not the county's (or the state's) known city becomes one that is
  (cycling through them row by row), unless the call sent that city; its ZIP, county,
  county FIPS code and coordinates then follow it (`postal.fit_postcode`,
  `counties.city_counties`, GeoNames' city through `world`).

Nothing changes when the call sent no such filter, or one this module cannot place. In
place, deterministic, never touches the network.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor import world
from toolgen.executor.counties import city_counties
from toolgen.executor.postal import STATE_NAMES, fit_postcode
from toolgen.executor.us_counties import (
    County,
    cities_in_county,
    cities_in_state,
    county,
    county_of,
    state_code,
    state_of,
)
from toolgen.executor.values import normalize_key

_STATE_ARGS = frozenset({"state", "state_id", "state_code", "state_abbr", "state_name",
                         "us_state", "stateid"})
_COUNTY_ARGS = frozenset({"county", "county_name"})
_FILTERS = _STATE_ARGS | _COUNTY_ARGS
_STATE = frozenset({"state", "state_code", "state_abbr", "state_name", "state_id"})
_COUNTY = frozenset({"county", "county_name"})
_FIPS = frozenset({"county_fips", "fips", "county_fips_code", "fips_code"})
_CITY = frozenset({"city", "city_name", "town"})
_POSTCODE = frozenset({"zip", "zipcode", "zip_code", "postal_code", "postalcode", "postcode"})


class _Asked:
    """The place a call filtered by: a state code, and the county when one was sent."""

    __slots__ = ("county", "county_said", "state")

    def __init__(self, state: str, found: County | None, said: str) -> None:
        self.state = state
        self.county = found
        self.county_said = said

    def cities(self) -> tuple[tuple[str, str], ...]:
        """(city, county) of the known cities of the place, in a fixed order."""
        if self.county is not None:
            return tuple((c, self.county.name) for c in cities_in_county(self.county))
        return cities_in_state(self.state)


def in_asked_place(output: Any, args: dict[str, Any]) -> None:
    """Every result record's place made the one the call filtered by (module doc)."""
    if _FILTERS.isdisjoint(args):
        return
    asked = _asked(args)
    if asked is None:
        return
    cities = asked.cities()
    moved = 0
    for record in _records(output):
        moved += _fit(record, asked, cities, moved, args)


def _asked(args: dict[str, Any]) -> _Asked | None:
    state = next((code for k in sorted(_STATE_ARGS & args.keys())
                  if (code := state_code(args[k])) is not None), None)
    said = next((v for k in sorted(_COUNTY_ARGS & args.keys())
                 if isinstance(v := args[k], str) and v.strip()), "")
    found = county(said, state) if said else None
    if found is not None:
        return _Asked(found.state, found, said)
    return _Asked(state, None, "") if state is not None else None


def _records(output: Any) -> list[dict[str, Any]]:
    """The output object, and the objects of its lists and of its objects' lists."""
    if isinstance(output, list):
        return [x for x in output if isinstance(x, dict)]
    if not isinstance(output, dict):
        return []
    found = [output]
    for value in output.values():
        inner = value.values() if isinstance(value, dict) else (value,)
        for part in inner:
            if isinstance(part, list):
                found += [x for x in part if isinstance(x, dict)]
    return found


def _key(record: dict[str, Any], names: frozenset[str]) -> str | None:
    return next((k for k in record if normalize_key(k) in names), None)


def _fit(record: dict[str, Any], asked: _Asked, cities: tuple[tuple[str, str], ...],
         moved: int, args: dict[str, Any]) -> int:
    """Fit one record; 1 when its city was moved (the next moved row takes the next city)."""
    state_key = _key(record, _STATE)
    was = record.get(state_key) if state_key is not None else None
    if state_key is not None and state_code(was) is None:
        return 0  # a "state" that is no US state (a status, a province): not a place row
    city_key = _key(record, _CITY)
    county_key = _key(record, _COUNTY)
    if state_key is None and county_key is None:
        return 0
    if state_key is not None and isinstance(was, str):
        record[state_key] = _in_form(asked.state, was)
    shifted = 0
    city = record.get(city_key) if city_key is not None else None
    if (isinstance(city, str) and cities and normalize_key(city_key or "") not in args
            and not _belongs(city, asked)):
        record[city_key or ""], _ = cities[moved % len(cities)]
        shifted = 1
        fit_postcode(record, {})
        city_counties(record)
        _at_city(record, record[city_key or ""], asked.state)
    if county_key is not None and isinstance(record[county_key], str):
        if asked.county is not None:
            record[county_key] = asked.county_said
        elif shifted:
            record[county_key] = county_of(record[city_key or ""], asked.state) or (
                record[county_key])
    fips_key = _key(record, _FIPS)
    home = asked.county if asked.county is not None else (
        county(str(record[county_key]), asked.state) if shifted and county_key else None)
    if fips_key is not None and home is not None:
        record[fips_key] = _fips_in_form(home.fips, record[fips_key])
    return shifted


_LAT = frozenset({"lat", "latitude"})
_LON = frozenset({"lon", "lng", "long", "longitude"})
_NEAR = 1.0  # degrees: a point this close to the city's centre may be in it


def _at_city(record: dict[str, Any], name: str, state: str) -> None:
    """A moved row's coordinates in its new city (GeoNames'), a little apart per ZIP so
    that neighbouring rows do not coincide; left when already near or unknown."""
    lat, lon = _key(record, _LAT), _key(record, _LON)
    found = world.city(f"{name}, United States")
    if lat is None or lon is None or found is None or found.admin1 != state:
        return
    here = (record[lat], record[lon])
    if not all(isinstance(v, float) for v in here) or (
            abs(here[0] - found.latitude) <= _NEAR and abs(here[1] - found.longitude) <= _NEAR):
        return
    code = str(record.get(_key(record, _POSTCODE) or "", ""))
    shift = (int(code[-2:]) if code[-2:].isdigit() else 0) - 50
    record[lat] = round(found.latitude + shift / 1000, 5)
    record[lon] = round(found.longitude - shift / 1500, 5)


def _belongs(city: str, asked: _Asked) -> bool:
    """Whether `city` may lie in the place asked: a county's known city; for a state, a
    known city of it, or a city whose state is it or is not known."""
    key = city.strip().lower()
    if asked.county is not None:
        return key in {c.lower() for c in cities_in_county(asked.county)}
    if key in {c.lower() for c, _ in cities_in_state(asked.state)}:
        return True
    state = state_of(city)
    if state is None:
        found = world.city(city)
        state = found.admin1 if found is not None and found.country_iso == "US" else None
    return state is None or state == asked.state


def _in_form(state: str, was: str) -> str:
    """`state`'s code written as `was` writes a state: a code, a lower-case code, a name."""
    text = was.strip()
    if text.upper() == text[:2].upper() and len(text) == 2:
        return state if text.isupper() else state.lower()
    return next((n.title() for n, c in STATE_NAMES.items() if c == state), state)


def _fips_in_form(fips: str, was: Any) -> Any:
    """A five-digit FIPS code as the field wrote one: a number (6037) or text ("06037")."""
    if isinstance(was, bool):
        return was
    if isinstance(was, int):
        return int(fips)
    return fips if isinstance(was, str) else was
