"""A status that contradicts the dates beside it.

A flight leaving 2025-07-11 read "boarding" by an update stamped 2025-11-20 (BFCL seed 7
#160), a flight that landed in July still "delayed" in February, a booking updated
before it was made: a reviewer reads the record as made up. Kind `status_time`, per
object of a successful answer:

- its flight status (scheduled, on time, delayed, boarding, departed, landed, arrived...)
  against the moment its own update stamp (`updated_at`, `last_updated`, ...) gives:
  over a day before departure it is not yet under way or landed; over a day after
  arrival (else departure) it is no longer ahead or under way;
- its update stamp is over a minute earlier than its creation stamp (`created_at`,
  `booked_at`, ...).

An object without an update stamp has no moment to judge by and is left alone, as is a
status or stamp the call sent (the user's own words). The phases and stamp keys are the
executor's (`executor.status_time`), which makes answers fit them.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from toolgen.executor.status_time import (
    ARRIVES,
    CREATED,
    DEPARTS,
    UPDATED,
    first_time,
    misfit,
    status_key,
)
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_objects_with_sent
from toolgen.judge.realism.values import _snake
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "status_time"

_MINUTE = _dt.timedelta(minutes=1)
_STAMPS = frozenset(UPDATED)


def _contradiction(obj: dict[str, Any], sent: set[str]) -> str | None:
    updated = first_time(obj, UPDATED)
    if updated is None or obj[updated[0]] in sent:
        return None
    made = first_time(obj, CREATED)
    if made is not None and obj[made[0]] not in sent and updated[1] < made[1] - _MINUTE:
        return f"{updated[0]} {obj[updated[0]]} is before {made[0]} {obj[made[0]]}"
    key = status_key(obj)
    departs = first_time(obj, DEPARTS)
    if key is None or departs is None or obj[key] in sent:
        return None
    arrives = first_time(obj, ARRIVES)
    phase = misfit(obj[key], updated[1], departs[1], arrives[1] if arrives else None)
    if phase is None:
        return None
    when = "long before it leaves" if phase == "ahead" else "long after it arrived"
    return (f"{key} {obj[key]!r} at {updated[0]} {obj[updated[0]]}, {when} "
            f"({departs[0]} {obj[departs[0]]})")


GATE = output_keys_gate(lambda key: _snake(key) in _STAMPS)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    return [finding(NAME, "status_time", at, why)
            for _, at, why in answered_objects_with_sent(view, _contradiction)]
