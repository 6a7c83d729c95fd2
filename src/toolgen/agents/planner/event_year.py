"""A year asked beside a named event is the event's year.

`us_history_get_president(event="the Civil War", year=2021)` (BFCL seed 31 #81): the year
was drawn on its own. `event_year(stated)` returns, for a call stating an event the
history table knows (`executor.past_events`) and a year, that event's year in the form
the year was drawn in (a number or text). Pure.
"""

from __future__ import annotations

from toolgen.executor.past_events import named_event
from toolgen.records import PlannedArg

_EVENT = ("event", "event_name", "historical_event")
_YEAR = ("year", "in_year")


def event_year(stated: dict[str, PlannedArg]) -> dict[str, object]:
    """The fix putting a stated year on its stated event's, or {}."""
    event_arg = next((stated[k] for k in _EVENT if k in stated), None)
    year_arg = next((stated[k] for k in _YEAR if k in stated), None)
    if event_arg is None or year_arg is None or not isinstance(event_arg.value, str):
        return {}
    event = named_event({event_arg.name: event_arg.value})
    if event is None:
        return {}
    year = int(event.date[:4])
    value = year_arg.value
    if isinstance(value, bool) or not isinstance(value, int | str) or str(value) == str(year):
        return {}
    return {year_arg.name: year if isinstance(value, int) else str(year)}
