"""One cart, order or booking priced in two currencies in one conversation.

Bundled seed 21 #10: `add_to_cart(cart_id="crt_2ea2b9")` answered a subtotal of 81.7 EUR
and `checkout(cart_id="crt_2ea2b9", shipping_address="..., Zurich, Switzerland")` charged
80.54 CHF: a cart is priced in one currency, in all its reads and at its checkout. Kind
`record_two_currencies`: a record of money (a cart, order, purchase, booking, invoice,
payment...) that one call answers in one currency and a later call answers in another.
A call is about the records whose ids it sends and the ones its answer's top object
names by id; it is read only when it sends no currency (a conversion asks for another
one) and its answer holds exactly one currency.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.shipped_to import PRICED
from toolgen.executor.values import id_entity
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_calls, normal_key
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "one_currency"

_CURRENCY = frozenset({"currency", "currency_code", "currencycode"})


def _currencies(objects: list[tuple[str, dict[str, Any]]]) -> set[str]:
    return {v.upper() for _, obj in objects for k, v in obj.items()
            if isinstance(v, str) and len(v) == 3 and v.isalpha()
            and normal_key(k) in _CURRENCY}


def _record_ids(holder: Any) -> list[tuple[str, str]]:
    """(entity, id) of the priced records a dict of arguments or an answer names."""
    if not isinstance(holder, dict):
        return []
    found = []
    for key, value in holder.items():
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value):
            entity = id_entity(key)
            if entity in PRICED:
                found.append((entity, str(value)))
    return found


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    seen: dict[tuple[str, str], str] = {}
    for step, args, at in answered_calls(view):
        if any("currenc" in normal_key(k) for k in args):
            continue
        codes = _currencies(view.objects(step.call_id))
        if len(codes) != 1:
            continue
        code = codes.pop()
        about = dict.fromkeys([*_record_ids(args), *_record_ids(view.output(step.call_id))])
        for entity, ident in about:
            before = seen.setdefault((entity, ident), code)
            if before != code:
                out.append(finding(NAME, "record_two_currencies", at,
                                   f"{entity} {ident} is in {before} and then in {code}"))
                break
    return out


GATE = output_keys_gate(lambda key: normal_key(key) in _CURRENCY)
