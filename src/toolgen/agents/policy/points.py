"""A point is said whole: a latitude reported is reported with its longitude.

"its address is Contrada Sante, 55, Firenze, Italy, with a latitude of 43.7792" places
nothing (ToolBench seed 71 #1, #19: asked for a city's location, the answer gave the
country and a latitude). A fact whose label names one coordinate of an object holding
both becomes one fact, "the coordinates are 43.7792, 11.2463"; the other coordinate's
fact, if also said, goes. `point_text` is the pair as a person gives it, which the user's
own stated points use too (`slot_said`). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from toolgen.agents.offline import Fact, value_text
from toolgen.executor.objects import objects_in
from toolgen.executor.values import LATITUDE_WORDS, LONGITUDE_WORDS

_LABEL = "coordinates"


def whole_points(facts: Sequence[Fact], output: Any) -> list[Fact]:
    """`facts` with each half-said point said whole (module doc)."""
    if not any(_coordinate(f) for f in facts):
        return list(facts)
    points = [p for node in objects_in(output) if (p := _point(node)) is not None]
    out: list[Fact] = []
    said: set[tuple[str, str]] = set()
    for fact in facts:
        point = next((p for p in points if fact.value in p), None) if _coordinate(fact) else None
        if point is None:
            out.append(fact)
        elif point not in said:
            said.add(point)
            out.append(Fact(label=_LABEL, value=f"{point[0]}, {point[1]}"))
    return out


def _coordinate(fact: Fact) -> bool:
    last = fact.label.lower().rsplit(" ", 1)[-1]
    return last in LATITUDE_WORDS or last in LONGITUDE_WORDS


def point_text(node: dict[str, Any]) -> str:
    """`{"lat": 40.4168, "lng": -3.7038}` as the pair a person gives ("40.4168, -3.7038");
    empty when the object does not hold both coordinates as figures."""
    point = _point(node)
    return f"{point[0]}, {point[1]}" if point is not None else ""


def _point(node: dict[str, Any]) -> tuple[str, str] | None:
    keys = {str(k).lower(): k for k in node}
    lat = next((node[keys[w]] for w in LATITUDE_WORDS if w in keys), None)
    lon = next((node[keys[w]] for w in LONGITUDE_WORDS if w in keys), None)
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (lat, lon)):
        return None
    return value_text(lat), value_text(lon)
