"""A refund gives back what was paid: the total an earlier call stated for the record.

Bundled seed 11: a checkout made `ord_3166` for 144.47 AUD and cancelling it refunded
155.98; an order read at 362.84 EUR was cancelled for a refund of 89.7. The cancel drew
its refund afresh. `refund_paid(state, output, target, sent, refunding)`: a call about
`target` (cancelling an order, a booking, a ticket order; refunding a payment) whose
answer states a refund (`refund`, `refund_amount`, `amount_refunded`...; or, on an
endpoint that refunds, its own `amount`) states the figure paid for `target`: the total a
result stated for it (`kept_total`), else the amount a payment was made or read for. A
refund of a part the user names (an amount sent) is that part, in the currency paid. A
refund of a record nothing priced before is what was paid for it: a later read states it
as its total. In place, deterministic.
"""

from __future__ import annotations

import copy
from typing import Any

from toolgen.executor.state import SessionState
from toolgen.executor.values import normalize_key

_REFUND_KEYS = ("refund", "refund_amount", "refunded_amount", "amount_refunded",
                "refund_total", "refunded", "total_refunded")
# a figure the user names: a part refund, never overwritten
_SENT_AMOUNT = frozenset({"amount", "refund_amount", "amount_to_refund", "partial_amount"})
# the fields a payment record states its money by
_PAID_KEYS = ("total", "amount", "total_amount", "amount_paid", "paid_amount")


def refund_paid(state: SessionState, output: Any, target: Any, sent: dict[str, Any],
                refunding: bool) -> None:
    """`output`'s refund states what was paid for `target` (module doc). `refunding`:
    the endpoint refunds (its own `amount` is the refund)."""
    if not isinstance(output, dict) or target is None or isinstance(target, float):
        return
    paid = _paid(state, target)  # first: most calls are about nothing paid for
    if paid is None:
        _remember_refunded(state, output, target)
        return
    part = _sent_amount(sent)
    if part is not None:
        # the part the user named, in what was paid: "a refund for 52.92" of a payment
        # came back as the whole 20630 (bundled seed 31 #150)
        paid = (part, paid[1])
    keys = {normalize_key(k): k for k in output}
    key = next((keys[n] for n in _REFUND_KEYS if n in keys
                and _amount(output[keys[n]]) is not None), None)
    if key is None and refunding and "amount" in keys and (
            _amount(output[keys["amount"]]) is not None):
        key = keys["amount"]
    if key is None:
        return
    amount, currency = paid
    value = output[key]
    if isinstance(value, dict):
        value["amount"] = amount
        if currency is not None and isinstance(value.get("currency"), str):
            value["currency"] = currency
    else:
        output[key] = amount if isinstance(value, float) or amount != int(amount) else int(
            amount)
        cur_key = keys.get("currency")
        if currency is not None and cur_key is not None and isinstance(output[cur_key], str):
            output[cur_key] = currency


def _remember_refunded(state: SessionState, output: dict[str, Any], target: Any) -> None:
    """A cancel that refunds a record nothing priced before states what was paid for it:
    a booking cancelled for a refund of 385.40 was read back at 372.60 (bundled seed 83
    #2). Its refund is remembered as the record's total (`kept_total`)."""
    keys = {normalize_key(k): k for k in output}
    key = next((keys[n] for n in _REFUND_KEYS if n in keys
                and _amount(output[keys[n]]) is not None), None)
    if key is not None:
        state.totals.setdefault(target, copy.deepcopy(output[key]))


def refunds(function_name: str) -> bool:
    """The endpoint refunds (`refund_payment`): its answer's own `amount` is the refund."""
    return "refund" in function_name.split("_for_", 1)[0].lower()


def _sent_amount(sent: dict[str, Any]) -> float | None:
    """The part of the payment the call names to refund, or None."""
    return next((a for k, v in sent.items() if normalize_key(k) in _SENT_AMOUNT
                 and (a := _amount(v)) is not None), None)


def _paid(state: SessionState, target: Any) -> tuple[float, str | None] | None:
    """(amount, currency) paid for `target`: its remembered total, else a payment's
    remembered amount."""
    total = state.totals.get(target)
    amount = _amount(total)
    if amount is not None:
        currency = total.get("currency") if isinstance(total, dict) else None
        return amount, currency if isinstance(currency, str) else None
    rec = state.store.get(target)
    if rec is None:
        return None
    for name in _PAID_KEYS:
        amount = _amount(rec.fields.get(name))
        if amount is not None:
            currency = rec.fields.get("currency")
            return amount, currency if isinstance(currency, str) else None
    return None


def _amount(value: Any) -> float | None:
    if isinstance(value, dict):
        value = value.get("amount", value.get("value"))
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    return None
