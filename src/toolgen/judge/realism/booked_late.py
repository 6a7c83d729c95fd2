"""A booking made after what it books began.

A flight departing 2025-08-07 came back booked (`created_at`) on 2026-01-02; a hotel
stay reserved after its check-in. A reviewer reads such a booking as made up. Kind
`booked_after_start`: an object holds a creation stamp (`created_at`, `booked_at`,
`booking_date`...) and the moment what it holds begins (`departure_time`, `check_in`,
`start_date`..., or a booking's bare `from_date`: `executor.booking_shape`; BFCL seed 7
#21, a stay booked after it began), both dates, and the stamp falls on a later day. A
stamp the call sent is the user's own and left alone.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.booking_shape import BARE_STARTS, booked_start
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_objects_with_sent
from toolgen.judge.realism.values import _snake
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "booked_late"

_MADE = frozenset({"created_at", "created", "booked_at", "booking_date", "reserved_at",
                   "purchased_at", "purchase_date", "ordered_at", "order_date"})
_BEGINS = frozenset({"departure_time", "departure_date", "departure", "departs_at",
                     "check_in", "checkin", "check_in_date", "checkin_date", "start_date",
                     "start_time", "starts_at", "event_date"})


def _day(value: Any) -> str | None:
    text = value.strip() if isinstance(value, str) else ""
    return text[:10] if len(text) >= 10 and text[4] == "-" and text[7] == "-" else None


def _late(obj: dict[str, Any], sent: set[str]) -> str | None:
    made = next((k for k in obj if _snake(k) in _MADE and obj[k] not in sent), None)
    begins = next((k for k in obj if _snake(k) in _BEGINS), None) or (
        booked_start(obj) if made is not None else None)
    if made is None or begins is None:
        return None
    a, b = _day(obj[made]), _day(obj[begins])
    if a is None or b is None or a <= b:
        return None
    return f"{made} {obj[made]} is after {begins} {obj[begins]}"


GATE = output_keys_gate(lambda key: _snake(key) in _BEGINS or _snake(key) in BARE_STARTS)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    return [finding(NAME, "booked_after_start", at, why)
            for _, at, why in answered_objects_with_sent(view, _late)]
