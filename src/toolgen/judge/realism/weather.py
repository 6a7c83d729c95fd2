"""Weather no sky could have: a reading a reviewer knows is made up.

Berlin asked by its coordinates and answered with Munich, Vancouver and Cairo; 32.3 °C
in Munich on 11 January that "feels like" -2.5; `conditions: "date"`: each is a weather
record nobody would train on. Kind `weather_incoherent`, one finding per call, for the
first of these in a weather object (an object with a temperature):

- a condition field (`conditions`, `condition`, `weather`, `sky`, `summary`) that names
  no weather (`"date"`, `"coordinates"`, `"breezometer"`);
- a "feels like" more than 15 °C (27 °F) away from the temperature; snow above 6 °C;
- a temperature no city of the table below reaches in that month (more than 18 °C from
  its monthly mean; without a date, from its coldest or warmest month), or none on Earth
  (below -60 °C or above 50 °C);
- one place asked (one city, or one pair of coordinates) and the answer about several
  cities, or coordinates of a known city answered with another known city.

The units are read from a `units` / `unit` field or argument (Fahrenheit, Kelvin; °C
otherwise). Cities outside the table, objects without a temperature, failed calls and
non-JSON outputs are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import key_tokens, real_steps, words
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "weather"

# City -> (latitude, longitude, mean daily temperature in °C for January ... December):
# rounded climate normals, enough to tell a plausible day from an impossible one.
_CLIMATE: dict[str, tuple[float, float, tuple[float, ...]]] = {
    "lisbon": (38.72, -9.14, (11.6, 12.6, 14.9, 16.1, 18.4, 21.7, 23.5, 23.9, 22.4, 19.1,
                              15.1, 12.4)),
    "porto": (41.16, -8.63, (9.5, 10.5, 12.5, 13.5, 15.8, 18.6, 20.3, 20.5, 19.3, 16.5,
                             12.8, 10.5)),
    "madrid": (40.42, -3.70, (6.3, 7.9, 11.2, 12.9, 16.7, 22.2, 25.6, 25.1, 20.9, 15.1, 9.9,
                              6.9)),
    "barcelona": (41.39, 2.17, (10, 10.6, 12.5, 14.5, 17.8, 21.7, 24.6, 25, 22.5, 19, 14,
                                11)),
    "paris": (48.86, 2.35, (5, 5.6, 8.8, 11.5, 15.2, 18.3, 20.5, 20.3, 16.9, 13, 8.3, 5.5)),
    "lyon": (45.76, 4.84, (3.5, 5, 8.5, 11.5, 15.5, 19.5, 22, 21.5, 17.5, 13, 7.5, 4.5)),
    "berlin": (52.52, 13.41, (0.6, 1.4, 4.8, 9.5, 14.2, 17.4, 19.5, 19, 15, 9.9, 5, 1.8)),
    "munich": (48.14, 11.58, (-0.5, 0.5, 4.5, 8.5, 13, 16.5, 18.5, 18, 14, 9, 4, 0.5)),
    "amsterdam": (52.37, 4.90, (3.4, 3.6, 6.2, 9.2, 12.9, 15.6, 17.6, 17.5, 14.9, 11.1, 7.2,
                                4.2)),
    "rome": (41.90, 12.50, (7.5, 8.5, 11, 13.5, 17.5, 21.5, 24.5, 24.5, 21, 16.5, 11.5, 8.5)),
    "milan": (45.46, 9.19, (2.5, 4.5, 9, 12.5, 17, 21, 23.5, 23, 18.5, 13, 7.5, 3.5)),
    "vienna": (48.21, 16.37, (0, 1.5, 5.5, 10.5, 15.5, 18.5, 20.5, 20, 15.5, 10, 5, 1)),
    "dublin": (53.35, -6.26, (5.5, 5.5, 7, 8.5, 11, 13.5, 15.5, 15, 13, 10.5, 7.5, 6)),
    "london": (51.51, -0.13, (5.2, 5.3, 7.6, 9.9, 13.3, 16.5, 18.7, 18.5, 15.7, 12, 8, 5.5)),
    "edinburgh": (55.95, -3.19, (3.5, 4, 5.5, 7.5, 10, 13, 15, 14.5, 12.5, 9.5, 6, 4)),
    "zurich": (47.38, 8.54, (0.5, 1.5, 5, 9, 13, 16.5, 18.5, 18, 14.5, 10, 4.5, 1.5)),
    "stockholm": (59.33, 18.07, (-1.6, -1.9, 0.9, 5.9, 11.4, 15.9, 18.6, 17.3, 12.4, 7.3, 3,
                                 0)),
    "copenhagen": (55.68, 12.57, (1, 1, 3, 7, 11.5, 15, 17.5, 17, 13.5, 9.5, 5.5, 2.5)),
    "oslo": (59.91, 10.75, (-3, -3, 0.5, 5.5, 11, 15, 17, 16, 11, 6, 1, -2.5)),
    "warsaw": (52.23, 21.01, (-1.5, -0.5, 3, 9, 14, 17.5, 19.5, 19, 13.5, 8.5, 3.5, 0)),
    "prague": (50.08, 14.44, (-0.5, 0.5, 4.5, 9, 14, 17, 19, 18.5, 14, 9, 4, 0.5)),
    "istanbul": (41.01, 28.98, (6, 6, 8, 12, 16.5, 21.5, 24, 24, 20.5, 16, 11.5, 8)),
    "new york": (40.71, -74.01, (0.5, 2, 5.5, 11.5, 17, 22, 25, 24.5, 20.5, 14, 8.5, 3.5)),
    "san francisco": (37.77, -122.42, (11, 12, 13, 14, 15, 16.5, 17, 17.5, 18, 17, 14, 11)),
    "los angeles": (34.05, -118.24, (14, 15, 16, 17, 18.5, 20.5, 23, 23.5, 23, 20.5, 17,
                                     14)),
    "chicago": (41.88, -87.63, (-4.5, -2.5, 3, 9.5, 15, 21, 24, 23, 19, 12, 5, -1.5)),
    "austin": (30.27, -97.74, (11, 13, 17, 21, 25, 28.5, 30, 30.5, 27.5, 22, 16, 11.5)),
    "seattle": (47.61, -122.33, (5.5, 6.5, 8, 10, 13.5, 16, 19, 19.5, 16.5, 11.5, 8, 5)),
    "boston": (42.36, -71.06, (-1.5, 0, 3.5, 9, 14.5, 20, 23, 22.5, 18.5, 12.5, 7, 1.5)),
    "miami": (25.76, -80.19, (20, 21, 22.5, 24.5, 26.5, 28, 29, 29, 28, 26.5, 23.5, 21)),
    "toronto": (43.65, -79.38, (-5.5, -4.5, 0, 7, 13, 18.5, 21.5, 20.5, 16.5, 10, 4, -2)),
    "vancouver": (49.28, -123.12, (4, 5, 7, 9.5, 13, 15.5, 18, 18, 15, 10.5, 6.5, 4)),
    "mexico city": (19.43, -99.13, (14, 15.5, 17.5, 18.5, 19, 18, 17, 17, 16.5, 16, 15, 14)),
    "sao paulo": (-23.55, -46.63, (23, 23.5, 22.5, 21, 18.5, 17.5, 17, 18.5, 19, 20.5, 21.5,
                                   22.5)),
    "buenos aires": (-34.60, -58.38, (24.5, 23.5, 21.5, 17.5, 14.5, 11.5, 11, 12.5, 14.5,
                                      17.5, 20.5, 23)),
    "tokyo": (35.68, 139.65, (5.5, 6, 9, 14, 18.5, 21.5, 25.5, 27, 23.5, 18, 12.5, 8)),
    "osaka": (34.69, 135.50, (6, 6.5, 9.5, 15, 20, 23.5, 27.5, 29, 25, 19, 13.5, 8.5)),
    "seoul": (37.57, 126.98, (-2.5, 0, 5.5, 12, 17.5, 22, 25, 25.5, 21, 14.5, 7, 0)),
    "singapore": (1.35, 103.82, (26.5, 27, 27.5, 28, 28.5, 28.5, 28, 28, 27.5, 27.5, 27,
                                 26.5)),
    "bangkok": (13.76, 100.50, (27, 28.5, 29.5, 30.5, 30, 29.5, 29, 29, 28.5, 28, 27.5,
                                26.5)),
    "mumbai": (19.08, 72.88, (24.5, 25, 27, 28.5, 30, 29, 27.5, 27.5, 27.5, 28.5, 27.5,
                              25.5)),
    "bengaluru": (12.97, 77.59, (22, 24, 26, 27.5, 27, 24.5, 23.5, 23.5, 23.5, 23.5, 22,
                                 21.5)),
    "dubai": (25.20, 55.27, (19, 20.5, 23.5, 27.5, 32, 34, 36, 36, 33.5, 30, 25.5, 21)),
    "sydney": (-33.87, 151.21, (23, 23, 22, 19.5, 16.5, 14, 13, 14, 16.5, 18.5, 20.5, 22)),
    "melbourne": (-37.81, 144.96, (21, 21, 19, 16, 13.5, 11, 10.5, 11.5, 13, 15, 17.5, 19.5)),
    "auckland": (-36.85, 174.76, (20, 20.5, 19, 17, 14.5, 12.5, 11, 11.5, 13, 14.5, 16,
                                  18.5)),
    "cape town": (-33.92, 18.42, (21.5, 21.5, 20.5, 18, 15.5, 13.5, 13, 13.5, 15, 17, 19,
                                  20.5)),
    "nairobi": (-1.29, 36.82, (19, 19.5, 20, 19.5, 18.5, 17, 16, 16.5, 18, 19, 18.5, 18.5)),
    "cairo": (30.04, 31.24, (14, 15.5, 18, 21.5, 25, 27.5, 28.5, 28.5, 26.5, 24, 19.5, 15.5)),
}
_SPREAD = 18.0
"""°C a day may stray from its month's mean (a cold snap, a heat wave) and still be real."""
_FEELS = 15.0
"""°C between the air and what it "feels like" that wind chill or humidity can explain."""

