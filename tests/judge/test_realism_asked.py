"""The reviewer's check of what a result holds against what its endpoint's name asks.

Flagged: a status call whose result holds no status (the generic `{scan_id, scan_code,
version, updated_at}`), a report with no content, a template with no body, ending a
timer with no state or time; two endpoints asking different things that return the very
same object. Left alone: what real services answer (a status as `state` or `is_active`,
a report as a list of rows), two status endpoints agreeing, a read of what a booking
just made, names that ask for nothing in particular.
"""

from __future__ import annotations

from typing import Any

import pytest

from toolgen.judge import JudgeContext, score, validate
from toolgen.judge.realism import asked, gates
from toolgen.judge.view import build_view
from toolgen.records import Record

from .factories import calls_record

CTX = JudgeContext()
STUB = {"scan_id": "scn_7286ba", "scan_code": "OP9416", "version": 8,
        "updated_at": "2025-10-28T02:04:00Z"}


def _record(calls: list[tuple[str, dict[str, Any], Any]]) -> Record:
    return calls_record(calls, user="Check it for me.", answer="Here is what I found.",
                        conversation_id="t-asked")


def _kinds(calls: list[tuple[str, dict[str, Any], Any]]) -> list[str]:
    return [f.kind for f in asked.check_view(build_view(_record(calls)), CTX)]


@pytest.mark.parametrize(("name", "output"), [
    ("get_scan_status_for_weblasso", STUB),
    ("check_scan_status_for_port_scanner_api", STUB),
    ("get_scan_report_for_port_scanner_api", STUB),
    ("get_output_template_for_remote_commentator",
     {"id": "tmp_d8c3ba", "template_code": "AD4167", "version": 3,
      "updated_at": "2025-07-07T19:08:00Z"}),
    ("end_for_test", {"timerID": "tmr_623997", "timer_code": "PO2422",
                      "created_at": "2026-06-05T15:25:00Z",
                      "url": "https://www.quinn-richards.com/timers/92967e"}),
    ("checkhealth_for_squake", {"auth_id": "ath_1", "auth_code": "QX1", "version": 2}),
    ("criminal_record_get_status", {"criminal_id": "crm_c38f3b", "name": "Amara Navarro",
                                    "region": "Scotland"}),
])
def test_a_result_with_nothing_its_name_asks_for_is_flagged(name: str, output: Any) -> None:
    assert _kinds([(name, {"id": "x_1"}, output)]) == ["unanswered_name"]


@pytest.mark.parametrize(("name", "output"), [
    ("get_scan_status_for_weblasso", {"scan_id": "scn_1", "status": "running",
                                      "progress": 40}),
    ("get_job_status", {"job_id": "job_1", "state": "done"}),
    ("get_account_status", {"account_id": "acc_1", "is_active": True, "plan": "pro"}),
    ("get_scan_report_for_port_scanner_api", {"rows": [{"port": 22, "state": "open"}]}),
    ("get_sales_report", {"report_id": "r1", "summary": "Q3 sales up 4 %.", "total": 81}),
    ("get_email_template", {"template_id": "t1", "subject": "Welcome",
                            "html": "<p>Hi {{name}}</p>"}),
    ("stop_timer", {"timer_id": "tmr_1", "stopped_at": "2025-01-01T10:00:00Z"}),
    ("get_available_balance", {"balance": 120.5, "currency": "USD"}),
    ("get_hotel", STUB),  # a record read by id says what it is by its fields
    ("update_nps_custom_template", {"tid": "t1", "template_code": "GD4534",
                                    "status": "updated"}),
    ("delete_report", {"report_id": "r1", "deleted": True, "request_id": "rq_1"}),
    ("get_scan_status_for_weblasso", []),
])
def test_a_result_answering_its_name_is_left_alone(name: str, output: Any) -> None:
    assert _kinds([(name, {"id": "x_1"}, output)]) == []


def test_the_same_object_from_two_endpoints_asking_different_things_is_flagged() -> None:
    report = {"scan_id": "scn_1", "summary": "2 findings: 1 high, 1 low.", "total_findings": 2}
    kinds = _kinds([("get_scan_info_for_port_scanner_api", {"scan_id": "scn_1"}, report),
                    ("get_scan_report_for_port_scanner_api", {"scan_id": "scn_1"}, report)])
    assert kinds == ["same_result"]
    features = {"track_id": "trc_1", "tempo": 101.46, "key": "C#", "energy": 0.41}
    assert _kinds([("audio_analysis_for_spotify_v2", {"track_id": "trc_1"}, features),
                   ("audio_features_for_spotify_v2", {"track_id": "trc_1"}, features)]
                  ) == ["same_result"]


@pytest.mark.parametrize(("first", "second"), [
    ("get_scan_status_for_weblasso", "check_scan_status_for_port_scanner_api"),
    ("get_user", "fetch_user_details"),
    ("book_flight", "get_flight_booking"),
    ("place_delivery_order", "track_delivery"),
    ("get_user", "get_user"),
])
def test_the_same_object_where_a_reviewer_expects_it_is_left_alone(first: str,
                                                                   second: str) -> None:
    out = {"id": "x_1", "status": "running", "progress": 40, "name": "Nightly"}
    assert _kinds([(first, {"id": "x_1"}, out), (second, {"id": "x_1"}, dict(out))]) == []


def test_a_flagged_result_caps_the_score_and_does_not_gate_generation() -> None:
    record = _record([("get_scan_status_for_weblasso", {}, STUB)])
    findings = validate(record, CTX)
    flagged = [f for f in findings if f.kind == "unanswered_name"]
    assert flagged and all(f.severity == "error" and f.message_index == 2 for f in flagged)
    assert score(record, findings).overall <= 3.0
    assert not any(gates(f) for f in flagged)
