"""Money across calls (`reconciled`): a refund above what an earlier result said was paid
(`refund_over_paid`), a cart line off the product's price read earlier times its quantity
(`line_off_price`); their clean twins, a part refund the user named and amounts in another
currency stay clean."""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext
from toolgen.judge.realism import reconciled
from toolgen.judge.view import build_view
from toolgen.records import Record

from .factories import calls_record

CTX = JudgeContext()
Call = tuple[str, dict[str, Any], Any]

CHECKOUT = ("checkout", {"cart_id": "crt_5c542d"},
            {"order_id": "ord_3166", "status": "paid",
             "total": {"amount": 144.47, "currency": "AUD"}})
PRODUCT = ("get_product", {"product_id": "prd_9b73f3"},
           {"product_id": "prd_9b73f3", "title": "Eco Backpack",
            "price": {"amount": 84.0, "currency": "EUR"}})


def _kinds(*calls: Call) -> list[str]:
    record: Record = calls_record(list(calls), user="Please sort this out.", answer="Done.",
                                  conversation_id="t-money")
    return [f.kind for f in reconciled.check_view(build_view(record), CTX)]


def _cancel(amount: float, currency: str = "AUD") -> Call:
    return ("cancel_order", {"order_id": "ord_3166"},
            {"order_id": "ord_3166", "status": "cancelled",
             "refund": {"amount": amount, "currency": currency}})


def _added(line: float, quantity: int = 3) -> Call:
    return ("add_to_cart", {"product_id": "prd_9b73f3", "quantity": quantity},
            {"cart_id": "crt_32a122", "items": [
                {"product_id": "prd_9550", "quantity": 1, "line_total": 30.5},
                {"product_id": "prd_9b73f3", "quantity": quantity,
                 "line_total": {"amount": line, "currency": "EUR"}}]})


def test_a_refund_above_the_total_paid_is_flagged() -> None:
    assert _kinds(CHECKOUT, _cancel(155.98)) == ["refund_over_paid"]


def test_a_refund_of_the_total_or_a_part_of_it_is_clean() -> None:
    assert _kinds(CHECKOUT, _cancel(144.47)) == []
    assert _kinds(CHECKOUT, _cancel(100.0)) == []


def test_a_refund_of_an_amount_the_user_named_is_theirs() -> None:
    named = ("refund_order", {"order_id": "ord_3166", "amount": 150.0},
             {"order_id": "ord_3166", "refund": {"amount": 150.0, "currency": "AUD"}})
    assert _kinds(CHECKOUT, named) == []


def test_a_refund_in_another_currency_is_left_alone() -> None:
    assert _kinds(CHECKOUT, _cancel(155.98, "EUR")) == []


def test_a_refund_endpoints_own_amount_above_the_payment_is_flagged() -> None:
    pay = ("create_payment", {"currency": "USD"},
           {"payment_id": "pay_1", "amount": 40.0, "currency": "USD", "status": "succeeded"})
    refund = ("refund_payment", {"payment_id": "pay_1"},
              {"refund_id": "rfd_1", "payment_id": "pay_1", "amount": 52.0, "currency": "USD"})
    assert _kinds(pay, refund) == ["refund_over_paid"]


def test_a_cart_line_off_price_times_quantity_is_flagged() -> None:
    assert _kinds(PRODUCT, _added(87.98)) == ["line_off_price"]


def test_a_cart_line_of_price_times_quantity_is_clean() -> None:
    assert _kinds(PRODUCT, _added(252.0)) == []
    assert _kinds(PRODUCT, _added(84.0, quantity=1)) == []


def test_a_line_with_no_price_read_before_is_left_alone() -> None:
    assert _kinds(_added(87.98)) == []
