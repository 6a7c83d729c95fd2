"""The facts an answer reports: an amount comes with its currency."""

from __future__ import annotations

from toolgen.agents.policy.facts import facts_from


def test_an_amount_is_reported_with_the_currency_beside_it() -> None:
    output = {"results": [{"name": "Hotel Lumiere",
                           "price_per_night": {"amount": 565.4, "currency": "EUR"}}]}
    values = [f.value for f in facts_from(output)]
    assert "Hotel Lumiere" in values
    assert "565.4 EUR" in values and "565.4" not in values


def test_an_amount_without_a_currency_and_other_numbers_are_left_alone() -> None:
    values = [f.value for f in facts_from({"total": 98, "price": 12.5, "currency_note": "x"})]
    assert "98" in values and "12.5" in values
    rated = [f.value for f in facts_from({"rating": 4.5, "currency": "EUR"})]
    assert rated == ["4.5"]
