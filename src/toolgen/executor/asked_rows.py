"""Example objects that agree with what a call asked: Magical Taske's `type="Forest"`
answers forests, not "Mua Hills" relabelled a forest.

An object drawing its text fields from one example object (`examples.example_rows`) keeps
the values the call sent (`type: "Forest"` echoed) and takes the rest from the row. A row
whose own value of a sent field shows in its other fields ("Hill" in "Mua Hills") would
then contradict itself, so `agreeing(rows, args)` leaves such rows out; a row whose
replaced value shows nowhere else (a forest of "Central" sent as "Eastern") stays. All
rows stay when none is left. Pure, deterministic: the caller's one draw picks among them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_SHORTEST = 3  # a shorter replaced value ("A", "NY") is no word another field would show


def agreeing(rows: tuple[dict[str, str], ...],
             args: Mapping[str, Any]) -> tuple[dict[str, str], ...]:
    """`rows` without those a sent value would make contradict themselves (module doc)."""
    sent = {k: v.strip().lower() for k, v in args.items() if isinstance(v, str)}
    if not sent:
        return rows
    fit = tuple(r for r in rows if not any(_betrayed(r, k, v) for k, v in sent.items()
                                           if k in r))
    return fit or rows


def _betrayed(row: dict[str, str], key: str, sent: str) -> bool:
    """Whether replacing `row[key]` by `sent` leaves its old value showing in another
    field of the row."""
    old = row[key].strip().lower()
    if old == sent or len(old) < _SHORTEST:
        return False
    word = re.compile(rf"\b{re.escape(old)}")
    return any(k != key and word.search(text.lower()) for k, text in row.items())
