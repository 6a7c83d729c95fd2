"""A temperature answered in the unit the call asked for: 36.5 "in Kelvin" is no weather.

The generators draw a temperature in degrees Celsius (`quantity_kinds`); when the call's
`units` / `temperature_unit` asks for Kelvin or Fahrenheit, every temperature-like field
of the answer (`temperature`, `feels_like`, `temp_min`...) is converted to it, so the
figure fits what the user asked. In place, deterministic.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.objects import objects_in
from toolgen.executor.quantity_kinds import unit_of
from toolgen.executor.values import normalize_key

_UNIT_ARGS = frozenset({"unit", "units", "temp_unit", "temperature_unit", "unit_system",
                        "temperature_scale", "scale"})
_WORDS = frozenset({"temperature", "temp", "feels", "dew", "temperatures"})


def asked_temperatures(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Celsius temperatures of `output` in the Kelvin or Fahrenheit `args` ask for."""
    unit = next((unit_of(v) for k, v in args.items()
                 if normalize_key(k) in _UNIT_ARGS and isinstance(v, str)), "")
    if unit not in ("k", "f"):
        return
    for obj in objects_in(output):
        for key, value in obj.items():
            nk = normalize_key(key)
            words = set(nk.split("_"))
            if (isinstance(value, bool) or not isinstance(value, int | float)
                    or not words & _WORDS or words & {"celsius", "c", "change", "diff"}
                    or args.get(nk) == value):  # the call's own figure, echoed: as sent
                continue
            converted = value + 273.15 if unit == "k" else value * 9 / 5 + 32
            obj[key] = round(converted, 1) if isinstance(value, float) else round(converted)
