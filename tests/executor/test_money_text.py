"""A price's text states the figure it stands beside (`executor.money_text`)."""

from __future__ import annotations

from typing import Any

from toolgen.executor.money_text import stated_figures


def _stated(obj: dict[str, Any]) -> dict[str, Any]:
    out = {"items": [dict(obj)]}
    stated_figures(out)
    return out["items"][0]


def test_a_formatted_amount_states_the_value() -> None:
    got = _stated({"currency": "EGP", "formattedAmount": "894.47", "value": 24.46})
    assert got == {"currency": "EGP", "formattedAmount": "24.46", "value": 24.46}


def test_a_display_price_keeps_its_symbol_and_grouping() -> None:
    got = _stated({"amount": 5804.0, "display_price": "₹7,495.00"})
    assert got["display_price"] == "₹5,804.00"


def test_texts_that_are_no_price_are_left_alone() -> None:
    obj = {"value": 3, "text": "3 items in stock", "formattedAddress": "12 Main St",
           "note": "was 40.00"}
    assert _stated(obj) == obj


def test_an_object_with_two_figures_is_left_alone() -> None:
    obj = {"amount": 10.0, "price": 12.5, "formatted_price": "$99.00"}
    assert _stated(obj) == obj
