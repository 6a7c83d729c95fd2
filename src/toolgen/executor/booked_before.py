"""A booking is made before what it books happens.

A flight departing 2025-08-07 came back booked (`created_at`) on 2026-01-02, and a hotel
stay was reserved after its check-in. `booked_before(output, args, rng)` walks every
object holding a creation stamp (`created_at`, `booked_at`, `booking_date`...) and the
moment what it holds begins (`departure_time`, `check_in`, `start_date`..., or a
booking's bare `from_date`: `booking_shape`); where the stamp falls after that moment
it moves to 1-60 days before it (its time of day and format kept; the days are keyed by
the stamp, so the same stamp moves alike). The moment itself, which the call may have
asked for, never moves; a stamp the call sent stays. In place, deterministic.
"""

from __future__ import annotations

import random
from functools import lru_cache
from typing import Any

from toolgen.executor.booking_shape import booked_start
from toolgen.executor.date_text import DATE, parse, shifted
from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key

_MADE = ("created_at", "created", "booked_at", "booking_date", "reserved_at",
         "purchased_at", "purchase_date", "ordered_at", "order_date", "issued_at")
_BEGINS = ("departure_time", "departure_date", "departure", "departs_at", "departure_at",
           "check_in", "checkin", "check_in_date", "checkin_date", "start_date",
           "start_time", "starts_at", "event_date", "pickup_date", "pickup_time")


@lru_cache(maxsize=8192)  # objects one endpoint answers with share their keys
def _stamp_keys(keys: tuple[Any, ...]) -> tuple[str, str | None] | None:
    """The creation stamp's key and the start's key (None when no key is one by its
    name alone) of an object with these keys."""
    names = {normalize_key(k): k for k in keys if isinstance(k, str)}
    made = next((names[n] for n in _MADE if n in names), None)
    begins = next((names[n] for n in _BEGINS if n in names), None)
    return (made, begins) if made is not None else None


def booked_before(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    sent = {v for v in args.values() if isinstance(v, str)}
    for obj in objects_in(output):
        pair = _stamp_keys(tuple(obj))
        if pair is None:
            continue
        made, begins = pair
        if begins is None and (begins := booked_start(obj)) is None:
            continue
        stamp, start = obj[made], obj[begins]
        if not (isinstance(stamp, str) and isinstance(start, str) and DATE.match(stamp)
                and DATE.match(start)) or stamp in sent:
            continue
        a, b = parse(stamp), parse(start)
        if a is None or b is None or a <= b:
            continue
        lead = 1 + sum(map(ord, stamp)) % 60
        gap = (a - b).total_seconds() / 86400
        moved = shifted(stamp, -(int(gap) + lead))
        if moved is not None:
            obj[made] = moved
