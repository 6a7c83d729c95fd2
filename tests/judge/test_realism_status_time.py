"""A status the dates beside it contradict (`status_time`), and a confirmed booking paid.

Flagged: a flight "boarding" by an update months before it leaves, one "delayed" by an
update months after it landed (BFCL seed 7 #160), a booking updated before it was made.
Left alone: the same flights read at a moment their status is true at, a flight with no
update stamp, a status the user sent. `paid_again`: a confirmed reservation is not yet
paid for (bundled seed 7 #9 once its read no longer says cancelled); a confirmed payment is.
"""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext
from toolgen.judge.realism import state_order, status_time
from toolgen.judge.view import build_view
from toolgen.records import Record

from .factories import build, calls_record

CTX = JudgeContext()


def _flight(**fields: Any) -> dict[str, Any]:
    return {"flight_id": "flg_0bb39a", "flight_number": "DL2390", "origin": "Edinburgh",
            "destination": "London", "departure_time": "2025-07-11T02:45:00Z",
            "arrival_time": "2025-07-11T04:00:00Z", **fields}


def _record(output: Any, args: dict[str, Any] | None = None) -> Record:
    return calls_record([("flight_status_check", args or {"flight_id": "flg_0bb39a"}, output)],
                        user="What's the status of my flight flg_0bb39a?",
                        answer="It is as the airline says.", conversation_id="t-time")


def _kinds(record: Record) -> list[str]:
    return [f.kind for f in status_time.check_view(build_view(record), CTX)]


def test_boarding_months_before_departure_is_flagged() -> None:
    record = _record(_flight(status="boarding", updated_at="2025-03-02T10:00:00Z"))
    assert _kinds(record) == ["status_time"]


def test_delayed_months_after_landing_is_flagged() -> None:
    record = _record(_flight(status="delayed", updated_at="2025-11-20T11:10:00Z"))
    assert _kinds(record) == ["status_time"]


def test_an_update_before_creation_is_flagged() -> None:
    record = _record({"booking_id": "bkn_e3479c", "status": "confirmed",
                      "created_at": "2025-07-05T15:16:00Z",
                      "updated_at": "2025-06-01T09:00:00Z"})
    assert _kinds(record) == ["status_time"]


def test_statuses_true_at_their_moment_stay_clean() -> None:
    for status, stamp in (("scheduled", "2025-07-05T15:16:00Z"),
                          ("boarding", "2025-07-11T02:15:00Z"),
                          ("delayed", "2025-07-10T20:45:00Z"),
                          ("landed", "2025-11-20T11:10:00Z")):
        assert _kinds(_record(_flight(status=status, updated_at=stamp))) == [], status


def test_no_stamp_or_a_sent_status_stays_clean() -> None:
    assert _kinds(_record(_flight(status="boarding"))) == []
    sent = _record(_flight(status="landed", updated_at="2025-03-02T10:00:00Z"),
                   {"flight_id": "flg_0bb39a", "status": "landed"})
    assert _kinds(sent) == []


def _paid_after(status: str, own: str) -> list[str]:
    record = calls_record([
        ("get_reservation", {"reservation_id": "rsr_a6fb20"},
         {own: "rsr_a6fb20", "status": status,
          "total_price": {"amount": 207.1, "currency": "EUR"}}),
        ("create_payment", {"amount": 207.1, "currency": "EUR",
                            "payment_method_id": "mth_852339"},
         {"payment_id": "pay_6096", "amount": 207.1, "status": "pending"})],
        user="Pay my reservation.", answer="Done.", conversation_id="t-pay")
    d = record.model_dump(mode="json")
    d["step_trace"][1]["effect"] = "create"
    return [f.kind for f in state_order.check_view(build_view(build(d)), CTX)]


def test_a_confirmed_booking_paid_is_clean_a_confirmed_payment_is_not() -> None:
    assert _paid_after("confirmed", "reservation_id") == []
    assert _paid_after("cancelled", "reservation_id") == ["paid_again"]
    assert _paid_after("confirmed", "payment_id") == ["paid_again"]
