"""The places a search around a place lists are its neighbours, not it again.

`get_zips_in_radius(zip="33126", radius=10)` answered four objects all with ZIP 33126,
each at distance 0 or at a random distance (ToolBench seed 7, 000118): a list of the
postcodes around a postcode that repeats the one asked about reads as made up. Around a
sent point (`lat`, `lng`) the listed places lie near it: ZIPs "near Austin (30.2672,
-97.7431)" had been San Jose's, at coordinates in Nevada and the Pacific, each at
distance 0 (ToolBench seed 71); `near_point` moves each object's pair a few kilometres
from the point, nearest first, its distance that far, and its city and state the
nearest city's (the postcode then follows the city: `postal.fit_postcode`).
`spread_around(output, args, about)`, for an endpoint whose words (`about`) search
around a place (radius, nearby, near, around, within), gives the listed objects that
restate the sent postcode distinct neighbouring ones of the same district (a US ZIP keeps
its first three digits): the first stays the place asked about, at distance 0 when the
objects carry a distance, the others follow nearest first. In place, deterministic for
the call's random stream; never touches the network.
"""

from __future__ import annotations

import math
import random
import re
from typing import Any

from toolgen.executor import world
from toolgen.executor.postal import fit_postcode
from toolgen.executor.values import LATITUDE_WORDS, LONGITUDE_WORDS, normalize_key

_AROUND = re.compile(r"radius|nearby|\bnear\b|around|within|surrounding", re.I)
_POSTCODE = frozenset({"zip", "zipcode", "zip_code", "postal_code", "postalcode", "postcode"})
_DISTANCE = frozenset({"distance", "distance_km", "distance_miles", "dist", "distance_mi"})
_CITY = frozenset({"city", "city_name", "town"})
_STATE = frozenset({"state", "state_code", "state_id"})
# How far a neighbouring code's last digits are from the asked one's.
_STEP = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 15, 16, 18, 20, 22, 25, 28, 30)


def spread_around(output: Any, args: dict[str, Any], about: str,
                  rng: random.Random) -> None:
    """Neighbouring postcodes for a search around a sent one (module doc)."""
    if not _AROUND.search(about):
        return
    sent = next(((k, v) for k, v in args.items() if normalize_key(k) in _POSTCODE
                 and _digits(v)), None)
    if sent is None:
        return
    for listed in _lists(output):
        _spread(listed, str(sent[1]), rng)


def _digits(value: Any) -> bool:
    return (isinstance(value, str) and value.isdigit() and 4 <= len(value) <= 6) or (
        isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 999999)


def _lists(output: Any) -> list[list[dict[str, Any]]]:
    found = [output] if isinstance(output, list) else (
        [v for v in output.values() if isinstance(v, list)] if isinstance(output, dict) else [])
    return [[o for o in f if isinstance(o, dict)] for f in found if f]


def _spread(objects: list[dict[str, Any]], code: str, rng: random.Random) -> None:
    keys = [next((k for k in o if normalize_key(k) in _POSTCODE), None) for o in objects]
    if not objects or any(k is None or str(o[k]) != code for o, k in zip(objects, keys,
                                                                          strict=True)):
        return
    steps = sorted(rng.sample(_STEP, min(len(objects) - 1, len(_STEP))))
    codes = [code, *(_neighbour(code, s, rng) for s in steps)]
    for n, (obj, key) in enumerate(zip(objects, keys, strict=True)):
        if n >= len(codes) or key is None:
            break
        value = codes[n]
        obj[key] = int(value) if isinstance(obj[key], int) else value
        _distance(obj, n, steps)


def _neighbour(code: str, step: int, rng: random.Random) -> str:
    """A code `step` away from `code` in its district (its leading digits kept)."""
    width = len(code)
    district = int(code[:-2]) if width > 3 else 0
    last = int(code[-2:])
    moved = last + step if (last + step <= 99 and rng.random() < 0.5) or last - step < 1 else (
        last - step)
    moved = min(max(moved, 1), 99)
    return f"{district:0{width - 2}d}{moved:02d}"


def _distance(obj: dict[str, Any], n: int, steps: list[int]) -> None:
    key = next((k for k in obj if normalize_key(k) in _DISTANCE), None)
    if key is None or not isinstance(obj[key], int | float) or isinstance(obj[key], bool):
        return
    value = 0 if n == 0 else round(steps[n - 1] * 0.6, 1)
    obj[key] = int(value) if isinstance(obj[key], int) else float(value)


def near_point(output: Any, args: dict[str, Any], about: str, rng: random.Random) -> None:
    """The listed places of a search around a sent point lie around it (module doc)."""
    if not _AROUND.search(about):
        return
    point = _point(args)
    if point is None:
        return
    for listed in _lists(output):
        keyed = [(o, _key(o, LATITUDE_WORDS), _key(o, LONGITUDE_WORDS)) for o in listed]
        placed = [(o, lat, lon) for o, lat, lon in keyed if lat is not None and lon is not None]
        steps = sorted(rng.uniform(0.4, 12.0) for _ in placed)
        for (obj, lat_key, lon_key), km in zip(placed, steps, strict=True):
            _place(obj, lat_key, lon_key, point, km, rng, args)


def _point(args: dict[str, Any]) -> tuple[float, float] | None:
    lat = next((_figure(v) for k, v in args.items() if k in LATITUDE_WORDS), None)
    lon = next((_figure(v) for k, v in args.items() if k in LONGITUDE_WORDS), None)
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


def _figure(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _key(obj: dict[str, Any], names: frozenset[str]) -> str | None:
    return next((k for k, v in obj.items() if normalize_key(k) in names
                 and _figure(v) is not None), None)


def _place(obj: dict[str, Any], lat_key: str, lon_key: str, point: tuple[float, float],
           km: float, rng: random.Random, sent: dict[str, Any]) -> None:
    bearing = rng.uniform(0, 2 * math.pi)
    lat = point[0] + km * math.cos(bearing) / 111.0
    lon = point[1] + km * math.sin(bearing) / (111.0 * max(math.cos(math.radians(lat)), 0.1))
    for key, value in ((lat_key, lat), (lon_key, lon)):
        obj[key] = str(round(value, 5)) if isinstance(obj[key], str) else round(value, 5)
    distance = next((k for k in obj if normalize_key(k) in _DISTANCE), None)
    if distance is not None and _figure(obj[distance]) is not None:
        far = km / 1.609 if "mi" in normalize_key(distance) else km
        obj[distance] = round(far, 2) if not isinstance(obj[distance], str) else str(round(far, 2))
    city = world.nearest_city(lat, lon)
    if city is None:
        return
    city_key, state_key = _text_key(obj, _CITY), _text_key(obj, _STATE)
    if city_key is not None:
        obj[city_key] = city.name
    if state_key is not None and city.country_iso == "US" and len(obj[state_key]) == 2:
        obj[state_key] = city.admin1
    fit_postcode(obj, sent)


def _text_key(obj: dict[str, Any], names: frozenset[str]) -> str | None:
    return next((k for k, v in obj.items() if normalize_key(k) in names
                 and isinstance(v, str)), None)
