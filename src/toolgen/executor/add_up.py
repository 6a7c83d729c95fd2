"""Figures that add up: an order's, cart's, invoice's or booking's money follows from its
lines, and a conversion's result from its amount and rate.

`add_up(output)` runs once on a finished answer (after every field is generated and
settled, so the answer text that reads the output repeats sums that hold). Per object:

- an item's `line_total` is its unit price x quantity;
- `subtotal` is the sum of the item lines (a line total, else price x quantity);
- the grand total (`total` with cents or as money, `total_price`, `grand_total`...) is
  that sum plus tax, shipping and fees, less a discount, when the object has them;
- a conversion's converted amount is amount x rate, unless it already is amount / rate.

Money may be a number or `{"amount": ...}` / `{"value": ...}`; a figure keeps its form, and
an item's money is in the currency its object's total states.
A whole `total` is a count of results and stays. Items without a price, or a quantity
that is not a number, leave the object alone. In place, deterministic.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.exchange import PER_USD
from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key

_ITEM_LISTS = frozenset({"items", "line_items", "order_items", "cart_items", "lines",
                         "products", "basket_items", "entries"})
_UNIT = ("unit_price", "price", "price_each", "unit_cost", "unit_amount", "amount")
_QUANTITY = ("quantity", "qty")
_LINE = ("line_total", "total", "total_price", "subtotal")
_SUBTOTAL = ("subtotal", "sub_total", "items_total")
_GRAND = ("total", "total_price", "total_amount", "grand_total", "order_total", "amount_due",
          "total_due", "total_cost", "total_charged")
_ADDED = ("tax", "tax_amount", "taxes", "vat", "shipping", "shipping_cost", "shipping_fee",
          "delivery_fee", "service_fee", "fees", "handling_fee")
_TAKEN = ("discount", "discount_amount", "discount_total", "promo_discount")
_RATE = ("rate", "exchange_rate", "conversion_rate", "fx_rate")
_AMOUNT = ("amount", "from_amount", "source_amount")
_CONVERTED = ("converted_amount", "converted", "to_amount", "converted_value", "result")
_CURRENCY_KEYS = ("from", "to", "from_currency", "to_currency", "base", "target",
                  "base_currency", "target_currency", "source_currency", "currency")


def add_up(value: Any) -> None:
    """Make the figures of every object of `value` add up (see module doc), in place."""
    for obj in objects_in(value):
        _object(obj)


_MAX_SHAPES = 65536
# Key tuple -> normalised name -> key, or None when no rule can apply: objects of one
# schema share the answer, so most objects cost one lookup.
_SHAPES: dict[tuple[str, ...], dict[str, str] | None] = {}


def _keys(obj: dict[str, Any]) -> dict[str, str] | None:
    shape = tuple(obj)
    if shape not in _SHAPES:
        if len(_SHAPES) >= _MAX_SHAPES:
            _SHAPES.clear()
        keys = {normalize_key(k): k for k in shape}
        wanted = any(n in keys for n in _RATE) or not _ITEM_LISTS.isdisjoint(keys)
        _SHAPES[shape] = keys if wanted else None
    return _SHAPES[shape]


def _object(obj: dict[str, Any]) -> None:
    keys = _keys(obj)
    if keys is None:
        return
    if any(n in keys for n in _RATE):
        _convert(obj, keys)
    items = next((obj[keys[n]] for n in keys if n in _ITEM_LISTS
                  and isinstance(obj[keys[n]], list) and obj[keys[n]]), None)
    if items is None:
        return
    lines = _lines(items)
    if lines is None or lines <= 0:
        return
    _items_in(items, _total_currency(obj, keys))
    sub_key = next((keys[n] for n in _SUBTOTAL if n in keys), None)
    if sub_key is not None:
        _set_money(obj, sub_key, lines)
    extra = sum(_money(obj[keys[n]]) or 0.0 for n in _ADDED if n in keys) - sum(
        _money(obj[keys[n]]) or 0.0 for n in _TAKEN if n in keys)
    grand = round(lines + extra, 2)
    for n in _GRAND:
        key = keys.get(n)
        if key is not None and key != sub_key and _is_money_total(n, obj[key]):
            _set_money(obj, key, grand if grand > 0 else lines)


def _total_currency(obj: dict[str, Any], keys: dict[str, str]) -> str | None:
    """The currency the object's total is stated in (`{"amount", "currency"}`), or None."""
    for n in (*_GRAND, *_SUBTOTAL):
        value = obj.get(keys[n]) if n in keys else None
        if isinstance(value, dict) and isinstance(value.get("currency"), str):
            return str(value["currency"])
    return None


