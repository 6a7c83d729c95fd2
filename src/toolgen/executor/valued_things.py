"""What an estimate prices costs what such a thing costs: a house is no 54.01.

A house price predicted for 3 bedrooms in Warsaw came to 54.01, and a 10-ft bronze
sculpture to 19.26 (BFCL seed 59 #6, #3): a calculator's figure is drawn from one range
whatever it prices. `valued_finish(words)` returns, for an endpoint whose own words name
a costly thing (a house, a car, a sculpture...), a step that redraws a top-level price,
value or cost of the answer lying outside what such a thing costs, inside that range (a
house with more bedrooms or area costs more). Figures a call sent stay. In place;
deterministic for the call's random stream.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from typing import Any

Finish = Callable[[Any, dict[str, Any], random.Random], None]

# (words of the endpoint, low, high, whole: said without cents)
_THINGS: tuple[tuple[frozenset[str], float, float, bool], ...] = (
    (frozenset({"house", "property", "apartment", "condo", "realestate", "estate"}),
     90_000, 1_400_000, True),
    (frozenset({"car", "vehicle", "truck", "suv"}), 6_000, 90_000, True),
    (frozenset({"sculpture", "statue", "painting", "artwork"}), 600, 45_000, False),
    (frozenset({"boat", "yacht"}), 15_000, 900_000, True),
)
_PRICED = ("price", "value", "cost", "estimate", "valuation", "worth")
# An endpoint that prices the thing says so; one that rents it, or reads a chance of it
# (a poker "full house"), prices something else.
_PRICING = frozenset({"price", "prices", "pricing", "value", "valuation", "worth", "cost",
                      "estimate", "appraisal", "predict", "forecast", "calculate"})
_OTHER = frozenset({"rental", "rent", "rentals", "probability", "renovation",
                    "depreciation", "income", "tax", "insurance", "loan", "mortgage",
                    "emission", "emissions", "fuel", "mileage", "auction"})
_SIZES = ("bedrooms", "area", "size", "sqft", "square_feet", "rooms")


def valued_finish(words: Iterable[str]) -> Finish | None:
    """The step keeping a costly thing's estimate in its range, or None when the
    endpoint's words name no such thing."""
    own = {w.lower() for w in words}
    if not own & _PRICING or own & _OTHER:
        return None
    for names, lo, hi, whole in _THINGS:
        if own & names:
            return lambda output, args, rng: _fit(output, args, rng, lo, hi, whole)
    return None


def _fit(output: Any, args: dict[str, Any], rng: random.Random, lo: float, hi: float,
         whole: bool) -> None:
    if not isinstance(output, dict):
        return
    sent = {v for v in args.values() if isinstance(v, int | float)}
    for key, value in output.items():
        low = key.lower()
        if (isinstance(value, bool) or not isinstance(value, int | float) or value in sent
                or not low.endswith(_PRICED) or lo <= value <= hi):
            continue
        share = min(1.0, 0.25 + 0.15 * _scale(output, args))  # bigger costs more
        drawn = lo + (hi - lo) * share * (0.6 + 0.4 * rng.random())
        output[key] = int(round(drawn, -3)) if whole else round(drawn, 2)


def _scale(output: dict[str, Any], args: dict[str, Any]) -> float:
    """How big the thing is, 0 (unknown or small) to about 5."""
    for key in _SIZES:
        value = args.get(key, output.get(key))
        if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
            return min(5.0, value / 400 if value > 20 else value / 1.5)
    return 1.0
