"""An address's coordinates are in the city the address names.

`forward_geocode(address="Braunstrasse 365, Zurich, Switzerland")` answered
`{"address": ..., "location": {"lat": 45.153415, "lng": -116.99022}}`: Idaho (ToolBench
seed 11 #7). `places.believable_places` moves a pair only beside a city or country field,
and only when it is a listed place's own; a geocode has neither. `geocoded(output, args)`
reads every object with an address string and a coordinate pair (its own keys, or a
nested `location`, `geometry`, `coordinates`, `position` or `geo` object): where the
address names a city GeoNames knows (a comma part, a postcode before it allowed; in the
country its last part names) and the pair lies over `FAR_KM` from it, the pair moves to
the city's centre plus a small offset keyed by the address (so two addresses of one city
differ, and one address always lands alike), at the pair's own precision. A pair the
call sent stays. In place, deterministic.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache
from typing import Any

from toolgen.executor import world
from toolgen.executor.objects import key_names, objects_in
from toolgen.executor.unlisted_city import FAR_KM, city_in, distance_km
from toolgen.executor.values import LATITUDE_WORDS, LONGITUDE_WORDS, normalize_key

_ADDRESS = frozenset({"address", "full_address", "formatted_address", "display_name",
                      "query"})
_NESTED = frozenset({"location", "geometry", "coordinates", "position", "geo", "latlng",
                     "point", "center"})
_POSTCODE = re.compile(r"^\s*[A-Z]{0,2}-?\d{3,6}\s+|\s+\d{3,6}\s*$")
_MAX_OFFSET = 0.03  # degrees, about 3 km: a street of the city, not its exact centre


def geocoded(output: Any, args: dict[str, Any]) -> None:
    for obj in objects_in(output):
        address = _address(obj)
        if address is None:
            continue
        holder = _holder(obj)
        if holder is None:
            continue
        lat_key, lon_key = holder[1], holder[2]
        pair = holder[0]
        if normalize_key(lat_key) in args or normalize_key(lon_key) in args:
            continue  # the call's own pair
        lat, lon = pair[lat_key], pair[lon_key]
        if not (isinstance(lat, float) and isinstance(lon, float)):
            continue
        city = city_of(address)
        if city is None or distance_km(lat, lon, city) <= FAR_KM:
            continue
        places = _decimals(lat, lon)
        d_lat, d_lon = _offset(address)
        pair[lat_key] = round(city.latitude + d_lat, places)
        pair[lon_key] = round(city.longitude + d_lon, places)


def _address(obj: dict[str, Any]) -> str | None:
    if _ADDRESS.isdisjoint(key_names(obj)):
        return None  # most objects name no address: one cached look at their keys
    for key, value in obj.items():
        if isinstance(key, str) and normalize_key(key) in _ADDRESS and isinstance(
                value, str) and value.count(",") >= 1:
            return value
    return None


def _holder(obj: dict[str, Any]) -> tuple[dict[str, Any], str, str] | None:
    """The object holding the coordinate pair (`obj` or a nested one) and its two keys."""
    found = _pair_keys(obj)
    if found is not None:
        return obj, found[0], found[1]
    for key, value in obj.items():
        if isinstance(value, dict) and isinstance(key, str) and normalize_key(key) in _NESTED:
            inner = _pair_keys(value)
            if inner is not None:
                return value, inner[0], inner[1]
    return None


def _pair_keys(obj: dict[str, Any]) -> tuple[str, str] | None:
    names = {normalize_key(k): k for k in obj if isinstance(k, str)}
    lat = next((names[n] for n in LATITUDE_WORDS if n in names), None)
    lon = next((names[n] for n in LONGITUDE_WORDS if n in names), None)
    return (lat, lon) if lat is not None and lon is not None else None


@lru_cache(maxsize=4096)
def city_of(address: str) -> world.City | None:
    """The city an address names ("Braunstrasse 365, Zurich, Switzerland": Zurich), in
    the country its last part names when it names one; None when no part is a city."""
    parts = [p.strip() for p in address.split(",") if p.strip()]
    if len(parts) < 2:
        return None
    country = world.country(parts[-1])
    iso = country.iso if country is not None else ""
    candidates = parts[1:-1] if country is not None else parts[1:]
    for part in reversed(candidates):
        name = _POSTCODE.sub("", part).strip()
        if not name or any(map(str.isdigit, name)):
            continue
        found = city_in(name, iso)
        if found is not None and (not iso or found.country_iso == iso):
            return found
    return None


def _decimals(lat: float, lon: float) -> int:
    """The precision the drawn pair was written with (at least 4 decimals)."""
    return max(4, *(len(repr(v).split(".")[1]) if "." in repr(v) else 0 for v in (lat, lon)))


def _offset(address: str) -> tuple[float, float]:
    key = zlib.crc32(address.encode())
    span = 2 * _MAX_OFFSET
    return ((key % 1000) / 1000 - 0.5) * span, ((key // 1000 % 1000) / 1000 - 0.5) * span
