"""An order read as a reviewer reads it: its money total ({amount, currency}) is the sum
of its line items, also when the order has no other top-level number."""

from __future__ import annotations

import pytest
from executor_endpoints import endpoint, param

from toolgen.executor import MockExecutor

MONEY = {"type": "object", "properties": {"amount": {"type": "number"},
                                          "currency": {"type": "string"}}}
ORDER = endpoint("get_order", (param("order_id"),), {"type": "object", "properties": {
    "order_id": {"type": "string"}, "status": {"type": "string"},
    "items": {"type": "array", "items": {"type": "object", "properties": {
        "product_id": {"type": "string"}, "quantity": {"type": "integer"}, "price": MONEY}}},
    "total": MONEY}})


@pytest.mark.parametrize("session_seed", range(8))
def test_a_money_total_is_the_sum_of_the_line_items(executor: MockExecutor,
                                                    session_seed: int) -> None:
    out = executor.session(session_seed).call(ORDER, {"order_id": "ord_c6ed33"}).output
    lines = sum(i["price"]["amount"] * i["quantity"] for i in out["items"])
    assert out["items"] and out["total"]["amount"] == pytest.approx(lines, abs=0.011)
