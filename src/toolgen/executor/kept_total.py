"""A record read again states the total it was made or listed with.

Bundled seed 7: a checkout made order `ord_0392` for 85.9 EUR, and `get_order` on it
listed items adding up to 175.28 with that total; a list of orders showed `ord_0745` at
192.34 and its details at 95.7. The details call drew its items afresh and the total
followed them. `learn_totals(state, output, writes)` remembers the total each result
states for an id (the first one, or the latest for a call that writes); `keep_total(state,
output, ident)` puts the remembered total of the id read back and scales the item prices
to it, so the items still add up. In place, deterministic.
"""

from __future__ import annotations

import copy
from typing import Any

from toolgen.executor.objects import objects_in
from toolgen.executor.state import SessionState
from toolgen.executor.values import normalize_key

_TOTALS = ("total", "total_price", "total_amount", "order_total", "grand_total")
_PRICES = ("price", "unit_price", "amount")
_QUANTITY = ("quantity", "qty", "count")
_TOTAL_KEYS = frozenset(_TOTALS)  # an object holding none states no total


def learn_totals(state: SessionState, output: Any, writes: bool) -> None:
    """Remember the total each object of `output` states for its own id."""
    for node in objects_in(output):
        if _TOTAL_KEYS.isdisjoint(node):
            continue
        key = next((k for k in _TOTALS if _amount(node.get(k)) is not None), None)
        ident = _own_id(node) if key is not None else None
        if ident is not None and key is not None and (writes or ident not in state.totals):
            state.totals[ident] = copy.deepcopy(node[key])


def keep_total(state: SessionState, output: Any, ident: Any) -> None:
    """A read of `ident` states its remembered total; its items' prices follow."""
    remembered = state.totals.get(ident) if ident is not None else None
    if not isinstance(output, dict) or remembered is None or _own_id(output) != ident:
        return
    key = next((k for k in _TOTALS if _amount(output.get(k)) is not None), None)
    if key is None:
        return
    known = _amount(remembered)
    shown = _amount(output[key])
    if known is None or shown is None or abs(known - shown) <= 0.01:
        return
    if isinstance(remembered, dict) != isinstance(output[key], dict) or (
            _currency(remembered) != _currency(output[key])):
        return
    items = [i for v in output.values() if isinstance(v, list) for i in v
             if isinstance(i, dict) and _price_key(i) is not None]
    lines = sum(_line(i) for i in items)
    output[key] = copy.deepcopy(remembered)
    if lines <= 0:
        return
    factor = known / lines
    for item in items:
        price_key = _price_key(item)
        assert price_key is not None
        value = _amount(item[price_key])
        assert value is not None
        _set(item, price_key, round(value * factor, 2))


def _own_id(obj: dict[str, Any]) -> Any:
    for key, value in obj.items():
        nk = normalize_key(key)
        if (nk == "id" or nk.endswith("_id")) and isinstance(value, str | int) and (
                not isinstance(value, bool)):
            return value
    return None


def _line(item: dict[str, Any]) -> float:
    key = _price_key(item)
    price = _amount(item[key]) if key is not None else None
    quantity = next((q for k in _QUANTITY if isinstance(q := item.get(k), int)
                     and not isinstance(q, bool)), 1)
    return (price or 0.0) * quantity


def _price_key(item: dict[str, Any]) -> str | None:
    return next((k for k in _PRICES if _amount(item.get(k)) is not None), None)


def _amount(value: Any) -> float | None:
    if isinstance(value, dict):
        value = value.get("amount")
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    return None


def _currency(value: Any) -> Any:
    return value.get("currency") if isinstance(value, dict) else None


def _set(item: dict[str, Any], key: str, amount: float) -> None:
    if isinstance(item[key], dict):
        item[key]["amount"] = amount
    else:
        item[key] = amount
