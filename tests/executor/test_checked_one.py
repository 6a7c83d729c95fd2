"""A check of one value answers that value's record, and a domain is named by its address.

Read as a reviewer reads the outputs (ToolBench seed 8307853 #3): Bouncer's email check
named the address's domain "Maple Hour" (`{"domain": {"name": ...}}`), and DeBounce's
bare `Email` endpoint of "DeBounce Email Validation" answered one address as a list of
one (`{"emails": [...], "total": 1}`, said "just 1 turned up"). A museum's hours on a
day (BFCL `get_museum_hours`) were a list of 16 rows, all for that one day.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.executor.corpus_endpoints import TOOLBENCH, corpus_endpoints

from toolgen.executor import MockExecutor
from toolgen.executor.actions import endpoint_info
from toolgen.records import Endpoint, Parameter

_EMAIL = "alex.clark9@weiss-pena.info"


def _param(name: str, schema: dict[str, Any]) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label=str(schema["type"]),
                     json_schema=schema, required=True)


@pytest.fixture(scope="module")
def checkers() -> Any:
    return corpus_endpoints(TOOLBENCH / "Email/bouncer_email_verification.json",
                            TOOLBENCH / "Email/debounce_email_validation.json")


def _outputs(checkers: Any, name: str, n: int = 10) -> list[Any]:
    eps, executor = checkers
    return [executor.session(seed).call(eps[name], {"email": _EMAIL}).output
            for seed in range(n)]


def test_an_email_checks_domain_is_named_by_the_address(checkers: Any) -> None:
    for out in _outputs(checkers, "verify_email_for_bouncer_email_verification"):
        assert out["domain"]["name"] == "weiss-pena.info", out


def test_a_check_of_one_email_answers_one_record(checkers: Any) -> None:
    for out in _outputs(checkers, "email_for_debounce_email_validation"):
        assert isinstance(out, dict) and not any(isinstance(v, list) for v in out.values()), out
        assert out.get("email") == _EMAIL, out


def test_a_museums_hours_on_a_day_are_one_record() -> None:
    museum = Endpoint(
        id="BFCL/get_museum_hours", function_name="get_museum_hours", tool_id="BFCL",
        tool_name="BFCL_v4_multiple", category="BFCL", name="get_museum_hours", method="CALL",
        description="Retrieve opening hours of a specified museum for the specified day.",
        parameters=[_param("museum_name", {"type": "string"}), _param("day", {"type": "string"})])
    assert endpoint_info(museum).action == "get"
    executor = MockExecutor(seed=7, pool_size=64)
    for seed in range(8):
        out = executor.session(seed).call(museum, {"museum_name": "Louvre", "day": "Sunday"}).output
        assert isinstance(out, dict) and not any(isinstance(v, list) for v in out.values()), out
        assert out.get("opens") and out.get("closes"), out


def test_a_bulk_check_stays_a_list() -> None:
    bulk = Endpoint(
        id="t/validate_emails", function_name="validate_emails", tool_id="t",
        tool_name="Email Validation", category="Email", name="validate_emails", method="POST",
        description="Validate a list of email addresses.",
        parameters=[_param("emails", {"type": "array", "items": {"type": "string"}})])
    assert endpoint_info(bulk).action == "list"
