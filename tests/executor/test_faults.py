from __future__ import annotations

import pytest
from executor_endpoints import CURSOR_LIST, DETAILS, LIST_BOOKINGS, LOGIN, PROFILE, SEARCH

from toolgen.executor import (
    FAULT_KINDS,
    FAULT_STATUS,
    PAGINATION_FALLBACK_ARGUMENT,
    Fault,
    MockExecutor,
    pagination_argument,
)


def test_validation_error_names_the_field(executor: MockExecutor) -> None:
    r = executor.session(1).call(SEARCH, {"city": "Lisbon"}, Fault("validation_error"))
    assert r.status == "http_400" and "'city'" in (r.error or "")
    r = executor.session(1).call(
        SEARCH, {"city": "Lisbon"}, Fault("validation_error", field="max_price")
    )
    assert "'max_price'" in (r.error or "") and r.output["error"]["field"] == "max_price"


def test_server_error(executor: MockExecutor) -> None:
    r = executor.session(1).call(SEARCH, {"city": "Lisbon"}, Fault("server_error"))
    assert r.status == "http_500" and r.output["error"]["code"] == 500 and r.output_refs == ()


def test_rate_limited_has_retry_after(executor: MockExecutor) -> None:
    r = executor.session(1).call(SEARCH, {"city": "Lisbon"}, Fault("rate_limited"))
    assert r.status == "http_429" and r.retry_after is not None and r.retry_after > 0
    r = executor.session(1).call(SEARCH, {"city": "Lisbon"}, Fault("rate_limited", retry_after=7))
    assert r.retry_after == 7 and r.output["error"]["retry_after"] == 7


def test_not_found_fault_names_the_id(executor: MockExecutor) -> None:
    r = executor.session(1).call(DETAILS, {"hotel_id": "htl_42"}, Fault("not_found"))
    assert r.status == "http_404" and "htl_42" in (r.error or "")


def test_empty_result(executor: MockExecutor) -> None:
    r = executor.session(1).call(SEARCH, {"city": "Lisbon"}, Fault("empty_result"))
    assert r.status == "empty" and r.output["results"] == [] and r.output["total"] == 0
    r = executor.session(1).call(LIST_BOOKINGS, {}, Fault("empty_result"))
    assert r.status == "empty" and r.output == []


def test_auth_expired_then_login_then_ok(executor: MockExecutor) -> None:
    s = executor.session(2)
    r = s.call(PROFILE, {}, Fault("auth_expired"))
    assert r.status == "http_401"
    assert s.call(PROFILE, {}).status == "http_401"  # sticky until an auth call
    login = s.call(LOGIN, {"username": "ann", "password": "pw"})
    token = login.output["token"]
    assert login.status == "ok" and token == s.token and token.startswith("tok_")
    assert s.call(PROFILE, {"token": token}).status == "ok"
    assert s.call(PROFILE, {}).status == "ok"
    assert s.call(PROFILE, {"token": "tok_stale"}).status == "http_401"


def test_auth_expired_non_sticky(executor: MockExecutor) -> None:
    s = executor.session(2)
    assert s.call(PROFILE, {}, Fault("auth_expired", sticky=False)).status == "http_401"
    assert s.call(PROFILE, {}).status == "ok"


def test_pagination_with_page_parameter(executor: MockExecutor) -> None:
    assert pagination_argument(SEARCH) == "page"
    s = executor.session(3)
    first = s.call(SEARCH, {"city": "Oslo"}, Fault("paginate", page_size=2))
    out = first.output
    assert first.status == "ok" and len(out["results"]) == 2
    assert out["page"] == 1 and out["next_cursor"] == 2 and out["has_more"] is True
    rest = s.call(SEARCH, {"city": "Oslo", "page": out["next_cursor"]}).output
    assert 1 <= len(rest["results"]) <= 3 and rest["has_more"] is False and rest["page"] == 2
    ids = {h["hotel_id"] for h in out["results"]} & {h["hotel_id"] for h in rest["results"]}
    assert not ids


def test_pagination_with_cursor_parameter(executor: MockExecutor) -> None:
    assert pagination_argument(CURSOR_LIST) == "cursor"
    s = executor.session(3)
    out = s.call(CURSOR_LIST, {"hotel_id": "htl_1"}, Fault("paginate")).output
    cursor = out["next_cursor"]
    assert isinstance(cursor, str) and len(out["reviews"]) == 2
    rest = s.call(CURSOR_LIST, {"hotel_id": "htl_1", "cursor": cursor}).output
    assert rest["reviews"] and rest["next_cursor"] is None


def test_pagination_fallback_argument(executor: MockExecutor) -> None:
    assert pagination_argument(LIST_BOOKINGS) is None
    s = executor.session(3)
    out = s.call(LIST_BOOKINGS, {}, Fault("paginate")).output
    assert set(out) >= {"results", "page", "next_cursor", "has_more"}
    rest = s.call(LIST_BOOKINGS, {PAGINATION_FALLBACK_ARGUMENT: out["next_cursor"]}).output
    assert rest["results"] and rest["next_cursor"] is None


def test_fault_kinds_are_known() -> None:
    assert set(FAULT_KINDS) == set(FAULT_STATUS)
    with pytest.raises(ValueError):
        Fault("meteor")  # type: ignore[arg-type]
    f = Fault("rate_limited", retry_after=3)
    assert Fault.from_dict(f.to_dict()) == f


def test_faults_do_not_change_state(executor: MockExecutor) -> None:
    s = executor.session(4)
    for kind in ("server_error", "rate_limited", "validation_error"):
        assert s.call(SEARCH, {"city": "Lisbon"}, Fault(kind)).status != "ok"  # type: ignore[arg-type]
    assert s.state.store == {}
