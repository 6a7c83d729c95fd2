"""Money is said as what it is: a cancel's refund as a refund, not as what the order
"comes to" (bundled seed 21 #10: "I've cancelled the order, and it comes to 103.96 EUR"),
a cart's subtotal as the cart's; and a refund made is said as made."""

from __future__ import annotations

import random

from toolgen.agents import offline as lang
from toolgen.agents.offline import Intent
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint


def _said(function_name: str, output: dict[str, object], intent: Intent) -> list[str]:
    endpoint = Endpoint(id="t/e", function_name=function_name, tool_id="t", tool_name="T",
                        category="Commerce", name=function_name)
    done = Executed(MadeCall("c1", endpoint, {"order_id": "ord_ba26e6"}),
                    ExecutionResult("ok", output, None, ()), None)
    outcomes = lang.said_once([outcome_of(done, intent)])
    return [lang.assistant_report(outcomes, random.Random(seed)) for seed in range(30)]


def test_a_cancelled_orders_refund_is_called_a_refund() -> None:
    output = {"order_id": "ord_ba26e6", "status": "cancelled",
              "refund": {"amount": 103.96, "currency": "EUR"}}
    intent = Intent(verb="cancel", obj="the order", phrase="cancel the order")
    for text in _said("cancel_order", output, intent):
        if "103.96" in text:
            assert "refund" in text, text
            assert "it comes to 103.96" not in text, text


def test_a_physical_charge_is_not_said_as_money() -> None:
    output = {"charge": 1.602e-19, "unit": "C"}
    intent = Intent(verb="calculate", obj="the electric charge",
                    phrase="calculate the electric charge")
    for text in _said("calculate_electric_charge", output, intent):
        assert "comes to 1.602e-19" not in text, text


def test_a_refund_is_said_as_done_not_as_found() -> None:
    """"I found the payment - it is refunded (refund ID rfd_196)" (bundled seed 59 #7),
    "I checked the payment, and it's refunded" (#22): the mock reads the refund endpoint
    as a lookup, but the user asked for a refund and one was made."""
    output = {"refund_id": "rfd_196", "payment_id": "pay_6908", "amount": 566.2,
              "currency": "EUR", "status": "refunded"}
    intent = Intent(verb="refund", obj="the payment", phrase="refund the payment")
    texts = _said("refund_payment", output, intent)
    for text in texts:
        assert not any(w in text for w in ("found the payment", "checked the payment",
                                           "Looking at the payment", "As for the payment",
                                           "pulled up the payment")), text
    assert any("refunded the payment" in t for t in texts), texts


def test_a_carts_subtotal_is_not_what_the_added_product_comes_to() -> None:
    """"I've added a product to cart - it comes to 296.58 EUR" (bundled seed 59 #6): the
    cart's three lines, not the product added."""
    output = {"cart_id": "crt_347", "items": [
        {"product_id": "prd_5252", "quantity": 1,
         "line_total": {"amount": 94.4, "currency": "EUR"}},
        {"product_id": "prd_c1b29e", "quantity": 2,
         "line_total": {"amount": 102.05, "currency": "EUR"}}],
        "subtotal": {"amount": 196.45, "currency": "EUR"}}
    intent = Intent(verb="add", obj="a product to cart", phrase="add a product to cart")
    texts = [t for t in _said("add_to_cart", output, intent) if "196.45" in t]
    assert texts
    for text in texts:
        assert "it comes to 196.45" not in text and "subtotal" in text, text
