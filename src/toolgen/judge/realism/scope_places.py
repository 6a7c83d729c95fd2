"""Is a place outside the country an endpoint is scoped to? (`asked_place` asks.)

`foreign_city(name, code)`: the city `name` names is a known city of another country
than `code` and no city of `code` has that name (Firenze or San Jose sent to a Vietnam
districts endpoint; Birmingham is fine for a US API, Alabama has one); read from the
judge's own city table, else from GeoNames' (`executor.world`, loaded only when a scoped
endpoint names a city the table does not know). `foreign_country(obj, code)`: the
country an object's `country` field names, when it is another one ("country": "Italy"
in a Vietnamese district). `other_state(obj, args)`: a US-scoped answer's city in another
state than the call sent. Unknown names are never foreign. Pure, cached.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.executor import world
from toolgen.executor.state_cities import outside_state
from toolgen.judge.realism.values import _CITY_COUNTRY, _snake

_COUNTRY_KEYS = frozenset({"country", "country_name", "nation"})
_CITY_KEYS = frozenset({"city", "city_name", "town"})
_STATE_KEYS = frozenset({"state", "state_code", "us_state"})


@lru_cache(maxsize=4096)
def foreign_city(name: str, code: str) -> bool:
    """Is `name` a city of another country than `code`, and none of `code`'s?"""
    known = _CITY_COUNTRY.get(name.lower())
    if known == code:
        return False
    country = world.country_of(code)
    if country is None:
        return known is not None
    # the city of that name in `code` when it has one, else the most populous anywhere
    found = world.city(f"{name}, {country.name}")
    if found is not None and found.country_iso == code:
        return False
    return known is not None or found is not None


def foreign_country(obj: dict[str, Any], code: str) -> str | None:
    """The other country an object's country field names, or None."""
    for key, value in obj.items():
        if isinstance(value, str) and _snake(key) in _COUNTRY_KEYS:
            found = world.country(value)
            if found is not None and found.iso != code:
                return value
    return None


def other_state(obj: dict[str, Any], args: dict[str, Any]) -> str | None:
    """The city of an object a US-scoped call answered, when it lies in another state
    than the one the call sent (`validate_usaddress(state="Florida")` -> "New York")."""
    state = next((v for k, v in args.items() if _snake(k) in _STATE_KEYS), None)
    if state is None:
        return None
    for key, value in obj.items():
        if isinstance(value, str) and _snake(key) in _CITY_KEYS and value not in \
                args.values() and outside_state(value, state):
            return f"{value} (not in {state})"
    return None
