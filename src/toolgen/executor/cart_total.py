"""A checkout of a known cart charges what the cart holds.

Bundled seed 13 #171: `add_to_cart` answered a cart of four lines with a subtotal of
368.59 EUR, and `checkout(cart_id="crt_716")` charged 97.17 EUR (before `shipped_to`, in
BRL): the checkout's total was drawn afresh. `cart_total(state, args, output)`: a call
that sends the id of a cart (or basket) the session holds with a subtotal (or total),
and answers something else than the cart itself (an order, a payment, a quote), states as
its total that figure plus the shipping, tax and fees its own answer shows, in the cart's
currency, and the order it made remembers it; `learn_cart(state, output)` keeps, for a
cart an answer shows, the figure it shows. A cart the session never read keeps its drawn
total. In place, deterministic (no draw).
"""

from __future__ import annotations

import copy
from typing import Any

from toolgen.executor.state import EntityRecord, SessionState
from toolgen.executor.values import id_entity, normalize_key

_CART = frozenset({"cart", "basket", "shopping_cart"})
_HELD = ("subtotal", "sub_total", "total", "total_price", "total_amount", "amount")
_TOTAL = ("total", "total_price", "total_amount", "amount_total", "grand_total", "amount_due",
          "order_total", "amount")
_EXTRA = frozenset({"shipping", "shipping_cost", "shipping_fee", "delivery_fee", "tax",
                    "taxes", "tax_amount", "fee", "fees", "service_fee", "handling_fee"})

Money = tuple[float, str | None]


def cart_total(state: SessionState, args: dict[str, Any], output: Any) -> None:
    """The checkout's total is the known cart's (module doc)."""
    if not isinstance(output, dict):
        return
    cart = _known_cart(state, args, output)
    held = _held(cart) if cart is not None else None
    key = next((k for k in output if normalize_key(k) in _TOTAL
                and _money(output[k]) is not None), None)
    if held is None or key is None:
        return
    amount, currency = held
    drawn = _money(output[key])
    assert drawn is not None
    if currency is not None and drawn[1] is not None and drawn[1] != currency:
        return  # a total in another currency than the cart's is another lane's question
    amount += sum(m[0] for k, v in output.items() if normalize_key(k) in _EXTRA
                  and (m := _money(v)) is not None and m[1] in (None, currency))
    _set(output, key, amount)
    made = next((state.store[v] for k, v in output.items() if id_entity(k) is not None
                 and isinstance(v, str) and v in state.store and v not in args.values()),
                None)
    if made is not None:  # the order as made is what a later read of it states
        made.remember(normalize_key(key), copy.deepcopy(output[key]), overwrite=True)


def learn_cart(state: SessionState, output: Any) -> None:
    """A cart the answer shows keeps the subtotal (or total) it shows: the figure its
    record was linked with may since have been settled (lines priced, added up)."""
    if not isinstance(output, dict):
        return
    for key, value in output.items():
        if id_entity(key) not in _CART or not isinstance(value, str | int):
            continue
        cart = state.store.get(value)
        held = next((k for k in output if normalize_key(k) in _HELD
                     and _money(output[k]) is not None), None)
        if cart is not None and held is not None:
            cart.remember(normalize_key(held), copy.deepcopy(output[held]), overwrite=True)
        return


def _known_cart(state: SessionState, args: dict[str, Any],
                output: dict[str, Any]) -> EntityRecord | None:
    """The known cart the call sends, unless the answer is that cart itself (an item
    removed: its total changes with it)."""
    for key, value in args.items():
        if (id_entity(key) in _CART and isinstance(value, str | int) and value in state.store
                and value not in output.values()):
            return state.store[value]
    return None


def _held(cart: EntityRecord) -> Money | None:
    return next((m for k in _HELD if (m := _money(cart.fields.get(k))) is not None), None)


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


def _set(obj: dict[str, Any], key: str, amount: float) -> None:
    old = obj[key]
    if isinstance(old, dict):
        old["amount"] = round(amount, 2)
    else:
        obj[key] = round(amount, 2)
