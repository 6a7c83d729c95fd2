"""A time converted between zones is the time it is there: `converted_time` agrees with
the `time`, `from_timezone` and `to_timezone` the call sent (04:15 Asia/Tokyo is 19:15 in
Europe/London), read with the standard library's zone database on a fixed winter day (no
clock, so output stays deterministic). Left as drawn when an argument is missing or no
zone the database knows. `zone_offset_hours(name)` reads a zone's offset on that day.
Never touches the network.
"""

from __future__ import annotations

import datetime as _dt
import random
import re
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_DAY = _dt.date(2025, 1, 15)  # a fixed day: standard time everywhere north of the equator
_CLOCK = re.compile(r"^\s*(\d{1,2})(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*$", re.I)


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo | None:
    """The IANA zone `name` names, or None."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _clock(text: str) -> tuple[int, int] | None:
    """`04:15`, `3pm`, `3:30 PM` -> (hour, minute)."""
    m = _CLOCK.match(text)
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    half = (m.group(3) or "").lower()[:1]
    if half == "p" and hour < 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    return (hour, minute) if hour < 24 and minute < 60 else None


def _arg(args: dict[str, Any], side: str) -> str | None:
    for key, value in args.items():
        low = key.lower()
        if side in low and ("zone" in low or "tz" in low) and isinstance(value, str):
            return value
    return None


def converted_time(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Set `output["converted_time"]` to the sent time read in the target zone."""
    if not isinstance(output, dict) or not isinstance(output.get("converted_time"), str):
        return
    sent = args.get("time")
    source, target = _arg(args, "from"), _arg(args, "to")
    clock = _clock(sent) if isinstance(sent, str) else None
    if clock is None or source is None or target is None:
        return
    src, dst = zone(source), zone(target)
    if src is None or dst is None:
        return
    there = _dt.datetime(_DAY.year, _DAY.month, _DAY.day, *clock, tzinfo=src).astimezone(dst)
    output["converted_time"] = there.strftime("%H:%M")


def zone_offset_hours(name: str) -> float | None:
    """Zone `name`'s offset from UTC in hours on the fixed day (Asia/Kolkata: 5.5), or
    None when the database knows no such zone (public for `named_facts`)."""
    if "/" not in name and name.strip().upper() != "UTC":
        return None  # "Tokyo" is a city, not a zone; a bare "EST" is ambiguous
    found = zone(name)
    if found is None:
        return None
    offset = _dt.datetime(_DAY.year, _DAY.month, _DAY.day, 12, tzinfo=found).utcoffset()
    return offset.total_seconds() / 3600 if offset is not None else None
