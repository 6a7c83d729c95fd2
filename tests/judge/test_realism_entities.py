"""Entity coherence findings: what a reviewer accepts stays clean (real airports and teams,
a stylised code, a deliberate "free"), what names two real things at once is flagged."""

from __future__ import annotations

import copy
import json
from typing import Any

from toolgen.judge import JudgeContext, validate
from toolgen.judge.realism.entities import quantity_word
from toolgen.records import Record

from .calibration.labelled import load

CTX = JudgeContext()
BASES = {r.base: r.record for r in load() if r.defect is None and r.id.endswith("clean0")}


def _with_output(base: str, call_id: str, change: dict[str, Any]) -> set[str]:
    d = copy.deepcopy(BASES[base].model_dump(mode="json"))
    for m in d["messages"]:
        if m.get("tool_call_id") == call_id:
            doc = json.loads(m["content"])
            doc.update(change)
            m["content"] = json.dumps(doc)
    return {f.kind for f in validate(Record.model_validate(d), CTX)}


def test_a_real_airport_and_a_real_team_are_clean() -> None:
    assert not {"entity_contradiction", "quantity_word"} & _with_output("airport", "call_a1", {})
    assert not {"entity_contradiction", "quantity_word"} & _with_output("team", "call_t1", {})


def test_a_second_airport_in_the_same_country_is_no_contradiction() -> None:
    # Another real airport's full row: every field names one airport (Salzburg is not in
    # the table; its city and code are unknown values, never a contradiction).
    kinds = _with_output("airport", "call_a1", {"name": "Salzburg Airport", "iata": "SZG",
                                                 "icao": "LOWS", "city": "Salzburg"})
    assert "entity_contradiction" not in kinds


def test_fields_of_two_real_airports_contradict() -> None:
    kinds = _with_output("airport", "call_a1", {"timezone": "Europe/London"})
    assert "entity_contradiction" in kinds
    kinds = _with_output("airport", "call_a1", {"country": "Thailand"})
    assert "entity_contradiction" in kinds


def test_fields_of_two_real_teams_contradict() -> None:
    team = {"abbreviation": "MEM", "city": "Cleveland", "conference": "East",
            "division": "Southwest", "full_name": "Brooklyn Nets", "name": "Nuggets"}
    assert "entity_contradiction" in _with_output("team", "call_t1", {"team": team})


def test_quantity_words() -> None:
    sent: frozenset[str] = frozenset({"current"})
    assert quantity_word({"height_feet": "seasons"}, sent)
    assert quantity_word({"Item Weight": "amazon"}, sent)
    assert quantity_word({"height_feet": "6"}, sent) is None
    assert quantity_word({"price": "free"}, sent) is None
    assert quantity_word({"price": "N/A"}, sent) is None
    assert quantity_word({"year": "current"}, sent) is None  # the user asked for it
    assert quantity_word({"year_type": "sports"}, sent) is None  # a type, not a year
