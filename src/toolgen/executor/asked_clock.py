"""A departure asked for at a time of day leaves at that time: a flight booked for 22:15
does not come back departing 02:03, a showing asked for at 19:30 starts at 19:30.

`echo_clock(output, args)` reads a clock time (`time: "22:15"`, `departure_time: "22:15"`)
from the call's normalised arguments and sets the clock of each object's departure or start
timestamp to it, moving the matching arrival or end by the same amount so the trip keeps
its length. Full timestamps only (a bare date has no clock). In place, deterministic,
never touches the network.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from toolgen.executor.objects import objects_in

_CLOCK_ARGS = ("time", "departure_time", "start_time", "depart_time", "showtime")
_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$")
# A start field and the field that ends what it starts.
_LEGS = (("departure_time", "arrival_time"), ("departs_at", "arrives_at"),
         ("starts_at", "ends_at"), ("start_time", "end_time"))
_STAMP = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(.*)$")


def echo_clock(output: Any, args: dict[str, Any]) -> None:
    """Set the clock of every start timestamp in `output` to the time asked (module doc)."""
    clock = _asked(args)
    if clock is None:
        return
    for obj in objects_in(output):
        _set_clock(obj, clock)


def _asked(args: dict[str, Any]) -> tuple[int, int, int] | None:
    for name in _CLOCK_ARGS:
        value = args.get(name)
        m = _CLOCK.match(value.strip()) if isinstance(value, str) else None
        if m is not None:
            return int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    return None


def _set_clock(obj: dict[str, Any], clock: tuple[int, int, int]) -> None:
    for start, end in _LEGS:
        begun = _stamp(obj.get(start))
        if begun is None:
            continue
        moved = begun[0].replace(hour=clock[0], minute=clock[1], second=clock[2])
        obj[start] = _text(moved, begun[1])
        ended = _stamp(obj.get(end))
        if ended is not None:
            obj[end] = _text(ended[0] + (moved - begun[0]), ended[1])


def _stamp(value: Any) -> tuple[_dt.datetime, str] | None:
    m = _STAMP.match(value) if isinstance(value, str) else None
    if m is None:
        return None
    try:
        day = _dt.date.fromisoformat(m.group(1))
        at = _dt.datetime(day.year, day.month, day.day, int(m.group(2)), int(m.group(3)),
                          int(m.group(4)))
    except ValueError:
        return None
    return at, m.group(5)


def _text(at: _dt.datetime, tail: str) -> str:
    return at.strftime("%Y-%m-%dT%H:%M:%S") + tail
