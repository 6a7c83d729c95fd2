"""A flight a user books or looks up between two cities flies in one go: the two ends are
drawn one by one, and Norwegian from Oslo to Auckland (17,200 km) or "a direct flight
from Cape Town to Vancouver" (BFCL seed 71 #41, #189) is a route no airliner flies without
a stop.

`in_range(endpoint, stated)` returns, for a flight endpoint stating both ends of a route
whose cities are known and more than `_LONGEST_KM` apart, a destination within range of
the origin: one of the generator's cities 3,000 to 9,500 km away in another country (a
long-haul flight stays a long-haul flight), picked by the drawn destination's name. Pure;
keyed on the parameters' names.
"""

from __future__ import annotations

import re
import zlib

from toolgen.executor import world
from toolgen.executor.distance import PAIRS
from toolgen.executor.pools import PLACES
from toolgen.executor.result_kinds import own_words
from toolgen.records import Endpoint, PlannedArg

_FLIGHT = re.compile(r"flight|airline|\bfly\b|plane")
_ENDS = (*PAIRS, ("departure_location", "destination_location"), ("travel_from", "travel_to"),
         ("departure_airport", "arrival_airport"))
_LONGEST_KM = 14_600.0  # Perth-London is 14,500 km, Singapore-New York 15,300: few pass
_NEAREST_KM, _FARTHEST_KM = 3_000.0, 9_500.0
_CITIES = tuple(p[0] for p in PLACES)


def in_range(endpoint: Endpoint, stated: dict[str, PlannedArg]) -> dict[str, object]:
    """{destination parameter: a city within range} when the stated flight is too long."""
    ends = next(((stated[a], stated[b]) for a, b in _ENDS if a in stated and b in stated), None)
    if ends is None or not all(isinstance(e.value, str) for e in ends):
        return {}
    if not _FLIGHT.search(" ".join(own_words(endpoint))):
        return {}
    start, end = world.city(str(ends[0].value)), world.city(str(ends[1].value))
    if start is None or end is None or world.great_circle_km(start, end) <= _LONGEST_KM:
        return {}
    by_km = sorted((world.great_circle_km(start, c), c.name) for c in map(world.city, _CITIES)
                   if c is not None and c.country_iso != start.country_iso)
    near = [name for km, name in by_km if _NEAREST_KM <= km <= _FARTHEST_KM]
    if not near:
        return {}
    # which one follows from the drawn destination, so routes from one city vary
    return {ends[1].name: near[zlib.crc32(str(ends[1].value).encode()) % len(near)]}
