"""Money a reviewer holds against the earlier results: cancelling an order refunds the
total its checkout or read stated (not a figure drawn afresh), unless the user named a
part; adding a product read earlier makes its cart line that price times the quantity."""

from __future__ import annotations

import pytest
from executor_endpoints import endpoint, param

from toolgen.executor import MockExecutor

MONEY = {"type": "object", "properties": {"amount": {"type": "number"},
                                          "currency": {"type": "string"}},
         "required": ["amount", "currency"]}
CHECKOUT = endpoint("checkout", (param("cart_id"),), {"type": "object", "properties": {
    "order_id": {"type": "string"}, "status": {"type": "string"}, "total": MONEY},
    "required": ["order_id", "status", "total"]}, method="POST")
CANCEL = endpoint("cancel_order", (param("order_id"), param("amount", "number", False)), {
    "type": "object", "properties": {"order_id": {"type": "string"},
                                     "status": {"type": "string"}, "refund": MONEY},
    "required": ["order_id", "status", "refund"]}, method="POST", url="/orders/{order_id}/cancel")
NUMBER = {"type": "number"}
PRODUCT = endpoint("get_product", (param("product_id"),), {"type": "object", "properties": {
    "product_id": {"type": "string"}, "title": {"type": "string"}, "price": NUMBER},
    "required": ["product_id", "title", "price"]})
ADD = endpoint("add_to_cart", (param("product_id"), param("quantity", "integer"),
                               param("cart_id")), {
    "type": "object", "properties": {
        "cart_id": {"type": "string"},
        "items": {"type": "array", "items": {"type": "object", "properties": {
            "product_id": {"type": "string"}, "quantity": {"type": "integer"},
            "line_total": NUMBER}, "required": ["product_id", "quantity", "line_total"]}},
        "subtotal": NUMBER}, "required": ["cart_id", "items", "subtotal"]}, method="POST")


@pytest.mark.parametrize("session_seed", range(8))
def test_cancelling_refunds_the_total_the_checkout_stated(executor: MockExecutor,
                                                         session_seed: int) -> None:
    session = executor.session(session_seed)
    order = session.call(CHECKOUT, {"cart_id": "crt_5c542d"}).output
    cancelled = session.call(CANCEL, {"order_id": order["order_id"]}).output
    assert cancelled["refund"] == order["total"]


def test_a_refund_of_a_part_the_user_named_is_not_the_total(executor: MockExecutor) -> None:
    session = executor.session(3)
    order = session.call(CHECKOUT, {"cart_id": "crt_5c542d"}).output
    part = round(order["total"]["amount"] / 2, 2)
    cancelled = session.call(CANCEL, {"order_id": order["order_id"], "amount": part}).output
    assert cancelled["refund"]["amount"] != order["total"]["amount"]


@pytest.mark.parametrize("session_seed", range(8))
def test_a_cart_line_of_a_product_read_before_is_its_price_times_quantity(
        executor: MockExecutor, session_seed: int) -> None:
    session = executor.session(session_seed)
    product = session.call(PRODUCT, {"product_id": "prd_9b73f3"}).output
    cart = session.call(ADD, {"product_id": "prd_9b73f3", "quantity": 3,
                              "cart_id": "crt_32a122"}).output
    line = next(i for i in cart["items"] if i["product_id"] == "prd_9b73f3")
    assert line["line_total"] == pytest.approx(product["price"] * 3, abs=0.011)
    summed = sum(i["line_total"] for i in cart["items"])
    assert cart["subtotal"] == pytest.approx(summed, abs=0.011)
