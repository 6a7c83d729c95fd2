"""Money is written in its currency's scale (BFCL seed 7 #163: thirteen nights in Seoul
booked for 296.19 KRW, under a quarter of a dollar and in cents the won lacks)."""

from __future__ import annotations

import pytest
from executor_endpoints import endpoint, param

from toolgen.executor import MockExecutor
from toolgen.executor.currency_scale import written

BOOK = endpoint("hotel_booking_book", (param("city"), param("from_date"), param("to_date")),
                {"type": "object", "properties": {
                    "booking_id": {"type": "string"}, "city": {"type": "string"},
                    "price": {"type": "number"}, "currency": {"type": "string"},
                    "from_date": {"type": "string"}, "to_date": {"type": "string"},
                    "status": {"type": "string"}}}, method="POST")
PAY = endpoint("create_payment", (param("amount", "number"), param("currency")), {
    "type": "object", "properties": {"payment_id": {"type": "string"},
                                     "amount": {"type": "number"},
                                     "currency": {"type": "string"}}}, method="POST")
# Rough units per US dollar: a reader's sense of each currency, not the executor's table.
_PER_DOLLAR = {"KRW": 1300, "JPY": 150, "IDR": 15000, "VND": 24000, "INR": 80}


@pytest.mark.parametrize("city,code", [("Seoul", "KRW"), ("Tokyo", "JPY"),
                                       ("Jakarta", "IDR"), ("Hanoi", "VND")])
@pytest.mark.parametrize("session_seed", range(4))
def test_a_stay_priced_in_a_small_unit_currency_costs_its_scale(
        executor: MockExecutor, city: str, code: str, session_seed: int) -> None:
    out = executor.session(session_seed).call(BOOK, {
        "city": city, "from_date": "2025-04-03", "to_date": "2025-04-07"}).output
    assert out["currency"] == code, out
    assert isinstance(out["price"], int), out  # no cents of a yen, a won or a dong
    assert out["price"] / _PER_DOLLAR[code] >= 5, out  # worth dollars, not cents


def test_an_amount_the_user_sent_stays_as_sent(executor: MockExecutor) -> None:
    out = executor.session(0).call(PAY, {"amount": 5000, "currency": "JPY"}).output
    assert out["amount"] == 5000 and out["currency"] == "JPY"


def test_written_keeps_a_currencys_minor_units() -> None:
    assert written(396894.7, "KRW") == 396895
    assert written(24688.5, "jpy") == 24688
    assert written(12.3456, "EUR") == 12.35
    assert written(12.0, "EUR", whole=True) == 12
