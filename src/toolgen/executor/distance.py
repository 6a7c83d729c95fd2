"""The distance between two real cities is the real one, and the trip takes what it takes.

`distance_calculator_calculate(origin="Madrid", destination="Seoul")` answered 33.6 km in
167 minutes. `distance_finish(shape)` returns, for an answer with a distance or a
duration field, the step that makes both true when the call names two cities `world`
knows: the great-circle distance (haversine), in the unit the key or the call asks for
(km, miles, metres), and the duration at the speed of how one travels:

- by road when the words or the call say drive / route / directions (or nothing, for a
  duration) and both cities are on one continent less than 3,000 km apart: the road is
  1.25 times the straight line (roads wind: the detour index of real road networks is
  1.2 to 1.4), driven at 90 km/h on average (highway between cities, towns and stops
  included: Madrid-Barcelona, 620 km of road, is about 6.5 hours);
- on foot at 5 km/h, by bike at 15 km/h, by train at 100 km/h and by bus at 60 km/h
  along the same road;
- otherwise by air: the straight line at 800 km/h cruise, plus 30 minutes of taxiing,
  climbing and descending. Nobody drives from Madrid to Miami; a route across an ocean
  is a flight.

Places `world` does not know keep today's drawn answer. Deterministic; never touches
the network.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from toolgen.executor import world
from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key

Finish = Callable[[Any, dict[str, Any], random.Random], None]

ROAD_FACTOR = 1.25
_ROAD_MAX_KM = 3000.0
# km/h by how one travels (module doc says why).
SPEEDS = {"drive": 90.0, "walk": 5.0, "bike": 15.0, "train": 100.0, "bus": 60.0,
          "fly": 800.0}
_FLIGHT_EXTRA_MIN = 30.0
_MODE_WORDS = {"drive": "drive", "driving": "drive", "car": "drive", "road": "drive",
               "route": "drive", "routes": "drive", "directions": "drive", "taxi": "drive",
               "map": "drive", "maps": "drive", "navigation": "drive", "traffic": "drive",
               "walk": "walk", "walking": "walk", "foot": "walk", "pedestrian": "walk",
               "bike": "bike", "bicycle": "bike", "cycling": "bike", "bicycling": "bike",
               "train": "train", "rail": "train", "transit": "train", "bus": "bus",
               "flight": "fly", "fly": "fly", "flying": "fly", "air": "fly", "plane": "fly",
               "airplane": "fly"}
_MODE_ARGS = ("mode", "transportation", "transport", "travel_mode", "transport_mode",
              "vehicle", "profile", "transportation_mode", "by", "method")
_UNIT_ARGS = ("unit", "units", "distance_unit", "unit_system", "measurement")
# A distance key's unit: (suffixes, unit).
_KM_KEYS = frozenset({"distance_km", "distance_in_km", "distance_kilometers", "km",
                      "total_distance_km", "distance_kilometres", "kilometers"})
_MI_KEYS = frozenset({"distance_miles", "distance_mi", "distance_in_miles", "miles",
                      "total_distance_miles"})
_M_KEYS = frozenset({"distance_m", "distance_meters", "distance_metres", "meters"})
_PLAIN_KEYS = frozenset({"distance", "total_distance", "distance_value"})
_MINUTES = frozenset({"duration_minutes", "duration_min", "travel_time_minutes",
                      "duration_in_minutes", "time_minutes", "estimated_time_minutes"})
_HOURS = frozenset({"duration_hours", "travel_time_hours", "duration_in_hours", "hours"})
_SECONDS = frozenset({"duration_seconds", "duration_s", "duration_in_seconds",
                      "travel_time_seconds"})
TIME_KEYS = _MINUTES | _HOURS | _SECONDS
DISTANCE_KEYS = _KM_KEYS | _MI_KEYS | _M_KEYS | _PLAIN_KEYS
# Arguments naming the two ends of a trip, in order; the first pair the call sends wins.
PAIRS = (("origin", "destination"), ("start_location", "end_location"),
         ("start_point", "end_point"), ("start_city", "end_city"), ("from", "to"),
         ("source", "destination"), ("origin_city", "destination_city"),
         ("from_city", "to_city"), ("departure_city", "arrival_city"), ("city1", "city2"),
         ("city_a", "city_b"), ("location1", "location2"), ("origin", "dest"),
         ("start", "end"), ("from_location", "to_location"), ("place1", "place2"),
         ("point_a", "point_b"), ("city_1", "city_2"), ("location_a", "location_b"))
KM_PER_MILE = 1.609344


@dataclass(frozen=True, slots=True)
class Trip:
    """Two known cities, how far apart and how long the trip takes."""

    origin: world.City
    destination: world.City
    straight_km: float
    km: float  # the distance travelled: the straight line, or the road
    minutes: float


def trip_of(args: dict[str, Any], words: frozenset[str]) -> Trip | None:
    """The trip the call's arguments name between two cities `world` knows, or None.
    `words`: the endpoint's own words (how one travels, when the call does not say)."""
    ends = ends_of(args)
    if ends is None:
        return None
    a, b = world.city(ends[0]), world.city(ends[1])
    if a is None or b is None or (a.latitude, a.longitude) == (b.latitude, b.longitude):
        return None
    straight = world.great_circle_km(a, b)
    mode = _mode(args, words)
    one_land = _continent(a) == _continent(b) and straight < _ROAD_MAX_KM
    if mode == "fly" or not one_land:
        minutes = straight / SPEEDS["fly"] * 60 + _FLIGHT_EXTRA_MIN
        return Trip(a, b, straight, straight, minutes)
    road = straight * ROAD_FACTOR
    travelled = road if mode else straight  # a geo distance is the straight line
    return Trip(a, b, straight, travelled, road / SPEEDS[mode or "drive"] * 60)


