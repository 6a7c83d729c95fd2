"""One quantity given in two units within one object, the two figures disagreeing.

`{"co2e_gm": 175, "co2e_kg": 205.94, "co2e_mt": 382.44, "co2e_lb": 49.03}`: 175 g is not
205.94 kg, and neither is 49.03 lb. A reviewer converts one into the other and stops
trusting the record. Likewise `temp_c` and `temp_f`, `distance_km` and `distance_mi`,
`price_cents` beside `price`, `size_mb` and `size_gb`. Kind `unit_mismatch`.

Read per object: keys that share a stem and end in units of one family (mass, length,
time, temperature, money, data, speed, energy) are converted to the family's base unit
and compared, allowing for the rounding each figure shows (and, for data, 1000 or 1024
per step); a whole figure in the larger unit with less than one of it in the smaller is
a quantity told in parts (6 ft 8 in, 2 h 15 min; never g and kg). A stem with a cents
field and a bare field (`price`, `price_cents`) reads the bare one as the main unit.
Left alone: anything but plain numbers, and units that are also words of other things
(`in`, `t`, `ton`, `cal`).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_objects, key_tokens
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "units"

_Scale = Callable[[float], float]


def _times(factor: float) -> _Scale:
    return lambda v: v * factor


# unit word -> (family, to the family's base unit)
_UNITS: dict[str, tuple[str, _Scale]] = {}
for _family, _table in {
    "mass": {"mg": 1e-3, "g": 1.0, "gm": 1.0, "gram": 1.0, "grams": 1.0, "kg": 1e3,
             "kgs": 1e3, "kilograms": 1e3, "mt": 1e6, "tonne": 1e6, "tonnes": 1e6,
             "lb": 453.59237, "lbs": 453.59237, "pounds": 453.59237, "oz": 28.349523},
    "length": {"mm": 1e-3, "cm": 1e-2, "m": 1.0, "meters": 1.0, "metres": 1.0, "km": 1e3,
               "kilometers": 1e3, "mi": 1609.344, "miles": 1609.344, "ft": 0.3048,
               "feet": 0.3048, "inch": 0.0254, "inches": 0.0254, "yd": 0.9144, "nm": 1852.0},
    "time": {"ms": 1e-3, "s": 1.0, "sec": 1.0, "secs": 1.0, "seconds": 1.0, "min": 60.0,
             "mins": 60.0, "minutes": 60.0, "h": 3600.0, "hr": 3600.0, "hrs": 3600.0,
             "hours": 3600.0, "days": 86400.0},
    "money": {"cents": 0.01, "dollars": 1.0},
    "data": {"bytes": 1.0, "kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12},
    "speed": {"kph": 1.0, "kmh": 1.0, "mph": 1.609344, "mps": 3.6, "knots": 1.852},
    "energy": {"wh": 1.0, "kwh": 1e3, "mwh": 1e6, "j": 1.0 / 3600, "kj": 1e3 / 3600},
}.items():
    for _unit, _factor in _table.items():
        _UNITS[_unit] = (_family, _times(_factor))
for _unit, _to_kelvin in {"c": lambda v: v + 273.15, "celsius": lambda v: v + 273.15,
                          "f": lambda v: (v - 32) * 5 / 9 + 273.15,
                          "fahrenheit": lambda v: (v - 32) * 5 / 9 + 273.15,
                          "k": lambda v: v, "kelvin": lambda v: v}.items():
    _UNITS[_unit] = ("temperature", _to_kelvin)

_BINARY = {"kb": 1024.0, "mb": 1024.0 ** 2, "gb": 1024.0 ** 3, "tb": 1024.0 ** 4}


# Stems a temperature is given under: `vitamin_c` beside `vitamin_k` is no temperature.
_WARMTH = frozenset({"temp", "temperature", "feels", "feelslike", "dew", "dewpoint", "heat",
                     "chill", "windchill", "high", "low", "max", "min", "avg", "apparent"})


@lru_cache(maxsize=4096)
def _split(key: str) -> tuple[str, str] | None:
    """(stem, unit) of a key ending in a unit (`co2e_kg` -> co2e, kg), or None."""
    tokens = key_tokens(key)
    if len(tokens) < 2 or tokens[-1] not in _UNITS:
        return None
    if _UNITS[tokens[-1]][0] == "temperature" and not _WARMTH & set(tokens[:-1]):
        return None
    return "_".join(tokens[:-1]), tokens[-1]


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _slack(value: float, unit: str, scale: _Scale) -> float:
    """Half the last digit `value` shows, in base units (the rounding it may carry)."""
    text = repr(value).rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
    decimals = len(text.split(".", 1)[1]) if "." in text else 0
    step = 0.5 * 10.0 ** -decimals
    return abs(scale(value + step) - scale(value))


def _parts(a: tuple[float, str], b: tuple[float, str]) -> bool:
    """Whether two figures are the whole and the rest of one quantity (`height_feet` 6 and
    `height_inches` 8, `duration_hours` 2 and `duration_minutes` 15): the larger unit's
    figure is whole and the smaller one's is less than one of it."""
    (big, ubig), (small, usmall) = sorted((a, b), key=lambda f: -_UNITS[f[1]][1](1.0))
    one = _UNITS[ubig][1](1.0)
    steps = math.log10(one / _UNITS[usmall][1](1.0))
    if abs(steps - round(steps)) < 1e-9:
        return False  # decimal units (g and kg, m and km) are not told in parts
    return float(big).is_integer() and 0 <= _UNITS[usmall][1](small) < one


def _agree(a: tuple[float, str], b: tuple[float, str]) -> bool:
    (va, ua), (vb, ub) = a, b
    if _UNITS[ua][0] != "temperature" and _parts(a, b):
        return True
    sa, sb = _UNITS[ua][1], _UNITS[ub][1]
    tried = [(sa, sb)]
    if ua in _BINARY or ub in _BINARY:  # a kilobyte may be 1024 bytes
        tried.append((_times(_BINARY.get(ua, 1.0)), _times(_BINARY.get(ub, 1.0))))
    for fa, fb in tried:
        base_a, base_b = fa(va), fb(vb)
        room = _slack(va, ua, fa) + _slack(vb, ub, fb) + 0.01 * max(abs(base_a), abs(base_b))
        if abs(base_a - base_b) <= room:
            return True
    return False


def reason(obj: dict[str, Any]) -> str | None:
    """Why two fields of `obj` give one quantity in units that disagree, or None."""
    stems: dict[tuple[str, str], list[tuple[str, float, str]]] = {}
    for key, value in obj.items():
        number = _number(value)
        split = _split(str(key)) if number is not None else None
        if split is None or number is None:
            continue
        stem, unit = split
        stems.setdefault((stem, _UNITS[unit][0]), []).append((str(key), number, unit))
    for (stem, family), fields in stems.items():
        if family == "money" and len(fields) == 1 and fields[0][2] == "cents":
            bare = _number(obj.get(stem))
            if bare is not None:
                fields = [*fields, (stem, bare, "dollars")]
        for i, (key_a, va, ua) in enumerate(fields):
            for key_b, vb, ub in fields[i + 1:]:
                if ua != ub and not _agree((va, ua), (vb, ub)):
                    return f"{key_a}={va:g} and {key_b}={vb:g} are not the same quantity"
    return None


# Only an object with a key ending in a unit can give one quantity in two.
GATE = output_keys_gate(lambda key: _split(key) is not None)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    return [finding(NAME, "unit_mismatch", at, f"{step.function_name}: {why}")
            for step, at, why in answered_objects(view, reason)]
