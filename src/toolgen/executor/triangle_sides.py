"""A triangle given its three sides answers their sum and Heron's area.

BFCL's `triangle_properties.get(side1, side2, side3)` reads as a thing looked up, so its
`area` and `perimeter` were drawn from ranges: sides of 481, 25 and 486 came back with a
perimeter of 111.08 and an area of 170.09 (BFCL seed 71 #6). `triangle_finish(endpoint,
shape_text)` is the finish step that computes both from the sides sent, for an endpoint
about a triangle whose answer holds either; None for any other. In place, pure.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from toolgen.executor.formulas import heron
from toolgen.executor.objects import objects_in
from toolgen.executor.result_kinds import own_words
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]

# The names three sides go by, in the order a schema lists them.
_SIDES = (("side1", "side2", "side3"), ("side_1", "side_2", "side_3"), ("a", "b", "c"),
          ("side_a", "side_b", "side_c"))


def triangle_finish(endpoint: Endpoint, shape_text: str) -> Finish | None:
    """The step computing a triangle's perimeter and area from its sides (module doc)."""
    if '"perimeter"' not in shape_text and '"area"' not in shape_text:
        return None
    if "triangle" not in own_words(endpoint):
        return None
    names = {normalize_key(p.name): p.name for p in endpoint.parameters}
    sides = next((tuple(names[k] for k in trio) for trio in _SIDES
                  if all(k in names for k in trio)), None)
    if sides is None:
        return None
    return lambda output, args, rng: _measured(output, [args.get(k) for k in sides])


def _measured(output: Any, sent: list[Any]) -> None:
    if not all(isinstance(v, int | float) and not isinstance(v, bool) and v > 0
               for v in sent):
        return
    a, b, c = (float(v) for v in sent)
    perimeter: float | int = a + b + c
    if all(isinstance(v, int) for v in sent):
        perimeter = int(perimeter)
    area = heron(a, b, c)
    for node in objects_in(output):
        if "perimeter" in node:
            node["perimeter"] = perimeter if isinstance(perimeter, int) else round(perimeter, 2)
        if "area" in node and area is not None:
            node["area"] = area
