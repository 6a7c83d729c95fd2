"""A booked flight read as a reviewer reads it: the booking names the flight, a status
check of that id is the same flight, and it leaves on the day and at the time asked."""

from __future__ import annotations

import pytest
from executor_endpoints import endpoint, param

from toolgen.executor import MockExecutor, endpoint_info

# Shapes BFCL gives no response for: the executor infers them from the names.
BOOK = endpoint("flight_book", (param("departure_location"), param("destination_location"),
                                param("date"), param("time")), method="POST")
STATUS = endpoint("flight_status_check", (param("flight_id"), param("passenger_name")))
SHOWTIMES = endpoint("get_showtimes", (param("movie_id"), param("date")), {
    "type": "object", "properties": {"showtimes": {"type": "array", "items": {
        "type": "object", "properties": {"showtime_id": {"type": "string"},
                                         "starts_at": {"type": "string",
                                                       "format": "date-time"}}}}}})
ASKED = {"departure_location": "Osaka", "destination_location": "Cape Town",
         "date": "2025-03-15", "time": "22:15"}


def test_the_endpoints_read_as_a_booking_and_a_lookup() -> None:
    assert endpoint_info(BOOK).action == "create"
    assert endpoint_info(STATUS).action != "create"


@pytest.mark.parametrize("session_seed", range(10))
def test_a_status_check_of_the_booked_flight_is_that_flight(executor: MockExecutor,
                                                            session_seed: int) -> None:
    s = executor.session(session_seed)
    booked = s.call(BOOK, ASKED).output
    assert str(booked["flight_id"]).startswith("flg_")
    assert booked["departure_time"].startswith("2025-03-15T22:15")
    status = s.call(STATUS, {"flight_id": booked["flight_id"],
                             "passenger_name": "James Alvarez"}).output
    for key in ("flight_number", "origin", "destination", "departure_time"):
        if key in status:
            assert status[key] == booked[key], key
    assert "departure_time" in status or "origin" in status


@pytest.mark.parametrize("session_seed", range(6))
def test_showings_asked_for_a_day_start_that_day(executor: MockExecutor,
                                                 session_seed: int) -> None:
    out = executor.session(session_seed).call(
        SHOWTIMES, {"movie_id": "mvo_1", "date": "2026-04-12"}).output
    assert out["showtimes"]
    assert all(s["starts_at"].startswith("2026-04-12") for s in out["showtimes"])
