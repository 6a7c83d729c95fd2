"""The cities a country-scoped endpoint lists are that country's cities.

`get_all_cities_in_vietnam` answered `{"cities": [{"name": "Prague", "country":
"Vietnam"}, {"name": "Rome", ...}]}`: `scoped_output` moved each row's country but a
row's own `name` is no city field it reads. `listed_cities(output, function_name)` names
the rows of a list of cities or towns (`cities`, `towns`, `city_list`) by the scoped
country's largest cities, one each, in order (GeoNames through `world`), with their
coordinates where the row has them. In place, deterministic, never touches the network.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor import world
from toolgen.executor.objects import objects_in
from toolgen.executor.served import served_country
from toolgen.executor.values import normalize_key

_LISTS = frozenset({"cities", "towns", "city_list", "city_names"})
_NAMES = ("name", "city_name", "city", "town")
_LAT = ("lat", "latitude")
_LON = ("lon", "lng", "longitude")


def listed_cities(output: Any, function_name: str) -> None:
    """Name a scoped endpoint's listed cities after its country's (module doc)."""
    code = served_country(function_name)
    if code is None:
        return
    for node in objects_in(output):
        for key, rows in node.items():
            if not isinstance(rows, list) or normalize_key(key) not in _LISTS:
                continue
            cities = world.cities_of(code, len(rows))
            for row, city in zip(rows, cities, strict=False):
                if isinstance(row, dict):
                    _name(row, city)


def _name(row: dict[str, Any], city: world.City) -> None:
    name = next((k for k in _NAMES if isinstance(row.get(k), str)), None)
    if name is None:
        return
    row[name] = city.name
    for keys, value in ((_LAT, city.latitude), (_LON, city.longitude)):
        for key in keys:
            if isinstance(row.get(key), float):
                row[key] = round(value, 4)
