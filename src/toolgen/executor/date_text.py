"""Date text in its own format: parse an ISO date or timestamp, shift it, order a pair.

Owns reading `2024-05-01`, `2024-05-01T10:00:00Z` and `2024-05-01 10:00:00` and writing a
moved value back in the same format, so a rule that moves a date never changes how the
value is written. Pure functions, no randomness.
"""

from __future__ import annotations

import datetime as _dt
import re

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def parse(text: str) -> _dt.datetime | None:
    """`text` as a naive datetime; None when it is not ISO."""
    try:
        if len(text) == 10:
            return _dt.datetime.fromisoformat(text)
        return _dt.datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return None


def shifted(text: str, days: float) -> str | None:
    """`text` moved by `days`, in its own format; None when the format is not a plain one."""
    when = parse(text)
    if when is None:
        return None
    moved = when + _dt.timedelta(days=days)
    if len(text) == 10:
        return moved.date().isoformat()
    if text.endswith("Z") and len(text) == 20:
        return moved.isoformat(timespec="seconds") + "Z"
    if len(text) == 19:
        return moved.isoformat(timespec="seconds").replace("T", text[10])
    return None


def ordered(early: str, late: str) -> tuple[str, str]:
    """The pair in order, each keeping its own format."""
    if len(early) == len(late):
        return late, early
    a, b = parse(early), parse(late)
    assert a is not None and b is not None
    start = b.isoformat()[: len(early)] if len(early) <= 19 else early
    end = (a + _dt.timedelta(days=1)).isoformat()[: len(late)] if len(late) <= 19 else late
    return (start if len(start) == len(early) else early,
            end if len(end) == len(late) else late)
