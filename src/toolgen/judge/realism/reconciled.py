"""Money that does not reconcile across calls: a refund above what was paid, a line that
is not the price read earlier times its quantity.

`sums` checks the figures inside one object; a reviewer also holds the earlier results
beside the later one. Bundled seed 11: a checkout made `ord_3166` for 144.47 AUD and
cancelling it refunded 155.98 (kind `refund_over_paid`); `get_product` showed a backpack
at 84.00 EUR and adding three of it to the cart gave a line of 87.98 (kind
`line_off_price`).

Read in call order: each object stating its own id and a total (`total`, `total_price`,
`amount`...) notes what was paid for that id, and one stating a unit price (`price`,
`unit_price`) notes its price. A later call about the id (sent as an id argument) whose
answer states a refund (`refund`, `refund_amount`, `amount_refunded`; a refunding
endpoint's own `amount`) more than 1 % above
the noted total is flagged; so is an item of an item list naming an id with a noted
price whose line total (`line_total`, `total_price`) is more than 2 % off price x
quantity. Amounts in another currency than the noted one are left alone; a refund the
user sent an amount for is theirs.
"""

from __future__ import annotations

from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import is_id_key, real_steps
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "reconciled"

_PAID = ("total", "total_price", "total_amount", "grand_total", "order_total", "amount")
_UNIT = ("price", "unit_price", "price_each")
_REFUND = ("refund", "refund_amount", "refunded_amount", "amount_refunded", "refund_total")
_LINE = ("line_total", "total_price", "line_amount")
_ITEMS = ("items", "line_items", "order_items", "cart_items", "lines", "basket_items")
_QUANTITY = ("quantity", "qty")
_SENT_AMOUNT = frozenset({"amount", "refund_amount", "amount_to_refund", "partial_amount"})

Money = tuple[float, str | None]


def GATE(view: RecordView) -> bool:
    """Only a record with two or more calls can fire."""
    return len(view.record.step_trace) > 1


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    paid: dict[str, Money] = {}
    prices: dict[str, Money] = {}
    for step in real_steps(view):
        if step.status != "ok" or step.call_id not in view.answer_at:
            continue
        output = view.output(step.call_id)
        args = view.arguments(step.call_id)
        if output is NOT_JSON or not isinstance(args, dict):
            continue
        at = view.answer_at[step.call_id]
        why = _refund_over(args, output, paid, _refunds(step.function_name)) if paid else None
        if why is not None:
            out.append(finding(NAME, "refund_over_paid", at, f"{step.function_name}: {why}"))
        objects = view.objects(step.call_id)
        why = _line_off(objects, prices) if prices else None
        if why is not None:
            out.append(finding(NAME, "line_off_price", at, f"{step.function_name}: {why}"))
        _learn(objects, paid, prices)
    return out


def _refunds(function_name: str) -> bool:
    """The endpoint refunds (`refund_payment`): its answer's own `amount` is the refund."""
    return "refund" in function_name.split("_for_", 1)[0].lower()


def _refund_over(args: dict[str, Any], output: Any, paid: dict[str, Money],
                 refunding: bool) -> str | None:
    if not isinstance(output, dict) or any(k in _SENT_AMOUNT for k in args):
        return None
    known = next((paid[str(v)] for k, v in args.items() if is_id_key(k)
                  and isinstance(v, str | int) and str(v) in paid), None)
    keys = (*_REFUND, "amount") if refunding else _REFUND
    refund = next((m for k in keys if (m := _money(output.get(k))) is not None), None)
    if known is None or refund is None or not _same_currency(known, refund):
        return None
    if refund[0] > known[0] * 1.01 + 0.01:
        return f"refund {refund[0]:g} is more than the {known[0]:g} paid"
    return None


def _line_off(objects: list[tuple[str, dict[str, Any]]],
              prices: dict[str, Money]) -> str | None:
    for _, obj in objects:
        for name in _ITEMS:
            items = obj.get(name)
            if not isinstance(items, list):
                continue
            for item in items:
                why = _item_off(item, prices) if isinstance(item, dict) else None
                if why is not None:
                    return why
    return None


def _item_off(item: dict[str, Any], prices: dict[str, Money]) -> str | None:
    ident = next((str(v) for k, v in item.items() if is_id_key(str(k))
                  and isinstance(v, str | int) and str(v) in prices), None)
    qty = next((item[k] for k in _QUANTITY if k in item), 1)
    line = next((m for k in _LINE if (m := _money(item.get(k))) is not None), None)
    if ident is None or line is None or not isinstance(qty, int) or isinstance(qty, bool) \
            or qty <= 0:
        return None
    unit = prices[ident]
    if not _same_currency(unit, line):
        return None
    expected = unit[0] * qty
    if abs(line[0] - expected) > 0.02 * expected + 0.01:
        return (f"line total {line[0]:g} of {ident} is not {qty} x the price {unit[0]:g} "
                "stated earlier")
    return None


def _learn(objects: list[tuple[str, dict[str, Any]]], paid: dict[str, Money],
           prices: dict[str, Money]) -> None:
    """Note the total and unit price each object states for its own id (the first)."""
    for holder, obj in objects:
        ident = next((str(v) for k, v in obj.items() if is_id_key(str(k))
                      and isinstance(v, str | int) and not isinstance(v, bool)), None)
        if ident is None:
            continue
        total = next((m for k in _PAID if (m := _money(obj.get(k))) is not None), None)
        if total is not None and holder not in _ITEMS and not any(k in obj for k in _REFUND):
            paid.setdefault(ident, total)  # a line's total is not what its product cost
        unit = next((m for k in _UNIT if (m := _money(obj.get(k))) is not None), None)
        if unit is not None and not any(k in obj for k in _QUANTITY):
            prices.setdefault(ident, unit)  # a line's price may be for its quantity


def _same_currency(a: Money, b: Money) -> bool:
    return not (a[1] and b[1] and a[1] != b[1])


def _money(value: Any) -> Money | None:
    currency: Any = None
    if isinstance(value, dict):
        value, currency = value.get("amount"), value.get("currency")
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value), currency if isinstance(currency, str) else None
    return None
