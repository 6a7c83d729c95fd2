"""A hotel's rooms cost more the larger the room: a single below a double, a suite above.

Stayfinder's rooms of one hotel came back with the suite at 175.8 EUR a night, the single
at 198.8 and the double at 517.2 (bundled seed 113 #11): each price drawn on its own.
`tiered_rooms(output)` walks every list of room objects that name their type and price
(`room_type` and `price_per_night`, `price` or `rate`, a number or `{amount, currency}`)
and gives the list's prices, in their order of size, to its rooms in order of their
type (single, twin, double, queen, king, family, deluxe, junior suite, suite). A list
holding a type the ladder does not know, or prices in two currencies, is left as it is.
In place, deterministic.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.objects import objects_in
from toolgen.executor.price_scale import Money, money_at

# Room types from the cheapest to the dearest; an unknown type is left where it is.
_LADDER = ("single", "twin", "double", "queen", "king", "family", "deluxe", "junior suite",
           "suite", "penthouse")
_PRICES = ("price_per_night", "nightly_price", "price", "rate")


def tiered_rooms(output: Any) -> None:
    """Every list of rooms in `output` priced by the size of its rooms (module doc)."""
    for node in objects_in(output):
        for value in node.values():
            if isinstance(value, list) and len(value) > 1:
                _tiered(value)


def _tiered(items: list[Any]) -> None:
    priced: list[tuple[int, Money]] = []
    for item in items:
        if not isinstance(item, dict):
            return
        tier = _tier(item.get("room_type"))
        money = next((m for k in _PRICES if (m := money_at(item, k)) is not None), None)
        if tier is None or money is None:
            return
        priced.append((tier, money))
    if len({str(m.currency) for _, m in priced}) > 1:
        return
    amounts = sorted(m.amount for _, m in priced)
    for (_, money), amount in zip(sorted(priced, key=lambda p: p[0]), amounts, strict=True):
        money.holder[money.field] = amount


def _tier(room_type: Any) -> int | None:
    if not isinstance(room_type, str):
        return None
    low = room_type.lower().replace("_", " ")
    # the longest name first: a "junior suite" is no "suite"
    found = max((t for t in _LADDER if t in low), key=len, default=None)
    return _LADDER.index(found) if found is not None else None