def _items_in(items: list[Any], currency: str | None) -> None:
    """The lines of a total are in its currency: a total of 144.05 AUD over items priced
    in EUR that add up to 144.05 (bundled seed 31 #30) reads as two prices of one order."""
    if currency is None:
        return
    for item in items:
        for value in item.values():
            if isinstance(value, dict) and isinstance(value.get("currency"), str) and (
                    value["currency"] != currency) and _money(value) is not None:
                value["currency"] = currency


def _lines(items: list[Any]) -> float | None:
    """The sum of the item lines, each line total made unit price x quantity; None when
    an item has no price or no numeric quantity."""
    total = 0.0
    for item in items:
        if not isinstance(item, dict):
            return None
        keys = {normalize_key(k): k for k in item}
        unit = next((m for n in _UNIT if n in keys
                     and (m := _money(item[keys[n]])) is not None), None)
        qty_key = next((keys[n] for n in _QUANTITY if n in keys), None)
        qty = item[qty_key] if qty_key is not None else 1
        if not isinstance(qty, (int, float)) or isinstance(qty, bool):
            return None
        line_key = next((keys[n] for n in _LINE if n in keys
                         and _money(item[keys[n]]) is not None), None)
        if unit is not None:
            line = round(unit * qty, 2)
            if line_key is not None and line_key != keys.get("amount"):
                _set_money(item, line_key, line)
        elif line_key is not None:
            line = _money(item[line_key]) or 0.0
        else:
            return None
        total += line
    return round(total, 2)


def _convert(obj: dict[str, Any], keys: dict[str, str]) -> None:
    rate = next((obj[keys[n]] for n in _RATE if n in keys), None)
    amount = next((m for n in _AMOUNT if n in keys
                   and (m := _money(obj[keys[n]])) is not None), None)
    conv_key = next((keys[n] for n in _CONVERTED if n in keys
                     and _money(obj[keys[n]]) is not None), None)
    if not isinstance(rate, (int, float)) or isinstance(rate, bool) or rate <= 0 or \
            amount is None or conv_key is None:
        return
    if normalize_key(conv_key) == "result" and not _names_currency(obj, keys):
        return  # an interest or tax calculator's result is not a conversion
    converted = _money(obj[conv_key]) or 0.0
    if _near(converted, amount * rate) or _near(converted, amount / rate):
        return
    _set_money(obj, conv_key, round(amount * rate, 2))


def _names_currency(obj: dict[str, Any], keys: dict[str, str]) -> bool:
    return any(isinstance(v := obj[keys[n]], str) and v.upper() in PER_USD
               for n in _CURRENCY_KEYS if n in keys)


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.01, 0.005 * abs(b))


def _is_money_total(name: str, value: Any) -> bool:
    """A `total` beside a list is money only as a float or `{amount}`; a whole number
    counts results. The other total names are money whatever their form."""
    if name != "total":
        return _money(value) is not None
    return isinstance(value, (dict, float)) and _money(value) is not None


def _money(value: Any) -> float | None:
    if isinstance(value, dict):
        value = value.get("amount", value.get("value"))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


def _set_money(obj: dict[str, Any], key: str, amount: float) -> None:
    """`obj[key]` set to `amount`, in the form it had (number or `{amount}` / `{value}`)."""
    value = obj[key]
    if isinstance(value, dict):
        inner = "amount" if "amount" in value else "value"
        if isinstance(value.get(inner), (int, float)) and not isinstance(value[inner], bool):
            value[inner] = amount
    elif isinstance(value, int) and not isinstance(value, bool):
        obj[key] = round(amount)
    elif isinstance(value, float):
        obj[key] = amount
