"""A record cancelled for a refund was paid that much: a flight booking cancelled with a
refund of 385.40 EUR was read back at 372.60 (bundled seed 83 #2)."""

from __future__ import annotations

from bundled_endpoints import bundled_endpoint, bundled_executor


def test_a_booking_read_after_its_refund_cost_the_refund() -> None:
    cancel = bundled_endpoint("cancel_flight_booking_for_skyway_flights")
    read = bundled_endpoint("get_flight_booking_for_skyway_flights")
    executor = bundled_executor()
    compared = 0
    for seed in range(8):
        session = executor.session(seed)
        refund = session.call(cancel, {"booking_id": "bkn_ff9435"}).output.get("refund")
        booking = session.call(read, {"booking_id": "bkn_ff9435"}).output
        if isinstance(refund, dict) and "total_price" in booking:
            compared += 1
            assert booking["total_price"] == refund, (refund, booking)
    assert compared >= 4
