"""Calls that contradict the state earlier calls of the conversation left.

A reviewer follows what each call did: the card `mth_27902f` deleted at one step is not
charged at the next, the order `ord_e66d71` just cancelled gets no return, and money
already settled is not paid again - the 189.6 EUR refunded for a cancelled reservation,
the 23.5 EUR of a flight booked "ticketed", or one amount paid twice with two cards.

Kinds:

- `used_after_removal`: a successful call that changes something (its effect is a create,
  update or delete, or its name's first word is no read) is sent an id an earlier
  successful delete (a delete, cancel or refund: its trace's effect) was sent.
- `paid_again`: a successful payment (a create whose name says pay, payment or charge,
  not a payment method or card) is sent an amount that an earlier result states for a
  thing already settled (its status paid, ticketed, issued, completed, succeeded,
  captured, cancelled or refunded; confirmed only for a payment itself: a confirmed
  booking is not yet paid for) or that an earlier payment was sent.

- `total_restated`: one id's total (an object naming it as its own id, with a `total`)
  stated differently by a later successful result that changes nothing (its trace has no
  effect): order `ord_0392` made for 85.9 and read back at 175.28.

Reads of a removed thing stay (a cancelled booking can be looked up), and so do calls
that failed: a refusal is what a reviewer expects of them.
"""

from __future__ import annotations

from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import is_id_key, key_tokens, real_steps
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "state_order"

_READS = frozenset({"get", "list", "search", "find", "show", "view", "read", "fetch",
                    "retrieve", "lookup", "look", "check", "track", "describe", "query"})
_PAYS = frozenset({"pay", "payment", "payments", "charge", "charges"})
_NOT_PAYMENT = frozenset({"method", "methods", "card", "cards", "refund", "refunds",
                          "account", "accounts"})
_SETTLED = frozenset({"paid", "ticketed", "issued", "confirmed", "completed", "succeeded",
                      "captured", "cancelled", "canceled", "refunded", "settled"})
_PAYMENT_WORDS = frozenset({"payment", "charge", "transaction", "paid", "receipt"})
_AMOUNTS = frozenset({"amount", "total", "price", "sum", "value"})
_TOTALS = ("total", "total_price", "total_amount", "order_total", "grand_total")


def GATE(view: RecordView) -> bool:
    """Only a record of two calls or more can fire."""
    return len(view.record.step_trace) > 1


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    removed: dict[str, str] = {}  # id value -> the function that removed it
    settled: dict[float, str] = {}  # amount -> what settled it
    totals: dict[str, tuple[float, str]] = {}  # id -> (total, the function that stated it)
    for step in real_steps(view):
        if step.status != "ok" or step.call_id not in view.answer_at:
            continue
        at = view.answer_at[step.call_id]
        args = view.arguments(step.call_id)
        args = args if isinstance(args, dict) else {}
        ids = {str(v): k for k, v in args.items() if is_id_key(k) and isinstance(v, str | int)}
        if not _reads(step.function_name) or step.effect is not None:
            gone = next(((v, removed[v]) for v in ids if v in removed), None)
            if gone is not None:
                out.append(finding(NAME, "used_after_removal", at,
                                   f"{step.function_name} is sent {ids[gone[0]]}={gone[0]}, "
                                   f"which {gone[1]} removed earlier"))
        if _is_payment(step.function_name) and step.effect == "create":
            amount = _amount(args)
            if amount is not None and amount in settled:
                out.append(finding(NAME, "paid_again", at,
                                   f"{step.function_name} pays {amount:g}, which "
                                   f"{settled[amount]} already settled"))
            if amount is not None:
                settled.setdefault(amount, f"an earlier payment ({step.function_name})")
        if step.effect == "delete":
            for value in ids:
                removed.setdefault(value, step.function_name)
        output = view.output(step.call_id)
        if output is NOT_JSON:
            continue
        if not _is_payment(step.function_name):
            for amount, status in _settled_amounts(view.objects(step.call_id)):
                settled.setdefault(amount, f"{step.function_name} ({status})")
        for ident, total in _totals(view.objects(step.call_id)):
            earlier = totals.get(ident)
            if earlier is not None and step.effect is None and abs(earlier[0] - total) > 0.011:
                out.append(finding(NAME, "total_restated", at,
                                   f"{step.function_name} states {ident}'s total as "
                                   f"{total:g}; {earlier[1]} said {earlier[0]:g}"))
            if earlier is None or step.effect is not None:
                totals[ident] = (total, step.function_name)
    return out


def _totals(objects: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, float]]:
    """(own id, total) of each object of an output (`view.objects`) stating both."""
    found: list[tuple[str, float]] = []
    for _, obj in objects:
        ident = next((str(v) for k, v in obj.items() if is_id_key(str(k))
                      and isinstance(v, str | int) and not isinstance(v, bool)), None)
        total = next((n for k in _TOTALS if (n := _number(obj.get(k))) is not None), None)
        if ident is not None and len(ident) >= 4 and total is not None:
            found.append((ident, total))
    return found


def _words(function_name: str) -> list[str]:
    return key_tokens(function_name.split("_for_", 1)[0])


def _reads(function_name: str) -> bool:
    words = _words(function_name)
    return bool(words) and words[0] in _READS


def _is_payment(function_name: str) -> bool:
    words = set(_words(function_name))
    return bool(words & _PAYS) and not words & _NOT_PAYMENT


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, dict):
        return _number(value.get("amount"))
    return None


def _amount(args: dict[str, Any]) -> float | None:
    for key, value in args.items():
        if set(key_tokens(key)) & _AMOUNTS:
            number = _number(value)
            if number is not None and number > 0:
                return number
    return None


def _settled_amounts(objects: list[tuple[str, dict[str, Any]]]) -> list[tuple[float, str]]:
    """(amount, status) of each object of an output (`view.objects`) whose status says it
    is settled."""
    found: list[tuple[float, str]] = []
    for _, obj in objects:
        status = obj.get("status")
        if not isinstance(status, str) or status.lower() not in _SETTLED:
            continue
        if status.lower() == "confirmed" and not _is_payment_object(obj):
            continue  # a confirmed booking or order is not yet paid for
        for key, value in obj.items():
            if set(key_tokens(str(key))) & (_AMOUNTS | {"refund"}):
                number = _number(value)
                if number is not None and number > 0:
                    found.append((number, status.lower()))
    return found


def _is_payment_object(obj: dict[str, Any]) -> bool:
    """Whether `obj` is itself a payment (a key names a payment, charge or transaction)."""
    return any(set(key_tokens(str(k))) & _PAYMENT_WORDS for k in obj)
