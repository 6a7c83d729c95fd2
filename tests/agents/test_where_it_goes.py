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