def ends_of(args: dict[str, Any]) -> tuple[str, str] | None:
    """The two place texts the call sends as a trip's ends (normalised argument names)."""
    for a, b in PAIRS:
        va, vb = args.get(a), args.get(b)
        if isinstance(va, str) and isinstance(vb, str) and va.strip() and vb.strip():
            return va, vb
    return None


def _mode(args: dict[str, Any], words: frozenset[str]) -> str:
    """How one travels: the call's mode argument, else the endpoint's words; "" for a
    straight-line distance."""
    for k in _MODE_ARGS:
        v = args.get(k)
        if isinstance(v, str):
            for w in v.lower().replace("-", " ").replace("_", " ").split():
                if w in _MODE_WORDS:
                    return _MODE_WORDS[w]
    if "traffic" in args:
        return "drive"  # only a road has traffic
    return next((_MODE_WORDS[w] for w in sorted(words) if w in _MODE_WORDS), "")


def road_route(args: dict[str, Any], words: frozenset[str]) -> bool:
    """Whether a call with these (normalised) arguments, of an endpoint with these words,
    is travelled by road (driving directions, a route avoiding tolls)."""
    return _mode(args, words) == "drive" or any(k.startswith("avoid") for k in args)


def _continent(c: world.City) -> str:
    found = world.country_of(c.country_iso)
    return found.continent if found is not None else ""


def asked_unit(args: dict[str, Any]) -> str:
    """"mi", "m" or "km": the distance unit the call asks for (km when it says none)."""
    for k in _UNIT_ARGS:
        v = args.get(k)
        if isinstance(v, str):
            low = v.strip().lower()
            if low in ("mi", "mile", "miles", "imperial", "us"):
                return "mi"
            if low in ("m", "meter", "meters", "metre", "metres"):
                return "m"
    return "km"


def in_unit(km: float, unit: str) -> float:
    if unit == "mi":
        return km / KM_PER_MILE
    if unit == "m":
        return km * 1000
    return km


def key_unit(key: str, args: dict[str, Any]) -> str | None:
    """The unit a distance key holds (normalised key), or None for no distance key."""
    if key in _KM_KEYS:
        return "km"
    if key in _MI_KEYS:
        return "mi"
    if key in _M_KEYS:
        return "m"
    if key in _PLAIN_KEYS:
        return asked_unit(args)
    return None


def distance_finish(text: str, words: frozenset[str]) -> Finish | None:
    """The step making an answer's distance and duration true (module doc), for a schema
    whose JSON `text` names a distance or a duration key; None otherwise."""
    if '"distance' not in text and "duration" not in text and "travel_time" not in text:
        return None

    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        trip = trip_of(args, words)
        if trip is None:
            return
        for obj in objects_in(output):
            for k, v in list(obj.items()):
                if isinstance(v, bool) or not isinstance(v, int | float):
                    continue
                nk = normalize_key(k)
                unit = key_unit(nk, args)
                if unit is not None:
                    figure = in_unit(trip.km, unit)
                    obj[k] = round(figure) if isinstance(v, int) else round(figure, 1)
                elif nk in TIME_KEYS:
                    minutes = trip.minutes
                    figure = (minutes / 60 if nk in _HOURS else minutes * 60 if nk in _SECONDS
                              else minutes)
                    obj[k] = round(figure) if isinstance(v, int) else round(figure, 1)

    return step
