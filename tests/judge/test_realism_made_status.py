"""A thing just made that answers a booking's status (`made_confirmed`).

Flagged: a new folder, an uploaded file, a to-do "confirmed" (ToolBench and BFCL seed 13).
Left alone: a booking confirmed, a folder "created", a "confirmed" the call sent, and a
kind that may be a commitment (a ticket).
"""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext
from toolgen.judge.realism import made_status
from toolgen.judge.view import build_view
from toolgen.records import Record

from .factories import build, calls_record

CTX = JudgeContext()


def _record(name: str, args: dict[str, Any], output: Any) -> Record:
    record = calls_record([(name, args, output)], user="Please do it for me.",
                          answer="Done.", conversation_id="t-made")
    d = record.model_dump(mode="json", exclude_none=True)
    d["step_trace"][0]["effect"] = "create"
    return build(d)


def _kinds(name: str, args: dict[str, Any], output: Any) -> list[str]:
    return [f.kind for f in made_status.check_view(build_view(_record(name, args, output)),
                                                   CTX)]


def test_made_things_confirmed_are_flagged() -> None:
    assert _kinds("create_folder", {"name": "Contracts"},
                  {"folder_id": "fld_4340be", "name": "Contracts",
                   "status": "confirmed"}) == ["made_confirmed"]
    assert _kinds("upload_file_for_fileio", {"file": "invoice.pdf"},
                  {"id": 7, "file": "invoice.pdf", "status": "Confirmed"}) == [
        "made_confirmed"]
    assert _kinds("todo_add", {"content": "Buy milk"},
                  {"todo_id": "tdo_ab3c7c", "status": "confirmed"}) == ["made_confirmed"]


def test_bookings_fitting_statuses_and_sent_ones_stay_clean() -> None:
    assert _kinds("hotel_booking", {"hotel": "Adlon"},
                  {"booking_id": "bkn_1", "status": "confirmed"}) == []
    assert _kinds("create_folder", {"name": "Contracts"},
                  {"folder_id": "fld_4340be", "status": "created"}) == []
    assert _kinds("create_folder", {"name": "Contracts", "status": "confirmed"},
                  {"folder_id": "fld_4340be", "status": "confirmed"}) == []
    assert _kinds("create_ticket", {"title": "Login fails"},
                  {"ticket_id": "tck_1", "status": "confirmed"}) == []
