"""Figures of one object that do not add up.

A reviewer checks the sums a record shows: an order whose items cost 21.84 + 31.68 +
406.16 + 50.97 with a total of 98.6, a cart whose lines come to 253.7 with a subtotal of
90.6, a line of 5 at 16.64 each whose line total is 83.2 and 12.0 elsewhere, 622.4 EUR
converted at 0.8587 into 612 GBP. An answer that repeats such a figure reports maths that
does not follow from the outputs. Kind `sum_mismatch`.

Read per object of a tool output:

- `subtotal` against the sum of its items' line totals (or price x quantity), within 1 %;
- `total` against the same sum: a total under half of it or over twice it (plus 100)
  is no discount, tax or shipping;
- an item's `line_total` against its unit price x quantity, within 1 %;
- a conversion's converted amount against amount x rate, within 2 %;
- a price's text (`formattedAmount`, `display_price`) against the one figure beside it
  (`value`, `amount`, `price`), within 1 %;
- a lowest price (`min_price`, `price_from`) of an object, or of one it holds, above the
  cheapest of the priced objects it lists (an event "from 72.8" whose one section costs
  36.5).

Money is read as a number or as `{"amount": ...}`. Objects whose items have no price,
or a quantity that is not a number, are left alone.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.price_text import read_price
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_objects, key_tokens
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "sums"

_ITEM_LISTS = ("items", "line_items", "lines", "products", "order_items", "cart_items")
_UNIT = ("unit_price", "price", "price_each")
_CONVERTED = ("converted", "converted_amount", "result")
_FIGURES = frozenset({"value", "amount", "price"})
_PRICE_TEXT = frozenset({"formatted", "display", "string", "text"})
_MONEY = frozenset({"amount", "price", "value", "total"})
_LOWEST = ("min_price", "lowest_price", "price_from", "from_price", "starting_price")


def money(value: Any) -> float | None:
    """A number, or the amount of `{"amount": ...}`; None for anything else."""
    if isinstance(value, dict):
        value = value.get("amount")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


def _unit(item: dict[str, Any]) -> float | None:
    return next((p for key in _UNIT if (p := money(item.get(key))) is not None), None)


def _quantity(item: dict[str, Any]) -> float | None:
    q = item.get("quantity", item.get("qty", 1))
    return float(q) if isinstance(q, int | float) and not isinstance(q, bool) else None


def _line(item: dict[str, Any]) -> tuple[float | None, str | None]:
    """(the item's line amount, why its own line total is wrong or None)."""
    unit, qty = _unit(item), _quantity(item)
    line = money(item.get("line_total"))
    if line is not None and unit is not None and qty is not None and "line_total" in item \
            and unit != line and not _near(line, unit * qty, 0.01):
        return line, f"line_total {line:g} is not {qty:g} x {unit:g}"
    if line is not None:
        return line, None
    if unit is None or qty is None:
        return None, None
    return unit * qty, None


def _near(a: float, b: float, share: float) -> bool:
    return abs(a - b) <= max(0.02, share * abs(b))


def _items_sum(items: list[Any]) -> tuple[float | None, str | None]:
    total = 0.0
    for item in items:
        if not isinstance(item, dict):
            return None, None
        line, wrong = _line(item)
        if wrong:
            return None, wrong
        if line is None:
            return None, None
        total += line
    return total, None


def _conversion(obj: dict[str, Any]) -> str | None:
    rate = obj.get("rate")
    if isinstance(rate, bool) or not isinstance(rate, int | float) or rate <= 0:
        return None  # most objects have no rate: the figures are read only beside one
    amount = money(obj.get("amount"))
    converted = next((c for key in _CONVERTED if (c := money(obj.get(key))) is not None), None)
    if amount is None or converted is None:
        return None
    if _near(converted, amount * rate, 0.02) or _near(converted, amount / rate, 0.02):
        return None
    return f"{amount:g} at rate {rate:g} is not {converted:g}"


def _grand_total(obj: dict[str, Any]) -> float | None:
    """The object's total as money: `{"amount": ...}`, a `total_price`-like key, or a
    `total` with cents (a whole `total` beside a list is how many results there are)."""
    for key in ("total_price", "total_amount", "grand_total", "order_total"):
        if (m := money(obj.get(key))) is not None:
            return m
    value = obj.get("total")
    if isinstance(value, dict) or (isinstance(value, float) and not value.is_integer()):
        return money(value)
    return None


def _price_text(obj: dict[str, Any]) -> str | None:
    figures = [v for k, v in obj.items() if k.lower() in _FIGURES
               and isinstance(v, (int, float)) and not isinstance(v, bool)]
    if len(figures) != 1:
        return None
    for key, text in obj.items():
        words = set(key_tokens(key))
        if not isinstance(text, str) or not (
                words == {"formatted"} or (_PRICE_TEXT & words and _MONEY & words)):
            continue
        read = read_price(text)
        if read is not None and not _near(read[0], float(figures[0]), 0.01):
            return f"{key} {text!r} but the figure beside it is {figures[0]:g}"
    return None


def _above_listed(obj: dict[str, Any]) -> str | None:
    listed = [m for v in obj.values() if isinstance(v, list)
              and all(isinstance(x, dict) for x in v)
              for x in v if (m := money(x.get("price"))) is not None]
    if not listed:
        return None
    holders = [obj, *(v for v in obj.values() if isinstance(v, dict))]
    for holder in holders:
        for key in _LOWEST:
            lowest = money(holder.get(key))
            if lowest is not None and lowest > min(listed) * 1.01 + 0.01:
                return f"{key} {lowest:g} but the cheapest listed price is {min(listed):g}"
    return None


def reason(obj: dict[str, Any]) -> str | None:
    """Why the figures of `obj` do not add up, or None."""
    why = _conversion(obj) or _price_text(obj) or _above_listed(obj)
    if why:
        return why
    items = next((v for key in _ITEM_LISTS if isinstance(v := obj.get(key), list) and v),
                 None)
    if items is None:
        return None
    total, wrong = _items_sum(items)
    if wrong:
        return wrong
    if total is None or total <= 0:
        return None
    sub = money(obj.get("subtotal"))
    if sub is not None:
        return None if _near(sub, total, 0.01) else \
            f"subtotal {sub:g} but the items come to {total:.2f}"
    grand = _grand_total(obj)
    if grand is not None and not 0.5 * total <= grand <= 2 * total + 100:
        return f"total {grand:g} but the items come to {total:.2f}"
    return None



# A conversion needs an `amount`, a sum a list of items, a price text its name: an output
# with none of these keys adds nothing up.
GATE = output_keys_gate(lambda key: key == "amount" or key in _ITEM_LISTS or key in _LOWEST
                        or "formatted" in key.lower() or "display" in key.lower())


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    return [finding(NAME, "sum_mismatch", at, f"{step.function_name}: {why}")
            for step, at, why in answered_objects(view, reason)]
