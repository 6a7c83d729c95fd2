"""An event's drawn description fits it, and the events of a date are on it: ToolBench
had "Outdoor event; bring a jacket." at "Scott Hall" (seed 7, 000227), "A day of talks
and workshops; lunch included." for a three-day "Community Jazz Summit" and, for
`get_events_for_a_date(date="2025-02-08")`, events starting months later (seed 11,
000214)."""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.event_dates import event_finish


def _event(title: str, venue: str, start: str, end: str, note: str) -> dict[str, Any]:
    return {"event_id": "evn_1", "title": title, "venue": venue, "city": "Rome",
            "start_date": start, "end_date": end, "description": note}


def _finished(args: dict[str, Any], *events: dict[str, Any]) -> list[dict[str, Any]]:
    out = {"events": list(events)}
    event_finish(frozenset({"get", "events"}))(out, args, random.Random(1))
    return out["events"]


def test_an_outdoor_note_is_only_for_an_open_air_venue() -> None:
    (hall,) = _finished({}, _event("Open Startup Gala", "Scott Hall", "2025-05-05",
                                   "2025-05-05", "Outdoor event; bring a jacket."))
    assert "outdoor" not in hall["description"].lower(), hall
    (park,) = _finished({}, _event("Open Startup Gala", "Villa Borghese Park", "2025-05-05",
                                   "2025-05-05", "Doors open at 7 pm. All ages welcome."))
    assert "outdoor" in park["description"].lower(), park


def test_a_gathering_of_days_says_how_many() -> None:
    (summit,) = _finished({}, _event("Community Jazz Summit", "Jones Theatre", "2025-03-09",
                                     "2025-03-11", "A day of talks and workshops; lunch "
                                                   "included."))
    assert "three days" in summit["description"] and "A day" not in summit["description"]


def test_a_description_the_corpus_gave_stays() -> None:
    note = "Enel X illumina Piazza Santa Maria Novella."
    (kept,) = _finished({}, _event("Autumn Design Gala", "Scott Hall", "2025-10-05",
                                   "2025-10-05", note))
    assert kept["description"] == note


def test_the_events_of_a_date_are_on_that_date() -> None:
    events = _finished({"date": "2025-02-08"},
                       _event("Open Food Summit", "Coleman Arena", "2025-05-27",
                              "2025-05-28", "A day of talks and workshops; lunch included."),
                       _event("Open Art Gala", "Villanueva Club", "2026-02-12",
                              "2026-02-12", "Doors open at 7 pm. All ages welcome."))
    assert [e["start_date"] for e in events] == ["2025-02-08", "2025-02-08"], events
    assert events[0]["end_date"] == "2025-02-09", events
