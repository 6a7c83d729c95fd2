"""A bounding box is a box on the globe, around the place the call asked about.

`get_isochrone(payload={"locations": [{"lat": 40.744014, "lon": -73.990508}], ...})`
answered `"bbox": [143.58, 843.0, 13.88, 716.4]` (ToolBench seed 47 #45): four drawn
figures, no latitude among them. `fit_boxes(output, args)` reads every `bbox` (or
`bounding_box`, `boundingbox`) of four numbers and makes it GeoJSON's `[west, south,
east, north]` around the first coordinate pair the call sent (its own `lat`/`lon`, or in
a JSON text it sent, as an isochrone's payload), a few kilometres wide and keyed by the
pair; with no pair sent, a box that is not one (a latitude past 90, west past east) is
made one around its own first two figures. In place, deterministic.
"""

from __future__ import annotations

import zlib
from typing import Any

import orjson

from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key

_BOX_KEYS = frozenset({"bbox", "bounding_box", "boundingbox"})
_LAT = frozenset({"lat", "latitude"})
_LON = frozenset({"lon", "lng", "long", "longitude"})


def fit_boxes(output: Any, args: dict[str, Any]) -> None:
    looked, sent = False, None
    for node in objects_in(output):
        for key, value in node.items():
            if not (isinstance(key, str) and normalize_key(key) in _BOX_KEYS and _four(value)):
                continue
            if not looked:  # read once, and only for an answer holding a box
                looked, sent = True, _sent_pair(args)
            if sent is not None:
                node[key] = _box(*sent)
            elif not _valid(value):
                node[key] = _box(*_own_pair(value))


def _four(value: Any) -> bool:
    return (isinstance(value, list) and len(value) == 4
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value))


def _valid(box: list[float]) -> bool:
    west, south, east, north = box
    return -180 <= west < east <= 180 and -90 <= south < north <= 90


def _own_pair(box: list[float]) -> tuple[float, float]:
    """A latitude and longitude the box's own first figures allow (folded into range)."""
    lon = ((float(box[0]) + 180) % 360) - 180
    lat = ((float(box[1]) + 90) % 180) - 90
    return lat, lon


def _sent_pair(args: dict[str, Any]) -> tuple[float, float] | None:
    found = _pair_in(args)
    if found is not None:
        return found
    for value in args.values():
        if isinstance(value, str) and value.lstrip().startswith(("{", "[")):
            try:
                found = _pair_in(orjson.loads(value))
            except orjson.JSONDecodeError:
                continue
            if found is not None:
                return found
    return None


def _pair_in(data: Any) -> tuple[float, float] | None:
    for node in objects_in(data):
        keys = {normalize_key(k): v for k, v in node.items() if isinstance(k, str)}
        lat = next((keys[k] for k in _LAT if k in keys), None)
        lon = next((keys[k] for k in _LON if k in keys), None)
        try:
            la, lo = float(lat), float(lon)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            continue
        if -90 <= la <= 90 and -180 <= lo <= 180:
            return la, lo
    return None


def _box(lat: float, lon: float) -> list[float]:
    """West, south, east, north around the pair: 1.5 to 4 km each way."""
    key = zlib.crc32(f"{lat:.5f},{lon:.5f}".encode())
    half = 0.015 + (key % 25) / 1000
    return [round(max(-180.0, lon - half), 6), round(max(-90.0, lat - half), 6),
            round(min(180.0, lon + half), 6), round(min(90.0, lat + half), 6)]
