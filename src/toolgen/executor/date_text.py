"""Date text in its own format: parse an ISO date or timestamp, shift it, order a pair.

Owns reading `2024-05-01`, `2024-05-01T10:00:00Z`, `2024-05-01 10:00:00` and a day written
as a description asks (`13/04/2025`) and writing a moved value back in the same format, so
a rule that moves a date never changes how the value is written. Pure functions, no randomness.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable

DATE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{2}([/.-])\d{2}\1\d{4}$)")
# A day written as a parameter's description asks ("13/04/2025": `date_formats`), day
# first unless that reads as no date (then month first, "04/13/2025").
_WRITTEN = re.compile(r"^(\d{2})([/.-])(\d{2})\2(\d{4})$")


def parse(text: str, month_first: bool | None = None) -> _dt.datetime | None:
    """`text` as a naive datetime; None when it is neither ISO nor a written day (read
    month first when `month_first`, as a description's "MM-DD-YYYY" says)."""
    if (m := _WRITTEN.match(text)) is not None:
        return _written(m, month_first)[0]
    try:
        if len(text) == 10:
            return _dt.datetime.fromisoformat(text)
        return _dt.datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return None


def written_day(text: str) -> _dt.datetime | None:
    """The day a written date ("07/12/2022", "12.07.2022") names, or None."""
    m = _WRITTEN.match(text)
    return None if m is None else _written(m)[0]


def _written(m: re.Match[str], first: bool | None = None) -> tuple[_dt.datetime | None, bool]:
    """The day a written date names, and whether its month comes first (`first`, when
    known, is tried first)."""
    a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    for month_first in (False, True) if not first else (True, False):
        day, month = (b, a) if month_first else (a, b)
        try:
            return _dt.datetime(year, month, day), month_first
        except ValueError:
            continue
    return None, False


def _write(when: _dt.datetime, like: str, order: bool | None = None) -> str | None:
    """`when` in the format of `like` (month first when `order` says so and `like` reads
    either way); None when that format is not a plain one."""
    if (m := _WRITTEN.match(like)) is not None:
        sep, month_first = m.group(2), _written(m, order)[1]
        first, second = (when.month, when.day) if month_first else (when.day, when.month)
        return f"{first:02d}{sep}{second:02d}{sep}{when.year}"
    if len(like) == 10:
        return when.date().isoformat()
    if like.endswith("Z") and len(like) == 20:
        return when.isoformat(timespec="seconds") + "Z"
    if len(like) == 19:
        return when.isoformat(timespec="seconds").replace("T", like[10])
    return None


def shifted(text: str, days: float, month_first: bool | None = None) -> str | None:
    """`text` moved by `days`, in its own format; None when the format is not a plain one."""
    when = parse(text, month_first)
    if when is None:
        return None
    return _write(when + _dt.timedelta(days=days), text, month_first)


def ordered(early: str, late: str, month_first: bool | None = None) -> tuple[str, str]:
    """The pair in order, each keeping its own format."""
    if len(early) == len(late) and (_WRITTEN.match(early) is None) == (
            _WRITTEN.match(late) is None):
        return late, early
    a, b = parse(early, month_first), parse(late, month_first)
    assert a is not None and b is not None
    start = (_write(b, early, month_first) if len(early) <= 19 or _WRITTEN.match(early)
             else early)
    end = _write(a + _dt.timedelta(days=1), late, month_first) if len(late) <= 19 else late
    return start or early, end or late


def reads_month_first(texts: Iterable[str]) -> bool | None:
    """Whether days written like these put the month first, as one of them shows (a first
    field over 12 is a day, a second one over 12 is a day after a month); None when none
    shows it. "07-04-2025" beside "08-16-2025" is the 4th of July."""
    for text in texts:
        m = _WRITTEN.match(text)
        if m is None:
            continue
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 >= b:
            return False
        if b > 12 >= a:
            return True
    return None
