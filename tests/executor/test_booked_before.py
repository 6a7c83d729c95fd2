"""A booking is made before what it books happens (BFCL seed 7 #200: a flight departing
2025-08-07 booked on 2026-01-02)."""

from __future__ import annotations

import random

from toolgen.executor.booked_before import booked_before


def test_a_booking_made_after_departure_moves_before_it() -> None:
    out = {"booking_id": "bkn_5d27d1", "departure_time": "2025-08-07T22:16:00Z",
           "created_at": "2026-01-02T10:16:00Z"}
    booked_before(out, {}, random.Random(0))
    assert out["departure_time"] == "2025-08-07T22:16:00Z"  # what was asked never moves
    assert "2025-06-01" < out["created_at"] < "2025-08-07", out
    assert out["created_at"].endswith("T10:16:00Z")  # its time of day and format kept


def test_a_stay_is_reserved_before_check_in_and_an_earlier_booking_stays() -> None:
    stay = {"check_in": "2025-03-10", "booked_at": "2025-04-01"}
    booked_before(stay, {}, random.Random(0))
    assert stay["booked_at"] < "2025-03-10", stay
    early = {"departure_date": "2025-08-07", "created_at": "2025-07-01T09:00:00Z"}
    booked_before(early, {}, random.Random(0))
    assert early["created_at"] == "2025-07-01T09:00:00Z"
    sent = {"start_date": "2025-01-05", "booking_date": "2025-02-01"}
    booked_before(sent, {"booking_date": "2025-02-01"}, random.Random(0))
    assert sent["booking_date"] == "2025-02-01"  # the user's own date stays


def test_a_booked_stay_given_by_bare_from_date_is_booked_before_it() -> None:
    """BFCL seed 7 #21: `hotel_booking_book` answered a stay from 2025-04-03 created on
    2025-08-18; a bare `from_date` is a start only on a booking."""
    stay = {"booking_id": "bkn_43c88a", "city": "Melbourne", "from_date": "2025-04-03",
            "to_date": "2025-04-17", "status": "confirmed",
            "created_at": "2025-08-18T13:38:00Z"}
    booked_before(stay, {"from_date": "2025-04-03"}, random.Random(0))
    assert stay["from_date"] == "2025-04-03"
    assert "2025-02-01" < stay["created_at"] < "2025-04-03", stay
    held = {"reservation_number": "R-2231", "arrival_date": "2025-06-10",
            "departure_date": "2025-06-12", "booked_at": "2025-07-01"}
    booked_before(held, {}, random.Random(0))
    assert held["booked_at"] < "2025-06-10", held
    by_status = {"date_from": "2025-03-01", "date_to": "2025-03-04", "status": "reserved",
                 "created_at": "2025-05-09"}
    booked_before(by_status, {}, random.Random(0))
    assert by_status["created_at"] < "2025-03-01", by_status


def test_a_reports_period_start_is_no_booking() -> None:
    """A report covering 2025-04-03 to 2025-04-17 is made after its period starts."""
    report = {"report_id": "rpt_1", "from_date": "2025-04-03", "to_date": "2025-04-17",
              "status": "completed", "created_at": "2025-08-18T13:38:00Z"}
    booked_before(report, {}, random.Random(0))
    assert report["created_at"] == "2025-08-18T13:38:00Z"
    unpaired = {"booking_id": "bkn_1", "from_date": "2025-04-03",
                "created_at": "2025-08-18T13:38:00Z"}  # no end: a filter, not a stay
    booked_before(unpaired, {}, random.Random(0))
    assert unpaired["created_at"] == "2025-08-18T13:38:00Z"
