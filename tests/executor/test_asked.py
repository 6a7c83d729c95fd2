"""What an endpoint without a response schema answers when its name asks for something,
read as a reviewer reads it: a scan's status is a status with its progress, its report
holds findings the summary counts, a template has a body and the placeholders in it,
ending a timer says it ended and for how long it ran; and the status and the report of
one scan are two different answers."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter


def _p(name: str, schema: dict[str, object], required: bool = True) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label=str(schema.get("type")),
                     json_schema=schema, required=required)


def _rapid(name: str, tool: str, description: str, *params: Parameter) -> Endpoint:
    return Endpoint(id=f"{tool}/{name}", function_name=f"{name}_for_{tool}", tool_id=tool,
                    tool_name=tool.replace("_", " ").title(), category="Tools", name=name,
                    method="GET", description=description, parameters=params,
                    response_schema={})


SCAN = _p("scan_id", {"type": "string"})
STATUS = _rapid("get_scan_status", "port_scanner_api", "Get the status of a scan.", SCAN)
REPORT = _rapid("get_scan_report", "port_scanner_api", "Get the report of a scan.", SCAN)
INFO = _rapid("get_scan_info", "port_scanner_api", "Get information about a scan.", SCAN)
TEMPLATE = _rapid("get_output_template", "remote_commentator", "Get the output template.",
                  _p("id", {"type": "string"}))
END = _rapid("end", "test", "End a timer.", _p("timerID", {"type": "string"}))
HEALTH = _rapid("health_check", "hris", "Check the API's health.")
USAGE = _rapid("get_my_usage", "farmonaut", "Your API usage this month.")
SEEDS = range(8)


def _stamp(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


@pytest.mark.parametrize("seed", SEEDS)
def test_a_scan_status_is_a_status_whose_progress_agrees(executor: MockExecutor,
                                                         seed: int) -> None:
    out = executor.session(seed).call(STATUS, {"scan_id": "scn_1a2b3c"}).output
    assert out["scan_id"] == "scn_1a2b3c"
    assert out["status"] in ("queued", "running", "completed", "failed")
    expected = {"queued": 0, "completed": 100}.get(out["status"])
    if expected is not None:
        assert out["progress"] == expected
    else:
        assert 0 < out["progress"] < 100
    assert _stamp(out["updated_at"]) >= _stamp(out["started_at"])
    assert not any(k.endswith("_code") or k == "version" for k in out)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_scan_report_holds_findings_its_summary_counts(executor: MockExecutor,
                                                         seed: int) -> None:
    out = executor.session(seed).call(REPORT, {"scan_id": "scn_1a2b3c"}).output
    findings = out["findings"]
    assert findings and out["total_findings"] == len(findings)
    assert len({f["title"] for f in findings}) == len(findings)
    assert all(f["severity"] in ("low", "medium", "high") for f in findings)
    assert out["summary"].startswith(f"{len(findings)} findings: ")
    for severity in ("high", "medium", "low"):
        n = sum(f["severity"] == severity for f in findings)
        assert (f"{n} {severity}" in out["summary"]) == (n > 0)
    assert all(f["title"].startswith("Port ") for f in findings)  # a port scanner's


@pytest.mark.parametrize("seed", SEEDS)
def test_the_status_report_and_info_of_one_scan_are_three_answers(executor: MockExecutor,
                                                                  seed: int) -> None:
    session = executor.session(seed)
    outs = [session.call(e, {"scan_id": "scn_1a2b3c"}).output for e in (STATUS, REPORT, INFO)]
    assert outs[0] != outs[1] and outs[1] != outs[2] and outs[0] != outs[2]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_template_has_a_body_and_lists_its_placeholders(executor: MockExecutor,
                                                          seed: int) -> None:
    out = executor.session(seed).call(TEMPLATE, {"id": "tpl_77"}).output
    assert out["id"] == "tpl_77"
    assert out["body"] and out["placeholders"]
    assert re.findall(r"\{\{(\w+)\}\}", out["body"]) == out["placeholders"]


@pytest.mark.parametrize("seed", SEEDS)
def test_ending_a_timer_says_it_ended_and_how_long_it_ran(executor: MockExecutor,
                                                          seed: int) -> None:
    out = executor.session(seed).call(END, {"timerID": "tmr_623997"}).output
    assert out["timerID"] == "tmr_623997" and out["status"] == "ended"
    ran = _stamp(out["ended_at"]) - _stamp(out["started_at"])
    assert ran.total_seconds() == out["elapsed_seconds"] > 0
    assert "url" not in out and "timer_code" not in out


@pytest.mark.parametrize("seed", SEEDS)
def test_a_health_check_is_ok_with_no_made_up_record(executor: MockExecutor,
                                                     seed: int) -> None:
    out = executor.session(seed).call(HEALTH, {}).output
    assert out["status"] == "ok" and out["response_time_ms"] > 0
    assert not any(k.endswith("_id") for k in out)


@pytest.mark.parametrize("seed", SEEDS)
def test_usage_is_requests_used_of_the_limit(executor: MockExecutor, seed: int) -> None:
    out = executor.session(seed).call(USAGE, {}).output
    assert 0 <= out["requests_used"] <= out["requests_limit"]
    assert out["requests_used"] + out["requests_remaining"] == out["requests_limit"]


def test_a_corpus_response_schema_is_kept(executor: MockExecutor) -> None:
    given = STATUS.model_copy(update={"id": "port_scanner_api/given", "response_schema": {
        "type": "object", "properties": {"state": {"type": "string", "enum": ["done"]}}}})
    assert executor.session(0).call(given, {"scan_id": "scn_1"}).output == {"state": "done"}


RESULT = _rapid("get_call", "icmai_verification",
                "Used to fetch api result using the request id received in responses.",
                _p("request_id", {"type": "string"}))


@pytest.mark.parametrize("seed", SEEDS)
def test_the_result_of_a_request_says_it_is_done_and_what_it_found(executor: MockExecutor,
                                                                    seed: int) -> None:
    out = executor.session(seed).call(RESULT, {"request_id": "rqs_585389"}).output
    assert out["request_id"] == "rqs_585389" and out["status"] == "completed"
    assert isinstance(out["verified"], bool)
    assert "name" not in out and "version" not in out


def test_asking_twice_about_one_scan_tells_the_same_state(executor: MockExecutor) -> None:
    session = executor.session(3)
    first = session.call(STATUS, {"scan_id": "scn_9f00aa"}).output
    session.call(REPORT, {"scan_id": "scn_9f00aa"})
    again = session.call(STATUS, {"scan_id": "scn_9f00aa"}).output
    assert (again["status"], again["progress"]) == (first["status"], first["progress"])


CYCLING = _rapid("get_cycling_duration", "mapboxduration",
                 "Calculate the duration of travel by cycling.", _p("origin", {"type": "string"}))
PDF = _rapid("get_pdf_from_url", "pdflayer", "Convert a site URL to a PDF document.",
             _p("documentUrl", {"type": "string"}))


@pytest.mark.parametrize("seed", SEEDS)
def test_a_cycling_duration_comes_with_a_distance_at_cycling_speed(executor: MockExecutor,
                                                                   seed: int) -> None:
    out = executor.session(seed).call(CYCLING, {"origin": "Lisbon"}).output
    assert out["duration_minutes"] > 0
    assert 12 <= out["distance_km"] / (out["duration_minutes"] / 60) <= 18


@pytest.mark.parametrize("seed", SEEDS)
def test_a_pdf_made_from_a_page_is_a_new_document(executor: MockExecutor, seed: int) -> None:
    out = executor.session(seed).call(PDF, {"documentUrl": "https://example.org/a"}).output
    assert out["pdf_url"].startswith("https://") and out["pdf_url"] != out["documentUrl"]
    assert out["pages"] >= 1 and out["file_size_kb"] > 0
