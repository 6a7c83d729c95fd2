"""Reading a calculation's inputs from a call's arguments: the first number under one of
several names (`arg`), the list of numbers a call sends (`numbers_of`), a rate as a
fraction (`rate_of`). Every calculator module (`formulas`, `calc_formulas`,
`finance_formulas`, `stats_formulas`, `science_formulas`) reads its arguments through
these, so that "5" and 5, "1,200" and 1200, 5 % and 0.05 mean the same. Pure.
"""

from __future__ import annotations

import math
from typing import Any

Args = dict[str, Any]


def num(v: Any) -> float | None:
    """A value as a number: a finite number, a numeric string, or a one-item list of one."""
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)) and math.isfinite(v):
        return float(v)
    if isinstance(v, str):
        try:
            return float(v.replace(",", ""))
        except ValueError:
            return None
    if isinstance(v, list) and len(v) == 1:
        return num(v[0])
    return None


def arg(args: Args, *names: str) -> float | None:
    """The first numeric argument named exactly one of `names`, else containing one."""
    for want in names:
        n = num(args.get(want))
        if n is not None:
            return n
    for want in names:
        for k, v in args.items():
            if want in k.split("_"):
                n = num(v)
                if n is not None:
                    return n
    return None


def numbers_of(args: Args) -> list[float]:
    """The list of numbers a call sends (`numbers`, `data`, `values`...), or the figures
    of a mapping of them (`gradeDict: {"Math": 90, "Art": 75}`)."""
    for v in args.values():
        if isinstance(v, dict) and v:
            v = list(v.values())
        if isinstance(v, list) and v and all(num(x) is not None for x in v):
            return [n for x in v if (n := num(x)) is not None]
    return []


def rate_of(r: float) -> float:
    """A rate as a fraction: 5 and 0.05 both mean five percent."""
    return r / 100 if r > 1 else r


def pos(*xs: float | None) -> bool:
    """Every value given and above zero."""
    return all(x is not None and x > 0 for x in xs)
