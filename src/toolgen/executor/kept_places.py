"""Where and when a promised answer is: the place a call's arguments name, and what a
time, a near-cities or a reverse-geocode answer says of it.

`get_local_time(timestamp, location={lat, lng})` answers the sent instant in the zone of
the sent place with that zone's UTC offset then (`clock`); `get_cities_by_coordinates`
the cities of 50,000 people or more nearest the point, with their distance from it
(`near_cities`); a reverse geocoder the city the point lies in or nearest it, with its
country (`reverse_place`). A place is read from the arguments (`zone_of`, `point_of`):
a zone's IANA name, coordinates (two fields, a nested `location` object or a `"lat,lng"`
text), a city or a country (its largest city) as `world` knows them. In place,
deterministic for the call's random stream; never touches the network.
"""

from __future__ import annotations

import datetime as _dt
import random
import re
from typing import Any

from toolgen.executor.values import normalize_key
from toolgen.executor.world import (
    City,
    cities_near,
    city,
    country,
    country_of,
    great_circle_km,
    largest_city,
    nearest_city,
)
from toolgen.executor.zone_times import zone

_LAT = frozenset({"lat", "latitude"})
_LNG = frozenset({"lng", "lon", "long", "longitude"})
_ZONE_KEYS = frozenset({"timezone", "time_zone", "tz", "zone", "timezone_id", "tz_id"})
_PLACE_KEYS = frozenset({"city", "location", "place", "address", "q", "query", "name",
                         "city_name", "area", "country", "region"})
_PAIR = re.compile(r"^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$")
# Zones a call that names no place is answered in.
_SOME_ZONES = ("America/New_York", "Europe/London", "Europe/Berlin", "Asia/Tokyo",
               "Australia/Sydney", "America/Los_Angeles", "Asia/Singapore",
               "America/Chicago")


def _flat(args: dict[str, Any]) -> dict[str, Any]:
    """The arguments with one nested object's fields lifted (`location: {lat, lng}`)."""
    out: dict[str, Any] = {}
    for k, v in args.items():
        if isinstance(v, dict):
            out.update({normalize_key(str(kk)): vv for kk, vv in v.items()})
        else:
            out[normalize_key(str(k))] = v
    return out


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value))
    except ValueError:
        return None


def point_of(args: dict[str, Any]) -> tuple[float, float] | None:
    """The coordinates the arguments send: two fields (`lat`, `lng`; a nested
    `location` object's too) or a `"lat,lng"` text; None when none or out of range."""
    flat = _flat(args)
    lat = next((_number(v) for k, v in flat.items() if k in _LAT), None)
    lng = next((_number(v) for k, v in flat.items() if k in _LNG), None)
    if lat is None or lng is None:
        pair = next((m for v in flat.values() if isinstance(v, str)
                     and (m := _PAIR.match(v)) is not None), None)
        if pair is None:
            return None
        lat, lng = float(pair.group(1)), float(pair.group(2))
    if -90 <= lat <= 90 and -180 <= lng <= 180:
        return round(lat, 4), round(lng, 4)
    return None


def zone_of(args: dict[str, Any]) -> str | None:
    """The IANA zone of the place the arguments name: a zone's name, coordinates, a city
    or a country (its largest city's zone); None when none."""
    flat = _flat(args)
    for k, v in flat.items():
        if k in _ZONE_KEYS and isinstance(v, str) and zone(v) is not None:
            return v.strip()
    point = point_of(args)
    if point is not None:
        near = nearest_city(*point)
        if near is not None:
            return near.timezone
        hours = round(point[1] / 15)  # open sea: the nautical zone (Etc signs inverted)
        return "Etc/UTC" if hours == 0 else f"Etc/GMT{'-' if hours > 0 else '+'}{abs(hours)}"
    for k, v in flat.items():
        if k in _PLACE_KEYS and isinstance(v, str):
            found = city(v)
            if found is None and (nation := country(v)) is not None:
                found = largest_city(nation.iso)
            if found is not None and found.timezone:
                return found.timezone
    return None


def _instant(args: dict[str, Any], drawn: Any) -> _dt.datetime | None:
    """The instant asked about: a sent timestamp (seconds or milliseconds since 1970, an
    ISO date or date-time), else the drawn local time read as UTC."""
    flat = _flat(args)
    for k in ("timestamp", "time", "datetime", "date", "date_time", "when"):
        if k in flat and (found := _parsed(flat[k])) is not None:
            return found
    return _parsed(drawn)


def _parsed(value: Any) -> _dt.datetime | None:
    seconds = _number(value) if not isinstance(value, str) or value.strip().lstrip(
        "-").isdigit() else None
    if seconds is not None:
        if abs(seconds) > 1e11:
            seconds /= 1000
        try:
            return _dt.datetime.fromtimestamp(seconds, _dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    try:
        found = _dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return found if found.tzinfo is not None else found.replace(tzinfo=_dt.UTC)


def clock(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """The asked instant in the sent place's zone, with that zone's offset then."""
    if not isinstance(output, dict):
        return
    name = zone_of(args) or _SOME_ZONES[int(rng.random() * len(_SOME_ZONES))]
    here = zone(name)
    instant = _instant(args, output.get("local_time"))
    if here is None or instant is None:
        return
    local = instant.astimezone(here)
    offset = local.strftime("%z")
    output["local_time"] = local.isoformat(timespec="seconds")
    output["time_zone"] = name
    output["utc_offset"] = f"{offset[:3]}:{offset[3:]}" if offset else "+00:00"



def _km(point: tuple[float, float], c: City) -> float:
    here = City("", "", point[0], point[1], 0, "")
    return round(great_circle_km(here, c), 1)


def _country_name(iso: str) -> str:
    found = country_of(iso)
    return found.name if found is not None else iso


def near_cities(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """The cities nearest the sent point, the nearest first, as many as were drawn
    (two to five)."""
    rows = output.get("cities") if isinstance(output, dict) else None
    point = point_of(args)
    if not isinstance(rows, list) or point is None:
        return
    found = cities_near(point[0], point[1], min(max(len(rows), 2), 5))
    output["cities"] = [{"name": c.name, "country": _country_name(c.country_iso),
                         "population": c.population, "distance_km": _km(point, c)}
                        for c in found]


def reverse_place(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """The city the sent point lies in (or the nearest one, at its distance)."""
    point = point_of(args)
    if not isinstance(output, dict) or point is None:
        return
    found = cities_near(point[0], point[1], 1)
    if not found:
        return
    c, km = found[0], _km(point, found[0])
    nation = _country_name(c.country_iso)
    if km > _OFF_SHORE_KM:  # at sea: no city is there, only the nearest one far off
        for key in ("city", "country", "country_code"):
            output.pop(key, None)
        output.update(display_name=f"Open water, about {km:.0f} km from {c.name}, {nation}",
                      distance_km=km)
        return
    output.update(display_name=f"{c.name}, {nation}", city=c.name, country=nation,
                  country_code=c.country_iso)
    output.pop("distance_km", None)  # in the city: no distance to say ("0.0 km")


# Farther than this from every city of 50,000 people, a point lies in no city.
_OFF_SHORE_KM = 60.0
