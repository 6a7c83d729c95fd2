"""A stay's price pays for its nights (BFCL seed 7 #21: fourteen nights in Melbourne for
247.06 AUD, 12 dollars a night)."""

from __future__ import annotations

import datetime as dt

import pytest
from executor_endpoints import endpoint, param

from toolgen.executor import MockExecutor

BOOK = endpoint("hotel_booking_book", (param("city"), param("from_date"), param("to_date")),
                {"type": "object", "properties": {
                    "booking_id": {"type": "string"}, "city": {"type": "string"},
                    "price": {"type": "number"}, "currency": {"type": "string"},
                    "from_date": {"type": "string"}, "to_date": {"type": "string"},
                    "status": {"type": "string"}}}, method="POST")
# Rough units per US dollar: a reader's sense of each currency.
_PER_DOLLAR = {"AUD": 1.5, "USD": 1.0, "GBP": 0.8, "EUR": 0.9, "JPY": 150}


@pytest.mark.parametrize("city", ["Melbourne", "New York", "London", "Paris", "Tokyo"])
@pytest.mark.parametrize("session_seed", range(3))
def test_a_two_week_stay_costs_two_weeks_of_nights(executor: MockExecutor, city: str,
                                                   session_seed: int) -> None:
    args = {"city": city, "from_date": "2025-04-03", "to_date": "2025-04-17"}
    out = executor.session(session_seed).call(BOOK, args).output
    nights = (dt.date.fromisoformat(out["to_date"]) - dt.date.fromisoformat(out["from_date"])).days
    assert nights == 14
    a_night = out["price"] / _PER_DOLLAR[out["currency"]] / nights
    assert 30 <= a_night <= 800, out


def test_a_hotel_tools_reservations_pay_for_their_nights() -> None:
    # bundled seed 59 #15: StayFinder Hotels' `list_reservations` (its own name says no
    # hotel) listed 22 nights for 200.9 EUR
    from bundled_endpoints import bundled_endpoint, bundled_executor

    executor = bundled_executor()
    listing = bundled_endpoint("list_reservations_for_stayfinder_hotels")
    checked = 0
    for seed in range(12):
        for row in executor.session(seed).call(listing, {}).output["reservations"]:
            nights = (dt.date.fromisoformat(row["check_out"])
                      - dt.date.fromisoformat(row["check_in"])).days
            price = row["total_price"]
            per_night = price["amount"] / _PER_DOLLAR[price["currency"]] / nights
            assert 35 <= per_night <= 800, row
            checked += 1
    assert checked >= 12
