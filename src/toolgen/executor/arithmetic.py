"""A calculator's elementary operations, computed from the call's own figures.

BFCL's math API (`add(a, b)`, `percentage(part, whole)`, `round_number(number,
decimal_places)`, `min_value(numbers)`, `logarithm(value, base, precision)`...) names its
operation with a plain word that is no calculation verb, so without these a call drew a
figure ("add 3.5 and 4" -> 788.47, 63 of 519.19 -> 96.4 %). `calc_match` holds the rules
that recognise them (each confirmed by its operands' names, so `add_to_cart` stays a cart);
this module only computes. Each function answers None when the call lacks an operand or
the operation has no value (a division by zero, the logarithm of a negative number).
"""

from __future__ import annotations

import math
from decimal import Context, Decimal, InvalidOperation

from toolgen.executor.formula_args import Args, arg, numbers_of

# A figure as a calculator prints it: enough digits for any operand a record states.
_DIGITS = 6


def _r(x: float) -> float:
    return round(x, _DIGITS)


def _pair(args: Args) -> tuple[float, float] | None:
    a, b = arg(args, "a", "x", "num1", "number1"), arg(args, "b", "y", "num2", "number2")
    return (a, b) if a is not None and b is not None else None


def add(args: Args) -> float | None:
    pair = _pair(args)
    return _r(pair[0] + pair[1]) if pair else None


def subtract(args: Args) -> float | None:
    """The first operand less the second ("subtract b from a")."""
    pair = _pair(args)
    return _r(pair[0] - pair[1]) if pair else None


def multiply(args: Args) -> float | None:
    pair = _pair(args)
    return _r(pair[0] * pair[1]) if pair else None


def divide(args: Args) -> float | None:
    pair = _pair(args)
    return _r(pair[0] / pair[1]) if pair and pair[1] else None


def percentage(args: Args) -> float | None:
    """What share of the whole the part is, in percent: 63 of 519.19 is 12.13 %."""
    part, whole = arg(args, "part"), arg(args, "whole", "total")
    return round(part / whole * 100, 2) if part is not None and whole else None


def rounded(args: Args) -> float | None:
    """The number to its decimal places (none when the call names none)."""
    x = arg(args, "number", "value", "x")
    places = arg(args, "decimal_places", "decimals", "digits")
    if x is None:
        return None
    return round(x, int(places)) if places is not None and 0 <= places <= 10 else round(x)


def minimum(args: Args) -> float | None:
    nums = numbers_of(args)
    return min(nums) if nums else None


def maximum(args: Args) -> float | None:
    nums = numbers_of(args)
    return max(nums) if nums else None


def absolute(args: Args) -> float | None:
    x = arg(args, "number", "value", "x")
    return abs(x) if x is not None else None


def logarithm(args: Args) -> float | None:
    """log of the value to its base (10 when none is sent), to `precision` decimals."""
    x, base = arg(args, "value", "number", "x"), arg(args, "base")
    base = 10.0 if base is None else base
    if x is None or x <= 0 or base <= 0 or base == 1:
        return None
    places = arg(args, "precision", "decimal_places")
    digits = int(places) if places is not None and 0 <= places <= 12 else _DIGITS
    return round(math.log(x, base), digits)


def square_root(args: Args) -> float | None:
    """The root to `precision` significant digits, as the decimal module computes it
    (BFCL's math API says so); six decimals when no precision is sent."""
    x = arg(args, "number", "num", "x", "value")
    if x is None or x < 0:
        return None
    precision = arg(args, "precision")
    if precision is None:
        return _r(math.sqrt(x))
    if precision < 1:  # no significant digit asked for: the whole number nearest
        return float(round(math.sqrt(x)))
    if precision > 28:
        return None
    try:
        return float(Decimal(repr(x)).sqrt(Context(prec=int(precision))))
    except InvalidOperation:
        return None
