"""A "from" price is the least of the prices listed beside it: an event `min_price` of
72.8 EUR whose only section costs 36.5 reads as two answers about one event.

`lowest_listed(output)` finds each object holding a lowest price (`min_price`,
`lowest_price`, `price_from`, `starting_price`...) and the list of priced objects (the
sections, tickets, rooms, offers) held by that object or by the object holding it. When
the cheapest listed price is below the stated lowest, every listed price moves up by the
difference: the lowest stays what an earlier call may have shown (a search lists the
event's `min_price`), and the cheapest section now costs exactly that. A listed price above
the lowest is left alone (a cheaper section may be sold out). Money is a number or
`{"amount": ...}` / `{"value": ...}` and keeps its form. In place, deterministic, draws
nothing; runs before `add_up`, so totals follow the prices shown.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.objects import key_names
from toolgen.executor.values import normalize_key

_LOWEST = frozenset({"min_price", "lowest_price", "price_from", "from_price",
                     "starting_price", "starting_from", "starts_from", "minimum_price"})
_PRICE = ("price", "unit_price", "price_per_ticket", "ticket_price")
_FIGURE = ("amount", "value")


def lowest_listed(output: Any) -> None:
    """Every stated lowest price is at most the prices listed beside it (module doc)."""
    _walk(output, None)


def _walk(node: Any, parent: dict[str, Any] | None) -> None:
    if isinstance(node, list):
        for item in node:
            _walk(item, parent)
        return
    if not isinstance(node, dict):
        return
    key = None if _LOWEST.isdisjoint(key_names(node)) else next(
        (k for k in node if normalize_key(k) in _LOWEST), None)
    if key is not None:
        lowest = _figure(node[key])
        if lowest is not None:
            _lift(_priced_lists(node) or (_priced_lists(parent) if parent else []), lowest)
    for value in node.values():
        if isinstance(value, (dict, list)):
            _walk(value, node)


def _priced_lists(obj: dict[str, Any]) -> list[dict[str, Any]]:
    """The objects of `obj`'s lists whose every object states a price."""
    out: list[dict[str, Any]] = []
    for value in obj.values():
        if (isinstance(value, list) and value
                and all(isinstance(x, dict) and _price_key(x) for x in value)):
            out += value
    return out


def _price_key(obj: dict[str, Any]) -> str | None:
    return next((k for k in _PRICE if _figure(obj.get(k)) is not None), None)


def _figure(value: Any) -> float | None:
    if isinstance(value, dict):
        value = next((value[k] for k in _FIGURE if k in value), None)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _lift(items: list[dict[str, Any]], lowest: float) -> None:
    if not items:
        return
    prices = [_figure(item[_price_key(item) or ""]) or 0.0 for item in items]
    gap = lowest - min(prices)
    if gap <= 0.005:
        return
    for item, price in zip(items, prices, strict=True):
        _set(item, _price_key(item) or "", round(price + gap, 2))


def _set(obj: dict[str, Any], key: str, amount: float) -> None:
    value = obj[key]
    if isinstance(value, dict):
        inner = next(k for k in _FIGURE if k in value)
        value[inner] = round(amount) if isinstance(value[inner], int) else amount
    else:
        obj[key] = round(amount) if isinstance(value, int) else amount
