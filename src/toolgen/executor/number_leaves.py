"""Number leaves: one closure per numeric schema, on the scale of what the field measures.

A number is drawn by what its name, description and bounds say it is: a rating 3.0-5.0,
a port a service listens on, a year near a default of 2020, a price level "1 (cheap) to
4 (fine dining)" as a whole step, an unknown quantity at the magnitude of its default.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from toolgen.executor.gen_context import Ctx, Gen, pick
from toolgen.executor.leaves import id_gen
from toolgen.executor.magnitudes import kind_gen, scaled_gen
from toolgen.executor.number_codes import code_values
from toolgen.executor.payment_cards import cvv_number
from toolgen.executor.pools import PLACES
from toolgen.executor.semantic import (
    description_of,
    numeric_default,
    refine_number_kind,
    stated_range,
)
from toolgen.executor.values import normalize_key, number_kind

_EPOCH0 = 1735689600  # 2025-01-01T00:00:00Z
_PORTS = (25, 465, 587, 993, 443, 8080, 22, 3306)


def _a_step_of_a_scale(key: str, lo: float | None, hi: float | None) -> bool:
    """A price level, tier or grade "1 (cheap) to 4 (fine dining)" is a step: 2, never 2.38."""
    if lo is None or hi is None or not (lo.is_integer() and hi.is_integer()) or hi - lo > 10:
        return False
    return normalize_key(key).rsplit("_", 1)[-1] in _SCALE_STEPS


_SCALE_STEPS = frozenset({"level", "tier", "grade", "class", "scale", "priority", "stars"})


def number_gen(key: str, schema: dict[str, Any], entity: str, integer: bool,
               about: str = "") -> Gen:
    """A number for `key`; `about` (the endpoint's words) says what it measures."""
    kind = refine_number_kind(number_kind(key) if key else "number", schema)
    codes = code_values(key, schema) if kind == "number" and key else None
    if codes is not None and schema.get("minimum") is None and schema.get("maximum") is None:
        return pick(codes)  # a ticket's `source` is 2 (portal), never 867.08
    lo, hi = stated_range(schema)
    if kind == "rating" and hi is not None and hi > 10:
        kind = "number"  # a score out of 100 spans its scale, not the 1-5 of a star rating
    gen = id_gen(key, entity, True, None) if kind == "id" else _number_kind_gen(kind, integer)
    if lo is None and hi is None:
        known = kind_gen(key, f"{about} {description_of(schema)}", integer)
        if known is not None:
            return known  # what the endpoint says it measures beats a default's magnitude
        gen = scaled_gen(key, kind, integer) or gen
        base = numeric_default(schema)
        if kind == "number" and base is not None and _a_year(base):
            # a default of 2020 is a year: half to twice it drew "end=1876.96"
            lo, hi, integer = base - 6, min(base + 6, _LAST_YEAR), True
        elif kind == "number" and base is not None and base > 0:
            # Why: an unknown quantity is best guessed at the magnitude of its default.
            lo, hi = base * 0.5, base * 2
        else:
            return gen
    low = lo if lo is not None else (hi - 100 if hi is not None else 0.0)
    high = hi if hi is not None else low + 100
    if high < low:
        high = low
    whole = (integer or kind in ("rating", "count", "small_count", "bytes", "page", "limit",
                                 "offset",
                                 "year", "age", "month", "day", "hour")
             or _a_step_of_a_scale(key, lo, hi))

    def bounded(ctx: Ctx) -> Any:
        v = gen(ctx)
        if low <= v <= high:
            return v
        x = low + ctx.rand() * (high - low)
        if whole:
            return min(max(round(x), int(-(-low // 1))), int(high // 1))
        return round(x, 2)

    return bounded


_LAST_YEAR = 2026


def _a_year(value: float) -> bool:
    """A whole number a default gives as a year (2020), not an amount."""
    return float(value).is_integer() and 1900 <= value <= 2100


def _number_kind_gen(kind: str, integer: bool) -> Gen:
    def num(f: Callable[[Ctx], float], digits: int = 2) -> Gen:
        if integer:
            return lambda ctx: int(f(ctx))
        return lambda ctx: round(f(ctx), digits)

    if kind == "money":
        return num(lambda ctx: 10 ** (1 + ctx.rand() * 2))
    if kind == "tip":
        return num(lambda ctx: 1 + ctx.rand() * 11)
    if kind == "rating":
        if integer:
            return lambda ctx: 1 + int(ctx.rand() * 5)
        return lambda ctx: round(3.0 + ctx.rand() * 2.0, 1)
    if kind == "count":
        return lambda ctx: int(ctx.rand() * 500)
    if kind == "bytes":  # a file of a few kilobytes to some tens of megabytes
        return lambda ctx: int(10 ** (3.5 + ctx.rand() * 4))
    if kind == "small_count":
        return lambda ctx: 1 + int(ctx.rand() * 4)
    if kind == "year":
        return lambda ctx: 1990 + int(ctx.rand() * 36)
    if kind == "age":
        return lambda ctx: 18 + int(ctx.rand() * 60)
    if kind == "change":
        return num(lambda ctx: -8 + ctx.rand() * 16, 2)
    if kind == "month":
        return lambda ctx: 1 + int(ctx.rand() * 12)
    if kind == "cvv":  # a card's security code, three digits
        return cvv_number
    if kind == "port":  # a network port is one of the ports services listen on
        return pick(_PORTS)
    if kind == "day":
        return lambda ctx: 1 + int(ctx.rand() * 28)
    if kind == "hour":
        return lambda ctx: int(ctx.rand() * 24)
    if kind == "percent":
        return num(lambda ctx: ctx.rand() * 100, 1)
    if kind == "ratio":
        return num(lambda ctx: ctx.rand(), 2)
    if kind == "lat":
        return lambda ctx: (
            PLACES[ctx.place_index()][4] if not integer else int(PLACES[ctx.place_index()][4])
        )
    if kind == "lon":
        return lambda ctx: (
            PLACES[ctx.place_index()][5] if not integer else int(PLACES[ctx.place_index()][5])
        )
    if kind == "page":
        return lambda ctx: 1
    if kind == "limit":
        return lambda ctx: 10
    if kind == "offset":
        return lambda ctx: 0
    if kind == "duration":
        return lambda ctx: 5 + int(ctx.rand() * 175)
    if kind == "distance":
        return num(lambda ctx: 0.5 + ctx.rand() * 50, 1)
    if kind == "temperature":
        return num(lambda ctx: -5 + ctx.rand() * 40, 1)
    if kind == "epoch":
        return lambda ctx: _EPOCH0 + int(ctx.rand() * 45_000_000)
    if kind == "expires":
        return lambda ctx: 3600
    if kind == "population":
        return lambda ctx: 10_000 + int(ctx.rand() * 5_000_000)
    if kind == "measure":
        return num(lambda ctx: 1 + ctx.rand() * 99, 1)
    if kind == "http_code":
        return lambda ctx: 200
    if kind == "decimals":
        return lambda ctx: int(ctx.rand() * 5)
    if kind == "stops":
        return lambda ctx: int(ctx.rand() * 3)
    if kind == "zoom":
        return lambda ctx: 8 + int(ctx.rand() * 8)
    return num(lambda ctx: 1 + ctx.rand() * 999)
