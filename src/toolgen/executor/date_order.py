"""Date pairs in order: check-out after check-in, end after start, expiry after issue.

`DATE_PAIRS` lists the (first, second) side words; a second date before its first is put
in order (the two swap, each keeping its own format), or, when one side is an argument
the call sent or the second is an update stamp, the made-up side moves to the other side
of it by the same gap. In place,
deterministic.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.date_text import DATE, ordered, parse, reads_month_first, shifted
from toolgen.executor.key_pairs import Pairing

# (first, second): the second must not come before the first.
# A thing's life in order: a message is made before it is sent, an order shipped before
# it is delivered, a ticket opened before it is closed.
LIFECYCLE_PAIRS = (
    ("created", "sent"), ("sent", "delivered"), ("ordered", "shipped"),
    ("shipped", "delivered"), ("created", "completed"), ("created", "closed"),
    ("opened", "closed"), ("created", "resolved"),
)
DATE_PAIRS = (
    ("start", "end"), ("check_in", "check_out"), ("checkin", "checkout"),
    ("departure", "arrival"), ("depart", "arrive"), ("from", "to"), ("begin", "end"),
    ("valid_from", "valid_to"), ("pickup", "dropoff"), ("since", "until"),
    ("created", "updated"), ("min", "max"), ("created", "expiry"), ("created", "expires"),
    ("created", "expiration"), ("issued", "expiry"), ("issued", "expires"),
    ("registered", "expiry"), ("published", "updated"), ("departure", "return"),
    ("outbound", "return"), ("after", "before"), ("arrival", "departure"),
    *LIFECYCLE_PAIRS,
)

# Read as departure/arrival when both exist; never reversed.
_ORDERED_PAIRS = tuple(p for p in DATE_PAIRS if p != ("arrival", "departure"))
_PAIRING = Pairing(_ORDERED_PAIRS)


def order_dates(obj: dict[str, Any], fixed: frozenset[str] = frozenset()) -> None:
    """Every dated pair of `obj` in order, the keys in `fixed` (echoed arguments) kept."""
    dated = tuple(k for k, v in obj.items()
                  if isinstance(v, str) and DATE.match(v))
    if len(dated) < 2:
        return
    # days written month first ("08-16-2025") are all read so: "07-04-2025" beside it is
    # the 4th of July, not the 7th of April (BFCL seed 71 #1 stayed "07-04" to "20-04")
    order = reads_month_first(obj[k] for k in dated)
    for k1, k2 in _PAIRING.of(dated):
        a, b = parse(obj[k1], order), parse(obj[k2], order)
        if a is None or b is None or not b < a or (k1 in fixed and k2 in fixed):
            continue
        if k1 in fixed or k2 in fixed or _is_stamp(k2):
            gap = max(1.0, (a - b).total_seconds() / 86400)
            keep_first = k1 in fixed or (k2 not in fixed and _is_stamp(k2))
            if keep_first and _is_stamp(k2) and k1 not in fixed:
                gap = min(gap, 1.0 + gap % 20)  # an update days after, never in a later year
            moved = (shifted(obj[k1], gap, order) if keep_first
                     else shifted(obj[k2], -gap, order))
            if moved is not None:
                obj[k2 if keep_first else k1] = moved
                continue
        obj[k1], obj[k2] = ordered(obj[k1], obj[k2], order)


def _is_stamp(key: str) -> bool:
    """An update stamp moves after its pair's first date instead of swapping with it: the
    first (a publication or creation date) may be one an earlier call showed."""
    return "updated" in key or "modified" in key


def could_pair(names: tuple[str, ...]) -> bool:
    """Whether an object with these normalised keys could have a pair for this rule."""
    return _PAIRING.possible(names)
