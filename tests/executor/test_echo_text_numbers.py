"""An amount asked as text (ToolBench types most parameters as strings) is the amount the
output states: converting "246.68" EUR must not come back as an amount of 23.06."""

from __future__ import annotations

from typing import Any

from toolgen.executor.echo import echo_arguments


def test_a_text_amount_fills_the_numeric_amount_it_restates() -> None:
    output: dict[str, Any] = {"amount": 23.06, "from": "EUR", "to": "CHF", "rate": 0.9565}
    echo_arguments(output, {"amount": "246.68", "from_currency": "EUR"})
    assert output["amount"] == 246.68


def test_a_whole_number_in_text_fills_a_whole_number_field() -> None:
    output: dict[str, Any] = {"quantity": 7, "item": "coffee beans"}
    echo_arguments(output, {"quantity": "3"})
    assert output["quantity"] == 3 and isinstance(output["quantity"], int)


def test_text_that_is_not_a_plain_number_or_a_fraction_for_a_count_is_left() -> None:
    output: dict[str, Any] = {"quantity": 7, "amount": 12.5}
    echo_arguments(output, {"quantity": "2.5", "amount": "about 30 euros"})
    assert output == {"quantity": 7, "amount": 12.5}
