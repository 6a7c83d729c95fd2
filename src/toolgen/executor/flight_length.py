"""A flight lasts as long as its distance takes to fly.

Mexico City -> Stockholm in 1 h 28 min, Seattle -> San Francisco in 7 h, New York ->
Mumbai in 3 h 27 min: arrival times drawn hours after departure, whatever the route. A
flight object whose two ends are known places (`flight_ends.route`) and whose departure
and arrival are full timestamps lands its block time after leaving: half an hour on the
ground plus the great-circle distance at 830 km/h, an hour and a half more per stop,
rounded to five minutes with a few minutes' spread of its own (`fit_flight_length`). A
route longer than any airliner flies nonstop makes a stop, unless the call asked for
nonstop flights. An arrival, or a duration, the call sent is kept. In place,
deterministic, never touches the network.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.date_text import DATE, parse, shifted
from toolgen.executor.flight_ends import normal_keys, route
from toolgen.executor.key_pairs import Pairing
from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key
from toolgen.executor.world import great_circle_km

_PAIRING = Pairing((("departure", "arrival"), ("depart", "arrive")))
_MINUTES = frozenset({"duration", "duration_minutes", "flight_duration", "flight_time",
                      "duration_min", "travel_time_minutes"})
_GROUND_MIN = 30
_CRUISE_KMH = 830
_STOP_MIN = 90
_NONSTOP_KM = 15_500
_STOP_FILTERS = frozenset({"stops", "max_stops", "nonstop", "direct", "direct_flight",
                           "non_stop"})


def block_minutes(km: float, stops: int = 0) -> int:
    """The scheduled time of a flight of `km` with `stops` stops, in minutes."""
    return _GROUND_MIN + round(km / _CRUISE_KMH * 60) + _STOP_MIN * max(0, stops)


def fit_flight_length(output: Any, args: dict[str, Any]) -> None:
    """Every flight object of `output` lands its block time after leaving (module doc)."""
    sent = {normalize_key(k) for k in args}
    for obj in objects_in(output):
        _fit(obj, sent)


def no_nonstop(args: dict[str, Any]) -> bool:
    """Whether `args` ask for nonstop flights (`max_stops: 0`, `direct: true`) on a route
    no airliner flies nonstop: a search finds none (bundled seed 59 #4 had found three
    Auckland-Lisbon nonstops of 24 hours)."""
    asked = any(
        (v == 0 and not isinstance(v, bool)) if normalize_key(k) in ("stops", "max_stops")
        else v is True
        for k, v in args.items() if normalize_key(k) in _STOP_FILTERS)
    if not asked:
        return False
    ends = route(args)
    return ends is not None and great_circle_km(*ends) > _NONSTOP_KM


def _fit(obj: dict[str, Any], sent: set[str]) -> None:
    ends = route(obj)
    if ends is None:
        return
    a, b = ends
    keys = normal_keys(tuple(obj))
    timed = tuple(k for k, v in obj.items()
                  if isinstance(v, str) and len(v) >= 19 and DATE.match(v))
    stops = obj.get(keys.get("stops", ""), 0)
    km = great_circle_km(a, b)
    if stops == 0 and "stops" in keys and km > _NONSTOP_KM and not sent & _STOP_FILTERS:
        # Auckland to Lisbon "nonstop" in 24 hours (bundled seed 59 #4): no airliner flies
        # that far; the longest scheduled nonstop (Singapore-New York) is 15,300 km
        stops = obj[keys["stops"]] = 1
    minutes = block_minutes(km, stops if isinstance(stops, int) else 0)
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
