"""A weather reading of the place and the month the call asks about.

Temperatures were drawn from a range and cities from the pools, so Berlin asked by its
coordinates on 11 January came back as Copenhagen at 32.3 °C, and Austin's coordinates
as Seattle. For an endpoint whose own name is about the weather, every object with a
temperature is made a reading of the asked place: its city field names it (the city the
coordinates are in, or the city the call names), its temperature is near that place's
mean for the asked month (`climate`), a min / max pair brackets it, and a sky no such
air has (snow above 4 °C, rain in a hard frost, thunder in the cold) is redrawn.
Temperatures are set in °C, before `feels_like` and the asked units (`asked_units`)
act. In place; deterministic for `rng`.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from toolgen.executor import world
from toolgen.executor.climate import mean_temperature
from toolgen.executor.objects import objects_in
from toolgen.executor.result_kinds import own_words
from toolgen.records import Endpoint

_WEATHER_WORDS = frozenset({"weather", "forecast", "temperature", "meteo", "climate"})
_AIR = ("temperature", "temp", "current_temperature", "temperature_c", "temp_c",
        "air_temperature")
_RANGES = (("temp_min", "temp_max"), ("min_temp", "max_temp"), ("low", "high"),
           ("low_temp", "high_temp"), ("min_temperature", "max_temperature"))
_CITY_KEYS = ("city", "city_name", "location", "place")
_CITY_ARGS = ("city", "location", "place", "q", "city_name", "locality")
_COORD_ARGS = ("coordinates", "coords", "latlng", "latlong", "lat_lon", "location")
_CONDITION_KEYS = ("conditions", "condition", "weather", "sky", "summary", "description")
_DATE = re.compile(r"\b(?:19|20)\d\d-(0[1-9]|1[0-2])-\d\d")
_SPREAD = 3.5  # °C a day strays from its month's mean in a reading drawn here
_SNOW = frozenset({"snow", "snowy", "snowing", "snowfall", "sleet", "blizzard", "flurries"})
_RAIN = frozenset({"rain", "rainy", "raining", "drizzle", "showers", "shower"})
_THUNDER = frozenset({"thunder", "thunderstorm", "thunderstorms", "thundery"})
_MILD = ("Partly cloudy", "Overcast", "Light rain", "Clear", "Mostly sunny")
_FROST = ("Light snow", "Overcast", "Clear", "Freezing fog")

Finish = Callable[[Any, dict[str, Any], random.Random], None]


def weather_finish(endpoint: Endpoint) -> Finish | None:
    """`asked_weather` for an endpoint whose own name is about the weather, else None."""
    return asked_weather if _WEATHER_WORDS & set(own_words(endpoint)) else None


def asked_weather(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Make every object of `output` with a temperature a reading of the asked place."""
    place = _asked_place(args)
    month = _month(args)
    for obj in objects_in(output):
        air = next((k for k in _AIR if _number(obj.get(k)) and k not in args), None)
        if air is None:
            continue
        if place is not None:
            _name_place(obj, place.name)
        where = place or _named_city(obj)
        if where is None:
            continue
        mean = mean_temperature(where.name, where.latitude, month or _month(obj))
        obj[air] = round(mean + rng.uniform(-_SPREAD, _SPREAD), 1)
        _bracket(obj, obj[air], rng)
        _fit_sky(obj, obj[air], rng)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _asked_place(args: dict[str, Any]) -> world.City | None:
    where = _coordinates(args)
    if where is not None:
        return world.nearest_city(*where)
    for key in _CITY_ARGS:
        value = args.get(key)
        if isinstance(value, str) and value.strip():
            found = world.city(value)
            if found is not None:
                return found
    return None


def _coordinates(args: dict[str, Any]) -> tuple[float, float] | None:
    lat = next((args[k] for k in ("lat", "latitude") if _number(args.get(k))), None)
    lon = next((args[k] for k in ("lon", "lng", "long", "longitude") if _number(args.get(k))),
               None)
    if lat is not None and lon is not None:
        return _valid(float(lat), float(lon))
    for key in _COORD_ARGS:
        value = args.get(key)
        if isinstance(value, list) and len(value) == 2 and all(map(_number, value)):
            return _valid(float(value[0]), float(value[1]))
        if isinstance(value, str) and (m := re.fullmatch(
                r"\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*", value)):
            return _valid(float(m.group(1)), float(m.group(2)))
    return None


def _valid(lat: float, lon: float) -> tuple[float, float] | None:
    return (round(lat, 3), round(lon, 3)) if -90 <= lat <= 90 and -180 <= lon <= 180 else None


def _month(where: dict[str, Any]) -> int | None:
    for value in where.values():
        if isinstance(value, str) and (m := _DATE.search(value)):
            return int(m.group(1))
    return None


def _name_place(obj: dict[str, Any], name: str) -> None:
    for key in _CITY_KEYS:
        value = obj.get(key)
        if isinstance(value, str) and not re.search(r"\d", value):
            obj[key] = name


def _named_city(obj: dict[str, Any]) -> world.City | None:
    name = next((v for k in _CITY_KEYS if isinstance(v := obj.get(k), str)), None)
    return world.city(name) if name else None


def _bracket(obj: dict[str, Any], air: float, rng: random.Random) -> None:
    for low, high in _RANGES:
        if _number(obj.get(low)) and _number(obj.get(high)):
            obj[low] = round(air - rng.uniform(2, 6), 1)
            obj[high] = round(air + rng.uniform(2, 6), 1)


def _fit_sky(obj: dict[str, Any], air: float, rng: random.Random) -> None:
    for key in _CONDITION_KEYS:
        value = obj.get(key)
        if not isinstance(value, str) or len(value.split()) > 4:
            continue
        sky = set(re.findall(r"[a-z]+", value.lower()))
        if air > 4 and sky & _SNOW:
            obj[key] = rng.choice(_MILD)
        elif air < -2 and sky & (_RAIN | _THUNDER):
            obj[key] = rng.choice(_FROST)
        elif air < 8 and sky & _THUNDER:  # storms need warm, rising air
            obj[key] = rng.choice(_MILD)
