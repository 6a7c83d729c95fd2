"""A checkout that charges another sum than the cart it checks out.

Bundled seed 13 #171: `add_to_cart` answered a cart of four lines, subtotal 368.59 EUR,
and `checkout(cart_id="crt_716", ...)` answered "paid" for 97.17 EUR (on main, 528.1
BRL). A reviewer holds the charge against the cart. Kind `checkout_off_cart`: a call
sending the id of a cart whose subtotal (or total) an earlier answer showed, answering
something else than that cart (an order, a payment), with a total in the same currency
under the cart's figure or above it by more than half (shipping, tax and fees stay well
under that).
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.values import id_entity
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_calls, normal_key
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "cart_checkout"

_CART = frozenset({"cart", "basket", "shopping_cart"})
_HELD = ("subtotal", "sub_total", "total", "total_price", "total_amount")
_TOTAL = frozenset({"total", "total_price", "total_amount", "amount_total", "grand_total",
                    "amount_due", "order_total"})

Money = tuple[float, str | None]


def _money(value: Any) -> Money | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return (float(value), None) if value > 0 else None
    if isinstance(value, dict):
        amount, currency = value.get("amount"), value.get("currency")
        if isinstance(amount, int | float) and not isinstance(amount, bool) and amount > 0:
            return float(amount), currency if isinstance(currency, str) else None
    return None


def _carts(doc: Any) -> list[tuple[str, Money]]:
    """(cart id, the figure shown for it) of an answer showing a cart at its top."""
    if not isinstance(doc, dict):
        return []
    for key, value in doc.items():
        if id_entity(key) in _CART and isinstance(value, str | int):
            held = next((m for k in _HELD if (m := _money(doc.get(k))) is not None), None)
            return [(str(value), held)] if held is not None else []
    return []


def reason(cart: Money, total: Money) -> str | None:
    """Why `total` cannot be the charge of a cart shown at `cart`, or None."""
    if cart[1] is not None and total[1] is not None and cart[1] != total[1]:
        return None  # another currency: `one_currency` reads that
    if cart[0] * 0.98 <= total[0] <= cart[0] * 1.5:
        return None
    unit = f" {cart[1]}" if cart[1] else ""
    return f"the cart was at {cart[0]:g}{unit} and its checkout charged {total[0]:g}{unit}"


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    shown: dict[str, Money] = {}
    for step, args, at in answered_calls(view):
        doc = view.output(step.call_id)
        sent = [str(v) for k, v in args.items() if id_entity(k) in _CART
                and isinstance(v, str | int) and str(v) in shown]
        if sent and isinstance(doc, dict) and not _carts(doc):
            total = next((m for k, v in doc.items() if normal_key(k) in _TOTAL
                          and (m := _money(v)) is not None), None)
            why = reason(shown[sent[0]], total) if total is not None else None
            if why:
                out.append(finding(NAME, "checkout_off_cart", at, why))
        for ident, money in _carts(doc):
            shown[ident] = money
    return out


GATE = output_keys_gate(lambda key: id_entity(key) in _CART)
