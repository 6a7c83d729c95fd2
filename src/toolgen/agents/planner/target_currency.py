"""A conversion goes into another currency than the one the money is already in.

"Book the seats, then convert the amount to EUR": the booking's total comes back in the
currency its API prices in (the tool's example responses say EUR, or the record's place
does), so a user-stated target drawn from all currencies often names that same currency,
and the record converts 22.5 EUR into 22.5 EUR at a rate of 1.0. A person converts money
into a currency it is not in. When a call's source currency is carried from an earlier
result and the user states its target, `other_target(args, likely, rng)` keeps the target
off the currencies that result is likely to be in (`likely(call_id)`). Only plans are
read; nothing runs.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from toolgen.executor.exchange import FROM_KEYS, TO_KEYS
from toolgen.executor.pools import CURRENCIES
from toolgen.executor.values import normalize_key
from toolgen.records import PlannedArg

# a conversion's sides, as the executor reads them; a payment's carried `currency` too
_SOURCE = frozenset(FROM_KEYS) | {"currency"}
_TARGET = frozenset(TO_KEYS)


def other_target(args: list[PlannedArg], likely: Callable[[str], frozenset[str]],
                 rng: random.Random) -> list[PlannedArg]:
    """`args` with a user-stated target currency moved off the carried money's currency."""
    source = next((a for a in args if a.source == "tool_output" and a.call_id
                   and normalize_key(a.name) in _SOURCE), None)
    target = next((a for a in args if a.source in ("user", "clarification")
                   and normalize_key(a.name) in _TARGET and _code(a.value)), None)
    if source is None or source.call_id is None or target is None:
        return args
    taken = likely(source.call_id)
    if str(target.value).upper() not in taken:
        return args
    free = [c for c in CURRENCIES if c not in taken]
    if not free:
        return args
    pick = rng.choice(free)
    value = pick if str(target.value).isupper() else pick.lower()
    return [a.model_copy(update={"value": value}) if a is target else a for a in args]


def _code(value: object) -> bool:
    return isinstance(value, str) and len(value) == 3 and value.upper() in CURRENCIES
