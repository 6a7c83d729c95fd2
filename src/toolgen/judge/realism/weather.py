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

from toolgen.executor.climate import CLIMATE as _CLIMATE
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import real_steps, words
from toolgen.judge.realism.values import _snake
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "weather"

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