# Words of a sky, air or season: a condition field holds at least one of them.
_SKY = words(
    "clear sunny sun sunshine fair cloud clouds cloudy overcast partly mostly scattered",
    "broken few rain rainy raining showers shower drizzle snow snowy snowing snowfall sleet",
    "hail fog foggy mist misty haze hazy smoke dust sand thunder thunderstorm thunderstorms",
    "storm stormy lightning wind windy breezy breeze gale gusty calm humid dry hot cold warm",
    "mild cool chilly freezing frost frosty ice icy blizzard tornado hurricane cyclone",
    "typhoon heavy light moderate precipitation wet damp bright grey gray dull squall",
    "squalls flurries night day")
_SNOW = frozenset({"snow", "snowy", "snowing", "snowfall", "sleet", "blizzard", "flurries"})
_SNOW_ABOVE = 6.0
"""°C above which no snow falls (wet snow reaches the ground up to about +4 °C)."""
_CONDITION_KEYS = frozenset({"conditions", "condition", "weather", "sky", "summary",
                             "weather_condition", "weather_conditions", "condition_text",
                             "conditions_text", "weather_description", "description"})
_FEELS_KEYS = frozenset({"feels_like", "apparent_temperature", "feelslike", "feels_like_c"})
_CITY_KEYS = frozenset({"city", "city_name", "location", "place", "name"})
_DATE_KEYS = frozenset({"date", "day", "datetime", "time", "valid_date", "forecast_date",
                        "observation_time", "dt_txt"})
