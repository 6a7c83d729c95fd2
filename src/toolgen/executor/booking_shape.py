"""Which field of a booking says when what it books begins, when its name alone does not.

`check_in` or `departure_time` is a start whatever holds it, but a bare `from_date` (or
`date_from`, `start`, `arrival_date`) is one only on a booking: a report's `from_date` is
the start of the period it covers, made after that day. BFCL's `hotel_booking_book`
answers a stay as `{booking_id, from_date, to_date, status, created_at}` and came back
booked months after the stay began (seed 7 #21). `booked_start(keys, values)` names the
start key of an object shaped like a booking: it holds such a start and the end paired
with it (`from_date` with `to_date`: check-in style dates), and a booking's own id
(`booking_id`, `reservation_number`, `confirmation_code`, `pnr`) or a booking's status
(`confirmed`, `reserved`...). Shared by the executor (`booked_before`) and the judge
(`booked_late`). Pure; keyed on the object's keys and status, never on a tool.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from toolgen.executor.values import normalize_key

# A bare start and the end that pairs with it (a stay's two dates).
_PAIRS = (("from_date", "to_date"), ("date_from", "date_to"), ("start", "end"),
          ("start_day", "end_day"), ("arrival_date", "departure_date"),
          ("arrival", "departure"), ("from", "to"), ("begin_date", "end_date"))
BARE_STARTS = frozenset(a for a, _ in _PAIRS)
"""Normalised keys that can be a booking's bare start."""
# Words of a key that holds a booking's own reference.
_BOOKING_WORDS = frozenset({"booking", "reservation", "confirmation", "pnr", "itinerary"})
_REFERENCE_WORDS = frozenset({"id", "number", "no", "code", "ref", "reference", "pnr"})
# Statuses only something booked has (a report is "completed", not "confirmed").
_BOOKED = frozenset({"confirmed", "booked", "reserved", "pending_confirmation", "on_hold",
                     "waitlisted", "cancelled", "canceled", "checked_in"})


@lru_cache(maxsize=4096)  # objects of one endpoint share their keys
def _shape(keys: tuple[str, ...]) -> tuple[str | None, bool, str | None]:
    """(the bare start key, whether a key names a booking's reference, the status key)
    of an object with these keys."""
    names = {normalize_key(k): k for k in keys}
    start = next((names[a] for a, b in _PAIRS if a in names and b in names), None)
    referenced = any(_BOOKING_WORDS & set(words) and (
        _REFERENCE_WORDS & set(words) or len(words) == 1)
        for words in (n.split("_") for n in names))
    status = next((names[n] for n in ("status", "booking_status", "reservation_status")
                   if n in names), None)
    return start, referenced, status


def booked_start(obj: Mapping[str, Any]) -> str | None:
    """The key of booking `obj`'s bare start (`from_date`), or None when `obj` is not
    shaped like a booking or names its start otherwise (module doc)."""
    keys = tuple(k for k in obj if isinstance(k, str))
    start, referenced, status = _shape(keys)
    if start is None:
        return None
    if referenced:
        return start
    said = obj.get(status) if status is not None else None
    return start if isinstance(said, str) and normalize_key(said) in _BOOKED else None
