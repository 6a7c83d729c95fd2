"""A cart's or order's line of a product read earlier costs that product's price times
its quantity.

Bundled seed 11: `get_product` showed an Eco Backpack at 84.00 EUR, and adding three of
it to the cart answered a line of 87.98. `add_up` makes a line's total its unit price x
quantity, but a line that states no unit price has nothing to multiply: the price is in
the earlier result. `priced_lines(state, output)` runs before `add_up`: each item of an
item list (`items`, `line_items`, `cart_items`...) naming an id whose unit price a result
stated (`paid_prices.learn_prices`) gets that price as its unit price, or, with none,
price x quantity as its line total; `add_up` then sums the lines. A line in another
currency than the price was stated in is left alone. In place, deterministic.

The other way round, `learn_lines(state, output)` remembers a line's unit price (its
total over its quantity) for the product it names, when none was known: 4 headphones
added to a cart for 91.30 were read next at 99.92 each (bundled seed 61 #4);
`paid_prices.read_at_known_price` then keeps the product near 22.83.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from toolgen.executor.objects import objects_in
from toolgen.executor.state import SessionState
from toolgen.executor.values import normalize_key

_ITEM_LISTS = ("items", "line_items", "order_items", "cart_items", "lines", "basket_items",
               "products")
_UNIT = ("unit_price", "price", "price_each", "unit_cost", "unit_amount")
_LINE = ("line_total", "total", "total_price", "subtotal", "amount")
_QUANTITY = ("quantity", "qty")

Money = tuple[float, str | None]


def priced_lines(state: SessionState, output: Any) -> None:
    """Lines of products with a known price state it (module doc), in place."""
    if not state.prices:
        return
    for item in _lines(output):
        _line(state, item)


def learn_lines(state: SessionState, output: Any) -> None:
    """Each line's unit price, for the product it names when no price was known (module
    doc); after `add_up`, so the line's total is the one shown."""
    for item in _lines(output):
        _learn_line(state, item)


def _lines(output: Any) -> Iterator[dict[str, Any]]:
    """Every line (an object in an item list) of `output`."""
    for obj in objects_in(output):
        for name in _ITEM_LISTS:
            items = obj.get(name)
            if isinstance(items, list):
                yield from (item for item in items if isinstance(item, dict))


def _learn_line(state: SessionState, item: dict[str, Any]) -> None:
    ident = next((v for k, v in item.items() if _is_id(k, v)), None)
    if ident is None or (ident, "") in state.prices:
        return
    keys = {normalize_key(k): k for k in item}
    qty = _quantity(item, keys, None)
    line = next((m for n in _LINE if n in keys and (m := _money(item[keys[n]]))), None)
    if line is None or qty is None:
        return
    if any(n in keys for n in _UNIT):
        return  # a line stating its unit price is learnt as such (`learn_prices`)
    state.prices[(ident, "")] = (round(line[0] / qty, 2), line[1])


def _line(state: SessionState, item: dict[str, Any]) -> None:
    known = next((p for k, v in item.items() if _is_id(k, v)
                  and (p := state.prices.get((v, ""))) is not None), None)
    if known is None:
        return
    keys = {normalize_key(k): k for k in item}
    qty = _quantity(item, keys, 1)
    if qty is None:
        return
    unit_key = next((keys[n] for n in _UNIT if n in keys and _money(item[keys[n]])), None)
    if unit_key is not None:
        _set(item, unit_key, known[0], known[1])
        return
    line_key = next((keys[n] for n in _LINE if n in keys and _money(item[keys[n]])), None)
    if line_key is not None:
        _set(item, line_key, round(known[0] * qty, 2), known[1])


def _quantity(item: dict[str, Any], keys: dict[str, str], absent: int | None) -> int | None:
    """The line's quantity (`absent` when it states none), None when it is no count."""
    key = next((keys[n] for n in _QUANTITY if n in keys), None)
    qty = item[key] if key is not None else absent
    return qty if isinstance(qty, int) and not isinstance(qty, bool) and qty > 0 else None


def _is_id(key: str, value: Any) -> bool:
    nk = normalize_key(key)
    return (nk == "id" or nk.endswith("_id")) and isinstance(value, str | int) and (
        not isinstance(value, bool))


def _money(value: Any) -> Money | None:
    currency: Any = None
    if isinstance(value, dict):
        value, currency = value.get("amount"), value.get("currency")
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value), currency if isinstance(currency, str) else None
    return None


def _set(item: dict[str, Any], key: str, amount: float, currency: str | None) -> None:
    """`item[key]` becomes `amount` in the form it had; not when it states another
    currency than the price's."""
    value = item[key]
    if isinstance(value, dict):
        shown = value.get("currency")
        if isinstance(shown, str) and currency is not None and shown != currency:
            return
        value["amount"] = amount
    elif isinstance(value, int) and amount == int(amount):
        item[key] = int(amount)
    else:
        item[key] = amount
