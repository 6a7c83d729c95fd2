"""Money written out of its currency's scale.

BFCL seed 7 #163 booked thirteen nights in Seoul for 296.19 KRW: under a quarter of a
dollar, and in cents the won does not have. A reviewer reads the figure as a dollar
amount with another currency's code pasted beside it. Kind `off_currency_scale`: an
object of a result states a currency (`currency`, `currency_code`; `executor.
currency_scale`) and a money figure (`price`, `amount`, `total`, `cost`, `fare`...) that
is either worth under `_LEAST` dollars in a currency whose unit is small (the won, the
yen, the rupee: `_SMALL_UNIT` or more per dollar), or has a fraction in a currency with
no minor unit (ISO 4217: the yen, the won, the dong, the Chilean peso, the króna).
Left alone: a figure the call sent (the user's own), and quotes, conversions and market
prices (an object with a rate, a converted figure or a ticker, or held as `converted`),
whose decimals are the quote's own.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.currency_scale import is_money_key
from toolgen.executor.exchange import PER_USD
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_calls
from toolgen.judge.realism.values import _snake
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "money_scale"

_CURRENCY = frozenset({"currency", "currency_code", "currencycode"})
# What something costs in full (a fee, a tax or a tip may be small).
_PRICED = frozenset({"price", "amount", "total", "subtotal", "cost", "fare", "paid",
                     "balance"})
# ISO 4217 currencies with no minor unit.
_NO_MINOR = frozenset({"JPY", "KRW", "VND", "CLP", "ISK"})
_SMALL_UNIT = 20.0  # units per dollar from which a dollar-sized figure reads as absurd
_LEAST = 0.5  # dollars: less than any price, total or fare
# A quote, a conversion or a market price: its decimals are the quote's own.
_QUOTED = frozenset({"rate", "exchange_rate", "converted", "converted_amount", "symbol",
                     "ticker", "bid", "ask", "open", "close"})


def _code(obj: dict[str, Any]) -> str | None:
    code = next((v for k, v in obj.items() if _snake(k) in _CURRENCY and isinstance(v, str)),
                None)
    return code.upper() if code is not None and code.upper() in PER_USD else None


def off_scale(obj: dict[str, Any], sent: list[float]) -> str | None:
    """Why a money figure of `obj` is out of its currency's scale, or None."""
    code = _code(obj)
    if code is None or any(_snake(k) in _QUOTED for k in obj):
        return None
    rate = PER_USD[code]
    for key, value in obj.items():
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            continue
        nk = _snake(key)
        if not is_money_key(nk) or value in sent:
            continue
        if code in _NO_MINOR and not float(value).is_integer():
            return f"{key} {value:g} {code} has a fraction {code} is never written in"
        if (rate >= _SMALL_UNIT and nk.split("_")[-1] in _PRICED
                and value / rate < _LEAST):
            return f"{key} {value:g} {code} is {value / rate:.2f} USD: no such price in {code}"
    return None


GATE = output_keys_gate(lambda key: _snake(key) in _CURRENCY)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step, args, at in answered_calls(view):
        sent = [float(v) for v in args.values()
                if isinstance(v, int | float) and not isinstance(v, bool)]
        for held, obj in view.objects(step.call_id):
            if held and _snake(held).split("_")[0] in _QUOTED:
                continue  # a conversion's `converted: {amount, currency}`
            why = off_scale(obj, sent)
            if why:
                out.append(finding(NAME, "off_currency_scale", at, why))
                break
    return out
