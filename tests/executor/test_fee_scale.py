"""A fee costs what fees cost (`executor.fee_scale`)."""

from __future__ import annotations

import random

from toolgen.executor.fee_scale import fee_step


def test_a_seat_fee_of_hundreds_is_drawn_again_as_tens() -> None:
    for seed in range(20):
        out = {"seats": [{"seat": "27A", "extra_fee": {"amount": 638.98, "currency": "CAD"}},
                         {"seat": "2F", "extra_fee": {"amount": 19.87, "currency": "CAD"}}]}
        fee_step(out, {}, random.Random(seed))
        fees = [s["extra_fee"]["amount"] for s in out["seats"]]
        assert 2.0 <= fees[0] <= 90.0, fees  # tens of dollars in CAD
        assert fees[1] == 19.87


def test_fees_sent_and_fields_that_are_no_fee_are_left_alone() -> None:
    out = {"lawyers": [{"name": "Lucia Moreau", "fee": 301}],
           "fee_percent": 450.0, "coffee": 900.0, "price": 640.0}
    fee_step(out, {"fee": 301}, random.Random(1))
    assert out == {"lawyers": [{"name": "Lucia Moreau", "fee": 301}],
                   "fee_percent": 450.0, "coffee": 900.0, "price": 640.0}
