"""An event's dates against its title, as a reviewer reads them: a film night running
three weeks (ToolBench seed 7 #99), a market open from April to November, "Autumn
Charity Night" starting in June in Porto (#84). Each defect has a clean twin that
differs only in the dates; the calendar is written here by hand.
"""

from __future__ import annotations

from typing import Any

import pytest

from toolgen.judge import JudgeContext
from toolgen.judge.realism import events
from toolgen.judge.view import build_view

from .factories import Call, calls_record

CTX = JudgeContext()


def _kinds(calls: list[Call]) -> list[str]:
    record = calls_record(calls, user="What's on?", answer="Here is what I found.",
                          conversation_id="t-events")
    return [f.kind for f in events.check_view(build_view(record), CTX)]


def _event(title: str, start: str, end: str, city: str = "Porto") -> dict[str, Any]:
    return {"title": title, "venue": "Fleming Hall", "city": city, "start_date": start,
            "end_date": end}


@pytest.mark.parametrize(("title", "start", "end"), [
    ("Late-Night Film Night", "2026-01-04", "2026-01-25"),
    ("Open Art Market", "2025-04-09", "2025-11-07"),
    ("Autumn Charity Night", "2025-06-04", "2025-06-04"),
    ("Spring Jazz Gala", "2025-10-02", "2025-10-02"),
])
def test_dates_a_title_contradicts_are_flagged(title: str, start: str, end: str) -> None:
    out = {"events": [_event(title, start, end)]}
    assert _kinds([("get_events", {}, out)]) == ["event_span_misfit"]


@pytest.mark.parametrize(("title", "start", "end", "city"), [
    ("Late-Night Film Night", "2026-01-04", "2026-01-04", "Porto"),
    ("Open Art Market", "2025-04-09", "2025-04-11", "Porto"),
    ("Autumn Charity Night", "2025-10-04", "2025-10-04", "Porto"),
    # June is winter south of the equator
    ("Winter Food Festival", "2025-06-20", "2025-06-22", "Sydney"),
    # an exhibition may run for months; a season in an unknown place is not read
    ("Modern Masters Exhibition", "2025-01-05", "2025-05-01", "Porto"),
    ("Summer Jazz Night", "2025-01-05", "2025-01-05", "Fleming Quarter"),
])
def test_dates_that_fit_the_title_are_clean(title: str, start: str, end: str,
                                            city: str) -> None:
    out = {"events": [_event(title, start, end, city)]}
    assert _kinds([("get_events", {}, out)]) == []


def test_dates_the_user_sent_are_not_the_tools_to_answer_for() -> None:
    window = {"start_date": "2025-05-01", "end_date": "2025-05-09"}
    out = {"events": [_event("Jazz Night", "2025-05-01", "2025-05-09")]}
    assert _kinds([("search_events", window, out)]) == []
