"""Outcome flags in mock results: a call that went through says so; a read does not claim
that its thing was cancelled (BFCL's `authentication_status` and `cancel_status` were true
or false at random, and an answer then said "all sorted" beside `false`)."""

from __future__ import annotations

from typing import Any

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter


def _param(name: str) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label="string",
                     json_schema={"type": "string"}, required=True, description="")


def _endpoint(name: str, params: tuple[str, ...], flags: tuple[str, ...]) -> Endpoint:
    response = {"type": "object", "properties": {f: {"type": "boolean"} for f in flags}}
    return Endpoint(id=f"t/{name}", function_name=name, tool_id="t", tool_name="Tool",
                    category="Data", name=name, description="",
                    parameters=tuple(_param(p) for p in params), response_schema=response,
                    response_source="schema")


def _flags(ep: Endpoint, args: dict[str, Any], n: int = 20) -> list[dict[str, Any]]:
    executor = MockExecutor(3)
    outputs = [executor.session(i).call(ep, args).output for i in range(n)]
    return [o for o in outputs if isinstance(o, dict) and "error" not in o]


def test_a_login_that_returns_reports_it_authenticated() -> None:
    ep = _endpoint("authenticate_twitter", ("username", "password"),
                   ("authentication_status", "is_authenticated"))
    outs = _flags(ep, {"username": "rebecca.chapman", "password": "pw"})
    assert outs
    assert all(o["authentication_status"] is True and o["is_authenticated"] is True
               for o in outs)


def test_a_cancellation_reports_it_cancelled() -> None:
    ep = _endpoint("cancel_booking", ("booking_id",), ("cancel_status", "cancelled"))
    outs = _flags(ep, {"booking_id": "bkn_3fa28a"})
    assert outs
    assert all(o["cancel_status"] is True and o["cancelled"] is True for o in outs)


def test_a_read_does_not_say_its_booking_was_cancelled_or_failed() -> None:
    ep = _endpoint("get_booking_details", ("booking_id",),
                   ("cancelled", "has_error", "success", "is_available"))
    outs = _flags(ep, {"booking_id": "bkn_3fa28a"})
    assert outs
    assert all(o["cancelled"] is False and o["has_error"] is False for o in outs)
    assert all(o["success"] is True and o["is_available"] is True for o in outs)


def test_a_flag_that_describes_the_thing_still_varies() -> None:
    ep = _endpoint("get_listing", ("listing_id",), ("pets_allowed",))
    seen = {o["pets_allowed"] for o in _flags(ep, {"listing_id": "lst_1"}, 30)}
    assert seen == {True, False}
