"""Totals: an order's total is the sum of its line items (price x quantity).

Only when every item of the item list has a price (a number, or `{amount}` / `{value}`);
the total keeps its own type (integer, float or money object). In place, deterministic.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.values import normalize_key

_ITEM_LISTS = frozenset({"items", "line_items", "order_items", "cart_items", "lines",
                         "products"})
_TOTALS = ("total", "subtotal", "total_price", "total_amount", "order_total")
# Normalised keys that make the total rule worth running.
TOTAL_KEYS = frozenset(_TOTALS)


def _line_value(item: Any) -> float | None:
    if not isinstance(item, dict):
        return None
    price = None
    qty: Any = 1
    for k, v in item.items():
        nk = normalize_key(k)
        if nk in ("price", "unit_price", "amount") and isinstance(v, (int, float)):
            price = v
        elif nk in ("price", "unit_price") and isinstance(v, dict):
            amount = v.get("amount", v.get("value"))
            if isinstance(amount, (int, float)):
                price = amount
        elif nk in ("quantity", "qty") and isinstance(v, int):
            qty = v
    if price is None or isinstance(price, bool):
        return None
    return float(price) * (qty if not isinstance(qty, bool) else 1)


def sum_totals(obj: dict[str, Any]) -> None:
    """The first total of `obj` set to the sum of its item list."""
    items = next((v for k, v in obj.items() if normalize_key(k) in _ITEM_LISTS
                  and isinstance(v, list) and v), None)
    if items is None:
        return
    values = [_line_value(i) for i in items]
    if any(v is None for v in values):
        return
    total = round(sum(v for v in values if v is not None), 2)
    for k, v in obj.items():
        if normalize_key(k) in _TOTALS:
            if isinstance(v, float) or (isinstance(v, int) and not isinstance(v, bool)):
                obj[k] = total if isinstance(v, float) else round(total)
            elif isinstance(v, dict):
                for kk, vv in v.items():
                    if normalize_key(kk) in ("amount", "value") and isinstance(vv, (int, float)):
                        v[kk] = total
            break
