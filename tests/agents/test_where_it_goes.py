"""Where an order goes is said as where it goes (bundled seed 21 #10: "check the checkout in
Wegmannstrasse 785, Zurich"; #189: "check out the cart near Fazenda Rodrigues")."""

from __future__ import annotations

import random

from toolgen.agents.offline import Intent, Slot
from toolgen.agents.offline.intents import intent_from_text
from toolgen.agents.offline.saying import phrase

_ADDRESS = "Wegmannstrasse 785, Zurich, Switzerland"


def _said(name: str, label: str) -> set[str]:
    slot = Slot(name=name, label=label, value=_ADDRESS, kind="string", raw=_ADDRESS)
    return {phrase(slot, "<A>", random.Random(seed)) for seed in range(20)}


def test_a_shipping_address_is_where_the_order_ships() -> None:
    said = _said("shipping_address", "shipping address")
    assert said and all(s.startswith(("shipping to", "shipped to")) for s in said), said


def test_a_delivery_address_is_where_it_is_delivered() -> None:
    said = _said("delivery_address", "delivery address")
    assert said and all("delivery to" in s or "delivered to" in s for s in said), said


def test_a_checkout_is_checking_out_a_cart_not_a_thing_looked_up() -> None:
    intent = intent_from_text("Checkout", "Check out a cart and place the order", "ShopLine",
                              "cart")
    assert intent == Intent(verb="check out", obj="the cart", phrase="check out the cart")


def test_a_checkout_is_reported_as_done_not_as_something_found() -> None:
    """bundled seed 21 #10: "Here's what I found on the cart: it's paid"."""
    from toolgen.agents import offline as lang
    from toolgen.agents.policy.speech import outcome_of
    from toolgen.episode.state import Executed, MadeCall
    from toolgen.executor.results import ExecutionResult
    from toolgen.records import Endpoint, Parameter

    checkout = Endpoint(
        id="shop/checkout", function_name="checkout_for_shopline_store", tool_id="shop",
        tool_name="ShopLine Store", category="Commerce", name="Checkout", method="POST",
        description="Turn a cart into an order and charge the payment method.",
        parameters=(Parameter(name="cart_id", raw_name="cart_id", type_label="string",
                              json_schema={"type": "string"}, required=True),))
    done = Executed(MadeCall("c1", checkout, {"cart_id": "crt_2ea2b9"}),
                    ExecutionResult("ok", {"order_id": "ord_2525", "status": "paid", "total": {
                        "amount": 80.54, "currency": "CHF"}}, None, ()), None)
    outcome = outcome_of(done, lang.intent_of(checkout))
    for seed in range(20):
        text = lang.assistant_report(lang.said_once([outcome]), random.Random(seed))
        assert "checked out" in text, text
        assert "found" not in text, text