_MONTH = re.compile(r"\b(?:19|20)\d\d-(0[1-9]|1[0-2])-\d\d")
_COORD_ARGS = ("coordinates", "coords", "latlng", "latlong", "lat_lon", "location")


def _snake(key: str) -> str:
    return "_".join(key_tokens(key))


_TEMPERATURE_KEYS = frozenset({"temperature", "temp", "current_temperature", "temperature_c",
                               "temp_c", "air_temperature"})


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _temperature(obj: dict[str, Any]) -> tuple[str, float] | None:
    for key, value in obj.items():
        if _number(value) and _snake(key) in _TEMPERATURE_KEYS:
            return str(key), float(value)
    return None


def _text(obj: dict[str, Any], keys: frozenset[str]) -> str | None:
    for key, value in obj.items():
        if isinstance(value, str) and _snake(key) in keys:
            return value
    return None


def _unit(obj: dict[str, Any], args: dict[str, Any]) -> str:
    """"F", "K" or "C": the scale the object's temperatures are written in."""
    for where in (obj, args):
        for key in ("units", "unit", "temperature_unit", "temp_unit", "scale"):
            value = where.get(key)
            if isinstance(value, str):
                low = value.lower()
                if low.startswith(("f", "imperial")):
                    return "F"
                if low.startswith("k") or low == "standard":
                    return "K"
    return "C"


def _celsius(value: float, unit: str) -> float:
    if unit == "F":
        return (value - 32) * 5 / 9
    if unit == "K" or value > 200:
        return value - 273.15
    return value


def _month(obj: dict[str, Any], args: dict[str, Any]) -> int | None:
    for where in (obj, args):
        for key, value in where.items():
            if isinstance(value, str) and _snake(str(key)) in _DATE_KEYS:
                m = _MONTH.search(value)
                if m:
                    return int(m.group(1))
    return None


