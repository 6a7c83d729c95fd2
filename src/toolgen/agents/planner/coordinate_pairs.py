"""A point's two coordinates go together: `coordinate_partners(endpoint)` pairs each
latitude parameter with the longitude of the same point (`lat`/`lng`,
`place_lat`/`place_lon`), and `alone(args, ...)` names a coordinate sent without its
partner.

Drawn one by one, optional values made a zip-code radius search around a longitude alone
(`get_zips_in_radius(lng=-122.33)`: ToolBench seed 7385228 #4); a latitude with no
longitude is no place.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.executor.pools import PLACES
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint, PlannedArg

LATITUDES = ("latitude", "lat")
LONGITUDES = ("longitude", "lng", "lon", "long")


def coordinate_partners(endpoint: Endpoint) -> dict[str, str]:
    """`{name: partner}` both ways, for every latitude/longitude pair of `endpoint`."""
    return dict(_partners(tuple(p.name for p in endpoint.parameters)))


@lru_cache(maxsize=8192)  # endpoints share parameter lists; the answer is the names'
def _partners(names: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    by_point: dict[tuple[str, str], dict[str, str]] = {}
    for name in names:
        split = _split(normalize_key(name))
        if split is not None:
            point, axis = split
            by_point.setdefault(point, {}).setdefault(axis, name)
    pairs: list[tuple[str, str]] = []
    for axes in by_point.values():
        if len(axes) == 2:
            lat, lon = axes["lat"], axes["lon"]
            pairs += [(lat, lon), (lon, lat)]
    return tuple(pairs)


def _split(key: str) -> tuple[tuple[str, str], str] | None:
    """((prefix, suffix), axis) of a coordinate's normalised name, else None."""
    words = key.split("_")
    for i, word in enumerate(words):
        axis = "lat" if word in LATITUDES else "lon" if word in LONGITUDES else None
        if axis is not None:
            return ("_".join(words[:i]), "_".join(words[i + 1:])), axis
    return None


def alone(args: list[PlannedArg], partners: dict[str, str], kept: set[str]) -> set[str]:
    """The names of `args` whose coordinate partner is not sent, but for those in `kept`
    (a required one, a link the chain was sampled for)."""
    sent = {a.name for a in args}
    return {a.name for a in args
            if a.name in partners and partners[a.name] not in sent and a.name not in kept}


def one_point(stated: dict[str, PlannedArg], partners: dict[str, str]) -> dict[str, object]:
    """Fixes making a point's user-stated coordinates one city's: a latitude drawn from
    Miami beside a longitude the corpus gave as an example (San Jose's) is a point in the
    ocean. The first coordinate that is a known city's keeps its value; its partner takes
    that city's, in the same type (a text stays text)."""
    fixes: dict[str, object] = {}
    by_name = {a.name: a for a in stated.values()}
    for name, arg in by_name.items():
        partner = by_name.get(partners.get(name, ""))
        if partner is None or name in fixes or partner.name in fixes:
            continue
        row = _city_at(arg.value, _is_latitude(name))
        if row is None:
            continue
        want = row[5] if _is_latitude(name) else row[4]
        if _number(partner.value) != want:
            fixes[partner.name] = str(want) if isinstance(partner.value, str) else want
        fixes.setdefault(name, arg.value)
    return {k: v for k, v in fixes.items() if by_name[k].value != v}


def _is_latitude(name: str) -> bool:
    split = _split(normalize_key(name))
    return split is not None and split[1] == "lat"


def _number(value: object) -> float | None:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _city_at(value: object, latitude: bool) -> tuple[Any, ...] | None:
    figure = _number(value)
    if figure is None:
        return None
    axis = 4 if latitude else 5
    return next((row for row in PLACES if abs(float(row[axis]) - figure) < 1e-6), None)


_AROUND = frozenset({"radius", "nearby", "near", "around", "within", "nearest", "closest"})


def around_point(endpoint: Endpoint, name: str) -> bool:
    """Whether `name` is a coordinate of the point `endpoint` searches around (zips "in
    radius", places "nearby"): the search means nothing without it."""
    if name not in coordinate_partners(endpoint):
        return False
    words = set(normalize_key(endpoint.function_name).split("_"))
    words.update(w for p in endpoint.parameters for w in normalize_key(p.name).split("_"))
    return not words.isdisjoint(_AROUND)


_CENTRES = frozenset({"zip", "zipcode", "zip_code", "postcode", "postal_code", "postalcode",
                      "address", "location", "city", "place"})


def second_centre(endpoint: Endpoint, args: list[PlannedArg], kept: set[str]) -> set[str]:
    """On a search around a point, the names of `args` that give another centre beside the
    coordinates (zips in a radius of San Jose's point and of zip 60662), but for `kept`."""
    sent = {a.name for a in args}
    if not any(around_point(endpoint, name) for name in sent):
        return set()
    return {name for name in sent if normalize_key(name) in _CENTRES and name not in kept}
