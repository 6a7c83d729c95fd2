"""A famous structure's answer gives its real height, in the unit the call asked for.

"Burj Khalifa 53.8 m tall" is what a reader catches first: when a call names a structure
`quantity_kinds.landmark_height` knows (Burj Khalifa, the Eiffel Tower...) and its answer
has a `height`, the height is the real one, in feet when the call's `unit` says so.
In place, deterministic; the rest of the answer is left as drawn.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.objects import objects_in
from toolgen.executor.quantity_kinds import landmark_height, unit_of
from toolgen.executor.values import normalize_key

_HEIGHT = frozenset({"height", "total_height", "height_m", "height_ft", "architectural_height"})
_UNIT_ARGS = frozenset({"unit", "units", "measurement_unit", "unit_system"})


def real_heights(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Every `height` of `output` set to the real height of the structure `args` name."""
    named = next((v for v in args.values() if isinstance(v, str) and landmark_height(v)), None)
    if named is None:
        return
    asked = next((unit_of(v) for k, v in args.items()
                  if normalize_key(k) in _UNIT_ARGS and isinstance(v, str)), "")
    for obj in objects_in(output):
        for key, value in obj.items():
            nk = normalize_key(key)
            if nk not in _HEIGHT or isinstance(value, bool) or not isinstance(value, int | float):
                continue
            unit = "ft" if nk.endswith("_ft") else "m" if nk.endswith("_m") else asked
            height = landmark_height(named, unit)
            if height is not None:
                obj[key] = int(height) if isinstance(value, int) else height
