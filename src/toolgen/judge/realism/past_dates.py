"""A history lookup that answers events yet to happen.

`history.get_key_events(country="United States", start_year=2002, end_year=2010)` answered
an "Autumn Jazz Fair" starting 2025-09-12, and the moon landing was dated 2026-02-17 (BFCL
seed 31 #222, scored 5.0). Kind `history_misdated`, per answered call of an endpoint
whose own name speaks of history (`history`, `historical`): a date field of its result
(`date`, `start_date`, `event_date`...) in `_NOW` or later, or outside the years the call
sent (`start_year`/`end_year`, `year`).
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor.result_kinds import own_words_of
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_calls
from toolgen.judge.realism.values import _snake
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "past_dates"

_NOW = 2025  # the year the generated world's clock stands in
_DATES = frozenset({"date", "start_date", "end_date", "event_date", "occurred_on", "day"})
_YEAR = re.compile(r"^(\d{4})-\d{2}-\d{2}")


def _years(args: dict[str, Any]) -> tuple[int, int]:
    keys = {_snake(k): v for k, v in args.items()}
    lo, hi = keys.get("start_year"), keys.get("end_year")
    year = keys.get("year")
    low = lo if type(lo) is int else year if type(year) is int else -10_000
    high = hi if type(hi) is int else year if type(year) is int else _NOW - 1
    return low, min(high, _NOW - 1)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step, args, at in answered_calls(view):
        if not {"history", "historical"} & set(own_words_of(step.function_name)):
            continue
        low, high = _years(args)
        for key, value in view.leaves(step.call_id):
            m = _YEAR.match(value) if isinstance(value, str) and _snake(key) in _DATES else None
            if m is not None and not low <= int(m.group(1)) <= high:
                out.append(finding(NAME, "history_misdated", at,
                                   f"{step.function_name}: {key} {value} is outside "
                                   f"{low}-{high}"))
                break
    return out
