"""A delivered order is reported delivered, not "with an ETA of 0 minutes" (bundled seed
59 #9); an order on its way still says when it comes."""

from __future__ import annotations

from toolgen.agents.policy.facts import facts_from


def test_a_zero_eta_of_an_order_that_is_over_is_not_said() -> None:
    facts = facts_from({"delivery_id": "dlv_cab62e", "status": "delivered", "eta_minutes": 0,
                        "placed_at": "2025-04-23T19:10:00Z"}, limit=5)
    assert facts and not any("ETA" in f.label or "eta" in f.label for f in facts), facts


def test_an_eta_still_to_come_is_said() -> None:
    facts = facts_from({"delivery_id": "dlv_cab62e", "status": "on_the_way", "eta_minutes": 12,
                        "placed_at": "2025-04-23T19:10:00Z"}, limit=5)
    assert any(f.label == "ETA" and f.value == "12 minutes" for f in facts), facts
