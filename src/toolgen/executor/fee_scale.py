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

import random
from typing import Any

from toolgen.executor.objects import objects_in
from toolgen.executor.price_scale import draw_into, money_at
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
        for key in obj:
            if is_fee(key):
                _fit(obj, key, sent, rng)


def _fit(obj: dict[str, Any], key: str, sent: set[float], rng: random.Random) -> None:
    money = money_at(obj, key)
    if money is None or money.amount in sent or money.rate is None or (
            money.amount / money.rate <= _HIGHEST):
        return
    draw_into(money, _DRAWN, rng)
