"""A result that holds only a setting's plain word where no setting is is hollow (BFCL
seed 31 #208: `get_nearest_airport_by_city(location="Edinburgh")` answered
`{"nearest_airport": "default"}` and scored 5.0); a plan that is "basic" is content."""

from __future__ import annotations

from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism import on_record
from toolgen.records import Record

from .factories import calls_record


def _record(output: dict[str, Any]) -> Record:
    return calls_record([("get_nearest_airport_by_city", {"location": "Edinburgh"}, output)],
                        user="Which airport is nearest to Edinburgh?",
                        answer="Done - it came back.", conversation_id="t-hollow-filler")


def test_a_setting_word_where_no_setting_is_holds_nothing() -> None:
    check = on_record("hollow")
    assert check(_record({"nearest_airport": "default"}), JudgeContext())
    assert not check(_record({"nearest_airport": "EDI"}), JudgeContext())
    assert not check(_record({"plan": "basic"}), JudgeContext())
