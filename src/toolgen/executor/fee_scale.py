"""A fee costs what fees cost: a seat's `extra_fee` of 906 USD on a 433 EUR flight, a
`delivery_fee` of 640 EUR, read as a mistake.

Money fields draw from one wide range whatever they price. `fee_step` reads each object's
fields whose last word is a fee or surcharge (`extra_fee`, `service_fee`, `baggage_fee`,
`delivery_fee`, `surcharge`; not `fee_percent` or `fee_rate`) holding money (a number or
`{amount, currency}`), and, when the fee in US dollars at reference rates lies above
what such a charge runs to, draws it again inside that range in its own currency. A fee
the call sent (`fee=301`, a filter) is left as sent. Runs as a finish step, before
`add_up`, so totals include the fee shown. In place; deterministic for the call's
random stream; never touches the network.
"""

from __future__ import annotations

import math
import random
from typing import Any

from toolgen.executor.exchange import PER_USD
from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key

_FEE_WORDS = frozenset({"fee", "fees", "surcharge"})
_HIGHEST = 150.0
"""Most a fee runs to in US dollars (a seat, a bag, a delivery, a booking)."""
_DRAWN = (3.0, 60.0)


def is_fee(key: str) -> bool:
    """Whether field `key` states a fee's money (its last word is fee or surcharge)."""
    return normalize_key(key).rsplit("_", 1)[-1] in _FEE_WORDS


def fee_step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Every fee of `output` within what fees cost (module doc), in place."""
    sent = {v for v in args.values() if isinstance(v, int | float) and not isinstance(v, bool)}
    for obj in objects_in(output):
        for key, value in obj.items():
            if is_fee(key):
                _fit(obj, key, value, sent, rng)


def _fit(obj: dict[str, Any], key: str, value: Any, sent: set[float],
         rng: random.Random) -> None:
    holder, field = (value, "amount") if isinstance(value, dict) else (obj, key)
    amount = holder.get(field)
    if isinstance(amount, bool) or not isinstance(amount, int | float) or amount in sent:
        return
    currency = holder.get("currency", obj.get("currency"))
    rate = PER_USD.get(currency.upper()) if isinstance(currency, str) else 1.0
    if rate is None or amount / rate <= _HIGHEST:
        return
    lo, hi = _DRAWN
    usd = math.exp(math.log(lo) + rng.random() * (math.log(hi) - math.log(lo)))
    holder[field] = round(usd * rate) if isinstance(amount, int) else round(usd * rate, 2)
