"""A "feels like" near the air temperature it goes with.

The two are drawn apart (`magnitudes`: feels_like -5..35), so a reading said 32.3 °C
that feels like -2.5. Wind chill and humidity move what the air feels like by a few
degrees, not thirty: each object's `feels_like` is redrawn within 4 °C of its
`temperature` (before `asked_units` converts both to the unit the call asked for).
In place, deterministic for the `rng` given.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.objects import objects_in

_AIR = ("temperature", "temp")
_FEELS = ("feels_like", "feelsLike", "apparent_temperature")
_SPREAD = 4.0


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def near_feels_like(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Move every `feels_like` of `output` to within 4 °C of its object's temperature."""
    for obj in objects_in(output):
        air = next((obj[k] for k in _AIR if _number(obj.get(k))), None)
        if air is None:
            continue
        for key in _FEELS:
            if _number(obj.get(key)) and key not in args:
                obj[key] = round(air + rng.uniform(-_SPREAD, _SPREAD), 1)
