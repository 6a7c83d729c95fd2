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
