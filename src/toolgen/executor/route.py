"""Routes: the route in an answer is the one asked for, and it goes somewhere else.

`match_route(obj, args)` writes the origin and destination the call asked for into the
answer (same form only: a code for a code, a city for a city); `split_origin(obj)` moves
a destination equal to its origin to another place written the same way (city, country,
code or IATA). In place, deterministic.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.pools import IATA, PLACES
from toolgen.executor.values import normalize_key

_ORIGIN = (("origin", "destination"), ("from_airport", "to_airport"),
           ("departure_airport", "arrival_airport"), ("origin_city", "destination_city"),
           ("source", "destination"), ("from_city", "to_city"), ("origin_code",
                                                                 "destination_code"))
# Normalised keys that make the route rules worth running.
ROUTE_KEYS = frozenset(n for pair in _ORIGIN for n in pair) | {
    "from_city", "departure_city", "to_city", "arrival_city"}

_ASKED_FROM = ("from_city", "origin", "origin_city", "departure_city", "departure_location",
               "from_location", "source_city", "from_airport", "origin_airport")
_ASKED_TO = ("to_city", "destination", "destination_city", "arrival_city", "to_location",
             "arrival_location", "to_airport", "destination_airport")


def match_route(obj: dict[str, Any], args: dict[str, Any]) -> None:
    """A route in the answer is the route the call asked for."""
    keys = {normalize_key(k): k for k in obj}
    for asked, names in ((_ASKED_FROM, ("origin", "from_city", "departure_city")),
                         (_ASKED_TO, ("destination", "to_city", "arrival_city"))):
        value = next((args[n] for n in asked if isinstance(args.get(n), str)), None)
        if value is None:
            continue
        for n in names:
            k = keys.get(n)
            if k is None or not isinstance(obj[k], str):
                continue
            # Same form only: an airport code for a code, a city for a city.
            if (len(obj[k]) == 3) == (len(value) == 3):
                obj[k] = value


def split_origin(obj: dict[str, Any]) -> None:
    """A destination equal to its origin replaced by another place."""
    keys = {normalize_key(k): k for k in obj}
    for a, b in _ORIGIN:
        ka, kb = keys.get(a), keys.get(b)
        if ka is None or kb is None:
            continue
        va, vb = obj[ka], obj[kb]
        if isinstance(va, str) and isinstance(vb, str) and va.lower() == vb.lower():
            obj[kb] = _other_place(vb)


def _other_place(value: str) -> str:
    """Another place written like `value` (city, country, code or IATA)."""
    low = value.lower()
    for i, place in enumerate(PLACES):
        nxt = PLACES[(i + 7) % len(PLACES)]
        if place[0].lower() == low:
            return nxt[0]
        if place[1].lower() == low:
            return nxt[1]
        if IATA[i].lower() == low:
            return IATA[(i + 7) % len(IATA)]
        if place[2].lower() == low:
            return nxt[2]
    return "Lisbon" if low != "lisbon" else "Madrid"