def _condition_reason(obj: dict[str, Any]) -> str | None:
    for key, value in obj.items():
        low = _snake(key)
        if low not in _CONDITION_KEYS or not isinstance(value, str) or not value.strip():
            continue
        if low == "description" and len(value.split()) > 6:
            continue  # a sentence of prose is read by the language checks
        words = re.findall(r"[a-z]+", value.lower())
        if words and not _SKY & set(words):
            return f"{key} {value!r} names no weather"
    return None


def _temperature_reason(obj: dict[str, Any], args: dict[str, Any]) -> str | None:
    found = _temperature(obj)
    if found is None:
        return None
    key, raw = found
    unit = _unit(obj, args)
    air = _celsius(raw, unit)
    feels = next((v for k, v in obj.items() if _number(v) and _snake(k) in _FEELS_KEYS), None)
    if feels is not None and abs(_celsius(float(feels), unit) - air) > _FEELS:
        return f"{key} {raw} but it feels like {feels}"
    if not -60 <= air <= 50:
        return f"{key} {raw} is no temperature on Earth"
    sky = set(re.findall(r"[a-z]+", (_text(obj, _CONDITION_KEYS) or "").lower()))
    if air > _SNOW_ABOVE and sky & _SNOW:
        return f"snow ({_text(obj, _CONDITION_KEYS)!r}) at {key} {raw}"
    city = (_text(obj, _CITY_KEYS) or "").strip().lower()
    climate = _CLIMATE.get(city)
    if climate is None:
        return None
    means = climate[2]
    month = _month(obj, args)
    low, high = (means[month - 1],) * 2 if month else (min(means), max(means))
    if low - _SPREAD <= air <= high + _SPREAD:
        return None
    when = f" in month {month}" if month else ""
    return f"{key} {raw} in {city.title()}{when}, where the mean is {low:g}-{high:g} °C"


def _nearest(lat: float, lon: float) -> str | None:
    """The table's city within about 1° of (lat, lon), or None."""
    for city, (c_lat, c_lon, _) in _CLIMATE.items():
        if abs(c_lat - lat) <= 1 and abs(c_lon - lon) <= 1:
            return city
    return None


def _asked_coordinates(args: dict[str, Any]) -> tuple[float, float] | None:
    lat = next((args[k] for k in ("lat", "latitude") if k in args), None)
    lon = next((args[k] for k in ("lon", "lng", "long", "longitude") if k in args), None)
    if lat is None or lon is None:
        for key in _COORD_ARGS:
            value = args.get(key)
            if isinstance(value, list) and len(value) == 2:
                lat, lon = value
            elif isinstance(value, str) and re.fullmatch(r"\s*-?[\d.]+\s*,\s*-?[\d.]+\s*", value):
                lat, lon = value.split(",")
    try:
        return (float(lat), float(lon)) if lat is not None and lon is not None else None
    except (TypeError, ValueError):
        return None


def _one_place(args: dict[str, Any]) -> bool:
    """Whether the call asked about a single place (a city or one pair of coordinates)."""
    if _asked_coordinates(args) is not None:
        return True
    return any(isinstance(args.get(k), str) for k in ("city", "location", "place", "q"))


def _place_reason(objects: list[dict[str, Any]], args: dict[str, Any]) -> str | None:
    cities = [c.strip() for o in objects if (c := _text(o, frozenset({"city", "city_name"})))]
    distinct = sorted(set(cities), key=cities.index)
    if len(distinct) > 1 and _one_place(args):
        return f"one place asked, and the weather of {', '.join(distinct)} answered"
    where = _asked_coordinates(args)
    asked = _nearest(*where) if where else None
    if asked and distinct and distinct[0].lower() in _CLIMATE and distinct[0].lower() != asked:
        return f"the coordinates of {asked.title()} answered with {distinct[0]}"
    return None


def _weather_objects(view: RecordView, call_id: str) -> Iterator[dict[str, Any]]:
    for _, obj in reversed(view.objects(call_id)):  # document order: report the first
        if _temperature(obj) is not None:
            yield obj


def reason(objects: list[dict[str, Any]], args: dict[str, Any]) -> str | None:
    """Why the weather objects of one result cannot be real, or None."""
    for obj in objects:
        why = _condition_reason(obj) or _temperature_reason(obj, args)
        if why:
            return why
    return _place_reason(objects, args)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        if step.status != "ok" or step.call_id not in view.answer_at:
            continue
        if view.output(step.call_id) is NOT_JSON:
            continue
        objects = list(_weather_objects(view, step.call_id))
        if not objects:
            continue
        args = view.arguments(step.call_id)
        why = reason(objects, args if isinstance(args, dict) else {})
        if why:
            out.append(finding(NAME, "weather_incoherent", view.answer_at[step.call_id],
                               f"{step.function_name}: {why}"))
    return out
