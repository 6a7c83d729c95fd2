"""Record-keeping remarks and placeholders reported as what a result holds.

Built the way the generator wrote them (ToolBench seed 7, a diagnosis service's panels and
symptoms answered "the first with description For internal use only"): flagged when the
answer passes the note off as content, and the result read as hollow; left alone when the
same words are a real value (`format: "text"`, "the test came back") or the answer says
the record's own content.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.notes import is_note
from toolgen.judge import JudgeContext, score, validate
from toolgen.judge.realism import hollow, notes
from toolgen.judge.view import build_view
from toolgen.records import Record

from .factories import calls_record

CTX = JudgeContext()

PANELS = {"panels": [
    {"panel_id": "pnl_ae8617", "panel_code": "AM5528", "is_active": True,
     "created_at": "2026-02-02T06:06:00Z", "description": "For internal use only."},
    {"panel_id": "pnl_a3fbba", "panel_code": "AN6040", "is_active": True,
     "created_at": "2025-04-15T03:08:00Z", "description": "Shared with the whole team."}],
    "total": 11}
NAMED = {"panels": [
    {"panel_id": "pnl_ae8617", "name": "Lipid Panel",
     "tests": ["Total cholesterol", "HDL cholesterol", "LDL cholesterol", "Triglycerides"],
     "description": "For internal use only."}], "total": 11}


def _record(output: Any, answer: str, name: str = "get_panels_for_diagnosis") -> Record:
    return calls_record([(name, {}, output)], user="Which panels are there?", answer=answer,
                        conversation_id="t-notes")


def _kinds(check: Any, record: Record) -> list[str]:
    return [f.kind for f in check(build_view(record), CTX)]


def test_a_remark_said_as_the_first_items_content_is_flagged() -> None:
    record = _record(PANELS, "There are 11 in all, the first with description For internal "
                             "use only.")
    assert _kinds(notes.check_view, record) == ["note_as_content"]


def test_the_flag_keeps_the_record_below_the_threshold() -> None:
    record = _record(PANELS, "There are 11 in all, the first with description For internal "
                             "use only.")
    assert score(record, validate(record, CTX)).overall < CTX.threshold


def test_a_result_of_ids_codes_and_a_remark_is_hollow() -> None:
    record = _record(PANELS, "There are 11 panels.")
    assert _kinds(hollow.check_view, record) == ["hollow_result"]


def test_a_one_word_placeholder_under_a_content_key_is_flagged() -> None:
    output = {"word_id": "wrd_1", "word": "edify", "description": "N/A"}
    record = _record(output, "The word is edify, with description N/A.", "word_of_the_day")
    assert _kinds(notes.check_view, record) == ["note_as_content"]


def test_the_records_own_content_said_is_left_alone() -> None:
    record = _record(NAMED, "There are 11 in all, the first being the Lipid Panel (total "
                            "cholesterol, HDL, LDL and triglycerides).")
    assert _kinds(notes.check_view, record) == []
    assert _kinds(hollow.check_view, record) == []


def test_the_same_words_as_a_real_value_are_left_alone() -> None:
    template = {"template_id": "tmp_1", "name": "Goal commentary", "format": "text"}
    record = _record(template, "That's Goal commentary, with format text.", "get_template")
    assert _kinds(notes.check_view, record) == []
    lab = {"result_id": "res_1", "test": "Blood glucose", "status": "unknown"}
    record = _record(lab, "The test came back; its status is unknown.", "get_lab_result")
    assert _kinds(notes.check_view, record) == []


def test_what_a_note_is() -> None:
    assert is_note("Draft; details to follow.")
    assert is_note("No description available")
    assert is_note("Lorem ipsum dolor sit amet")
    assert is_note("string", "productName")
    assert not is_note("string", "type")
    assert not is_note("Test drive booked for Friday", "description")
    assert not is_note("Lipid Panel", "name")
