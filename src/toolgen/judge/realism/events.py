"""An event whose dates contradict what its title says it is. Kind `event_span_misfit`.

A reviewer reading "Late-Night Film Night" from 4 to 25 January, "Open Art Market" open
from April to November, or "Autumn Charity Night" starting in June in Porto knows the
dates were drawn apart from the title. Flagged: an evening (night, gala, concert...)
lasting more than a day, a gathering of days (market, festival, conference...) lasting
more than two weeks, and a season word naming another season than the one the event
starts in, read only where the event's city is known (its hemisphere decides). Dates the
call sent are the user's, never flagged.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor import world
from toolgen.executor.date_text import DATE, parse
from toolgen.executor.event_dates import SEASON_WORD, event_kind, season_of
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import real_steps
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "events"

_PAIRS = (("start_date", "end_date"), ("startDate", "endDate"), ("start", "end"),
          ("starts_at", "ends_at"), ("start_time", "end_time"))
_STARTS = frozenset(start for start, _ in _PAIRS)
_LONGEST = {"evening": 1, "days": 14}


def _dates(obj: dict[str, Any]) -> tuple[str, str] | None:
    for start, end in _PAIRS:
        a, b = obj.get(start), obj.get(end)
        if isinstance(a, str) and isinstance(b, str) and DATE.match(a) and DATE.match(b):
            return a, b
    return None


def reason(obj: dict[str, Any], sent: frozenset[str]) -> str | None:
    """Why `obj`'s dates cannot be those of the event its title names, or None."""
    title = obj.get("title") or obj.get("name") or obj.get("event_name")
    dates = _dates(obj)
    if not isinstance(title, str) or dates is None:
        return None
    start, end = parse(dates[0]), parse(dates[1])
    if start is None or end is None:
        return None
    kind = event_kind(title)
    days = (end.date() - start.date()).days
    if kind is not None and days > _LONGEST[kind] and not set(dates) & sent:
        return f"'{title}' runs {days} days, from {dates[0][:10]} to {dates[1][:10]}"
    word = SEASON_WORD.search(title)
    city = obj.get("city")
    if word is not None and isinstance(city, str) and world.city(city) is not None:
        season = season_of(start.date(), city)
        said = "autumn" if word.group(1).lower() == "fall" else word.group(1).lower()
        if said != season and dates[0] not in sent:
            return f"'{title}' starts {dates[0][:10]}, in {season} in {city}"
    return None


GATE = output_keys_gate(lambda key: key in _STARTS)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        if step.status != "ok" or step.call_id not in view.answer_at:
            continue
        sent = frozenset(str(a.value) for a in step.arguments.values())
        for _, node in view.objects(step.call_id):
            why = reason(node, sent)
            if why:
                out.append(finding(NAME, "event_span_misfit", view.answer_at[step.call_id],
                                   f"{step.function_name}: {why}"))
                break
    return out
