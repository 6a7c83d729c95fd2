"""A flight lasts as long as its distance takes to fly.

Mexico City -> Stockholm in 1 h 28 min, Seattle -> San Francisco in 7 h, New York ->
Mumbai in 3 h 27 min: arrival times drawn hours after departure, whatever the route. A
flight object whose two ends are known places (a city of `pools.PLACES` or its IATA
code, else a city `world.city` knows) and whose departure and arrival are full
timestamps lands its block time after leaving: half an hour on the ground plus the
great-circle distance at 830 km/h, an hour and a half more per stop, rounded to five
minutes with a few minutes' spread of its own (`fit_flight_length`). An arrival, or a
duration, the call sent is kept. In place, deterministic, never touches the network.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.executor.date_text import DATE, parse, shifted
from toolgen.executor.key_pairs import Pairing
from toolgen.executor.objects import objects_in
from toolgen.executor.pools import IATA, PLACES
from toolgen.executor.values import normalize_key
from toolgen.executor.world import City, city, great_circle_km

_ORIGIN = ("origin", "from", "origin_airport", "departure_airport", "from_airport",
           "origin_city", "from_city", "departure_city", "departure_location", "source")
_DESTINATION = ("destination", "to", "destination_airport", "arrival_airport", "to_airport",
                "destination_city", "to_city", "arrival_city", "destination_location")
_PAIRING = Pairing((("departure", "arrival"), ("depart", "arrive")))
_MINUTES = frozenset({"duration", "duration_minutes", "flight_duration", "flight_time",
                      "duration_min", "travel_time_minutes"})
_GROUND_MIN = 30
_CRUISE_KMH = 830
_STOP_MIN = 90
_PLACE_AT = {**{row[0].lower(): i for i, row in enumerate(PLACES)},
             **{code.lower(): i for i, code in enumerate(IATA)}}


@lru_cache(maxsize=4096)
def _place(text: str) -> City | None:
    row = _PLACE_AT.get(text.strip().lower())
    if row is not None:
        name, _, iso, _, lat, lon, tz, _ = PLACES[row]
        return City(name, iso, lat, lon, 0, tz)
    return city(text) if len(text.strip()) > 3 else None


def block_minutes(km: float, stops: int = 0) -> int:
    """The scheduled time of a flight of `km` with `stops` stops, in minutes."""
    return _GROUND_MIN + round(km / _CRUISE_KMH * 60) + _STOP_MIN * max(0, stops)


def fit_flight_length(output: Any, args: dict[str, Any]) -> None:
    """Every flight object of `output` lands its block time after leaving (module doc)."""
    sent = {normalize_key(k) for k in args}
    for obj in objects_in(output):
        _fit(obj, sent)


# Every object of every answer is read: objects drawn by one plan share their keys, so
# their normalised names are worked out once per set of keys. Read only.
@lru_cache(maxsize=4096)
def _normal_keys(keys: tuple[Any, ...]) -> dict[str, str]:
    """Normalised key -> the object's key (the last one normalising to it)."""
    return {normalize_key(k): k for k in keys if isinstance(k, str)}


@lru_cache(maxsize=4096)
def _ends(keys: tuple[Any, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The object's keys naming where a flight leaves from and where it lands, each in
    the order of `_ORIGIN` / `_DESTINATION` (once per set of keys: most have none)."""
    names = _normal_keys(keys)
    return (tuple(names[n] for n in _ORIGIN if n in names),
            tuple(names[n] for n in _DESTINATION if n in names))


def _end(obj: dict[str, Any], keys: tuple[str, ...]) -> City | None:
    for key in keys:
        if isinstance(obj[key], str):
            return _place(obj[key])
    return None


def _fit(obj: dict[str, Any], sent: set[str]) -> None:
    names = tuple(obj)
    origins, destinations = _ends(names)
    a = _end(obj, origins) if origins else None
    if a is None:
        return
    b = _end(obj, destinations)
    if b is None or a == b:
        return
    keys = _normal_keys(names)
    timed = tuple(k for k, v in obj.items()
                  if isinstance(v, str) and len(v) >= 19 and DATE.match(v))
    stops = obj.get(keys.get("stops", ""), 0)
    minutes = block_minutes(great_circle_km(a, b), stops if isinstance(stops, int) else 0)
    for k1, k2 in _PAIRING.of(timed):
        if normalize_key(k2) in sent or parse(obj[k1]) is None:
            continue
        spread = 5 * (sum(map(ord, obj[k1])) % 4)  # a few minutes of its own
        total = 5 * round((minutes + spread) / 5)
        moved = shifted(obj[k1], total / 1440)
        if moved is not None:
            obj[k2] = moved
            for nk in _MINUTES & keys.keys() - sent:
                if isinstance(obj[keys[nk]], int) and not isinstance(obj[keys[nk]], bool):
                    obj[keys[nk]] = total
        return
