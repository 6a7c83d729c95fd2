"""One mass said in several units agrees with itself: `co2e_kg: 205.94` comes with
`co2e_gm: 205940`, `co2e_mt: 0.21` and `co2e_lb: 454.02`, not `co2e_gm: 175` below it.

`same_mass(output, args, rng)` finds, in every object of an answer, number fields that
share a stem and end in a mass unit (`_g`/`_gm`/`_grams`, `_kg`, `_t`/`_mt`/`_tonnes`,
`_lb`/`_lbs`, `_oz`), and sets each from the first of kilograms, grams, tonnes or pounds
it has, keeping each field's form (an integer stays whole). In place; deterministic.
"""

from __future__ import annotations

import random
import re
from typing import Any

from toolgen.executor.objects import objects_in

# Unit suffix -> kilograms per unit.
_KG_PER = {"g": 0.001, "gm": 0.001, "gms": 0.001, "gram": 0.001, "grams": 0.001,
           "kg": 1.0, "kgs": 1.0, "t": 1000.0, "mt": 1000.0, "tonne": 1000.0,
           "tonnes": 1000.0, "lb": 0.45359237, "lbs": 0.45359237, "oz": 0.028349523125}
_KEY = re.compile(r"^(.+?)_(" + "|".join(sorted(_KG_PER, key=len, reverse=True)) + r")$",
                  re.IGNORECASE)
# Which unit the other figures follow: the one APIs compute in first.
_BASE_ORDER = ("kg", "kgs", "g", "gm", "gms", "gram", "grams", "t", "mt", "tonne", "tonnes",
               "lb", "lbs", "oz")


def _figure(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    return None


def same_mass(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    for obj in objects_in(output):
        stems: dict[str, dict[str, str]] = {}
        for key, value in obj.items():
            m = _KEY.match(key) if isinstance(key, str) else None
            if m is None or _figure(value) is None:
                continue
            stems.setdefault(m.group(1).lower(), {})[m.group(2).lower()] = key
        for units in stems.values():
            if len(units) < 2:
                continue
            base_unit = next(u for u in _BASE_ORDER if u in units)
            base = _figure(obj[units[base_unit]])
            if base is None:
                continue
            kg = base * _KG_PER[base_unit]
            for unit, key in units.items():
                figure = kg / _KG_PER[unit]
                obj[key] = round(figure) if isinstance(obj[key], int) else round(figure, 2)
