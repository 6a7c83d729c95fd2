"""Where a flight object leaves from and where it lands, read from its own fields.

`route(obj)` is the (origin, destination) pair of cities of an object whose two ends are
known places (a city of `pools.PLACES` or its IATA code, else a city `world.city` knows),
or None (no ends, an unknown place, both ends one city). Shared by how long a flight
takes (`flight_length`) and what a seat on it costs (`flight_fares`). Read only.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.executor.pools import IATA, PLACES
from toolgen.executor.values import normalize_key
from toolgen.executor.world import City, city

_ORIGIN = ("origin", "from", "origin_airport", "departure_airport", "from_airport",
           "origin_city", "from_city", "departure_city", "departure_location", "source",
           "travel_from")
_DESTINATION = ("destination", "to", "destination_airport", "arrival_airport", "to_airport",
                "destination_city", "to_city", "arrival_city", "destination_location",
                "travel_to")
_PLACE_AT = {**{row[0].lower(): i for i, row in enumerate(PLACES)},
             **{code.lower(): i for i, code in enumerate(IATA)}}


@lru_cache(maxsize=4096)
def _place(text: str) -> City | None:
    row = _PLACE_AT.get(text.strip().lower())
    if row is not None:
        name, _, iso, _, lat, lon, tz, _ = PLACES[row]
        return City(name, iso, lat, lon, 0, tz)
    return city(text) if len(text.strip()) > 3 else None


# Every object of every answer is read: objects drawn by one plan share their keys, so
# their normalised names are worked out once per set of keys. Read only.
@lru_cache(maxsize=4096)
def normal_keys(keys: tuple[Any, ...]) -> dict[str, str]:
    """Normalised key -> the object's key (the last one normalising to it)."""
    return {normalize_key(k): k for k in keys if isinstance(k, str)}


@lru_cache(maxsize=4096)
def _ends(keys: tuple[Any, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The object's keys naming where a flight leaves from and where it lands, each in
    the order of `_ORIGIN` / `_DESTINATION` (once per set of keys: most have none)."""
    names = normal_keys(keys)
    return (tuple(names[n] for n in _ORIGIN if n in names),
            tuple(names[n] for n in _DESTINATION if n in names))


def _end(obj: dict[str, Any], keys: tuple[str, ...]) -> City | None:
    for key in keys:
        if isinstance(obj[key], str):
            return _place(obj[key])
    return None


def names_ends(obj: dict[str, Any]) -> bool:
    """Whether `obj` has a key for where a flight leaves from or lands, placeable or not."""
    origins, destinations = _ends(tuple(obj))
    return bool(origins or destinations)


def route(obj: dict[str, Any]) -> tuple[City, City] | None:
    """The two cities a flight object joins (module docstring), or None."""
    origins, destinations = _ends(tuple(obj))
    a = _end(obj, origins) if origins else None
    if a is None or not destinations:
        return None
    b = _end(obj, destinations)
    if b is None or a == b:
        return None
    return a, b
