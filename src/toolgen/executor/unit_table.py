"""Converting a figure between units of one dimension, from a small table.

`convert(value, from_unit, to_unit)` answers 5 km in miles, 3 cups in millilitres, 100
degF in degC; None when either unit is unknown or they measure different things (a
kilogram is no metre). Unit names are read as people write them ("Kilometers", "km",
"fl oz", "°F"). A table, not pint: pint is not installed, and output must not depend on
what happens to be installed. Pure, never touches the network.
"""

from __future__ import annotations

import re

# unit -> (dimension, size in the dimension's base unit: metre, kilogram, litre, second,
# square metre, metre per second, pascal, joule)
_UNITS: dict[str, tuple[str, float]] = {}


def _add(dimension: str, size: float, *names: str) -> None:
    for n in names:
        _UNITS[n] = (dimension, size)


_add("length", 1.0, "m", "meter", "metre")
_add("length", 1000.0, "km", "kilometer", "kilometre")
_add("length", 0.01, "cm", "centimeter", "centimetre")
_add("length", 0.001, "mm", "millimeter", "millimetre")
_add("length", 1e-6, "um", "micrometer", "micron")
_add("length", 1e-9, "nm", "nanometer")
_add("length", 1e-12, "pm", "picometer")
_add("length", 1e-15, "fm", "femtometer", "fermi")
_add("length", 1e-10, "angstrom")
_add("length", 1609.344, "mi", "mile")
_add("length", 0.3048, "ft", "foot", "feet")
_add("length", 0.0254, "in", "inch", "inches")
_add("length", 0.9144, "yd", "yard")
_add("length", 1852.0, "nmi", "nautical mile")
_add("mass", 1.0, "kg", "kilogram", "kilo")
_add("mass", 0.001, "g", "gram", "gm")
_add("mass", 1e-6, "mg", "milligram")
_add("mass", 1e-9, "ug", "microgram", "mcg")
_add("mass", 1000.0, "t", "tonne", "metric ton")
_add("mass", 907.18474, "ton", "short ton")
_add("mass", 0.45359237, "lb", "lbs", "pound")
_add("mass", 0.028349523125, "oz", "ounce")
_add("mass", 6.35029318, "st", "stone")
_add("mass", 1.66053906660e-27, "u", "amu", "dalton", "da", "atomic mass unit")
_add("volume", 1.0, "l", "liter", "litre")
_add("volume", 0.001, "ml", "milliliter", "millilitre")
_add("volume", 0.01, "cl", "centiliter")
_add("volume", 3.785411784, "gal", "gallon", "us gallon")
_add("volume", 0.946352946, "qt", "quart")
_add("volume", 0.473176473, "pt", "pint")
_add("volume", 0.2365882365, "cup")
_add("volume", 0.0295735295625, "fl oz", "fluid ounce", "floz")
_add("volume", 0.01478676478125, "tbsp", "tablespoon")
_add("volume", 0.00492892159375, "tsp", "teaspoon")
_add("volume", 1000.0, "m3", "cubic meter")
_add("time", 1.0, "s", "sec", "second")
_add("time", 60.0, "min", "minute")
_add("time", 3600.0, "h", "hr", "hour")
_add("time", 86400.0, "d", "day")
_add("time", 604800.0, "wk", "week")
_add("time", 31557600.0, "yr", "year")
_add("area", 1.0, "m2", "sq m", "square meter", "square metre")
_add("area", 1e6, "km2", "sq km", "square kilometer")
_add("area", 0.09290304, "ft2", "sq ft", "square foot", "square feet")
_add("area", 4046.8564224, "acre")
_add("area", 10000.0, "ha", "hectare")
_add("speed", 1.0, "m/s", "mps", "meter per second", "meters per second")
_add("speed", 1 / 3.6, "km/h", "kmh", "kph", "kilometer per hour", "kilometers per hour")
_add("speed", 0.44704, "mph", "mile per hour", "miles per hour")
_add("speed", 0.514444, "knot", "kn", "kt")
_add("pressure", 1.0, "pa", "pascal")
_add("pressure", 1000.0, "kpa", "kilopascal")
_add("pressure", 101325.0, "atm", "atmosphere")
_add("pressure", 100000.0, "bar")
_add("pressure", 6894.757, "psi")
_add("pressure", 133.322, "mmhg", "torr")
_add("energy", 1.0, "j", "joule")
_add("energy", 1000.0, "kj", "kilojoule")
_add("energy", 4.184, "cal", "calorie")
_add("energy", 4184.0, "kcal", "kilocalorie")
_add("energy", 3.6e6, "kwh", "kilowatt hour")
_add("energy", 1.602176634e-19, "ev", "electronvolt")

_TEMPS = {"c": "c", "celsius": "c", "degc": "c", "f": "f", "fahrenheit": "f", "degf": "f",
          "k": "k", "kelvin": "k"}
_CLEAN = re.compile(r"[^a-z0-9/ ]+")


def unit_key(name: str) -> str:
    """A unit as the tables spell it: "Kilometers" -> kilometer, "°F" -> f."""
    s = _CLEAN.sub("", name.lower().replace("°", "deg ")).strip()
    s = " ".join(w for w in s.split() if w != "deg") or s
    if s in _UNITS or s in _TEMPS:
        return s
    if s.endswith("es") and s[:-2] in _UNITS:
        return s[:-2]
    if s.endswith("s") and s[:-1] in _UNITS:
        return s[:-1]
    return s.replace("square ", "sq ").replace("cubic ", "")


def dimension(name: str) -> str | None:
    """What a unit measures ("length", "mass", "temperature"...), None when unknown."""
    key = unit_key(name)
    if key in _TEMPS:
        return "temperature"
    hit = _UNITS.get(key)
    return hit[0] if hit else None


def convert(value: float, from_unit: str, to_unit: str) -> float | None:
    """`value` in `from_unit` said in `to_unit`, to six significant figures."""
    a, b = unit_key(from_unit), unit_key(to_unit)
    if a in _TEMPS and b in _TEMPS:
        return _sig(_temperature(value, _TEMPS[a], _TEMPS[b]))
    ua, ub = _UNITS.get(a), _UNITS.get(b)
    if ua is None or ub is None or ua[0] != ub[0]:
        return None
    return _sig(value * ua[1] / ub[1])


def _temperature(value: float, a: str, b: str) -> float:
    kelvin = {"c": value + 273.15, "f": (value - 32) * 5 / 9 + 273.15, "k": value}[a]
    return {"c": kelvin - 273.15, "f": (kelvin - 273.15) * 9 / 5 + 32, "k": kelvin}[b]


def _sig(x: float) -> float:
    return float(f"{x:.6g}") if x else 0.0
