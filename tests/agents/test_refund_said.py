"""A cancel's refund is said as a refund, not as what the order "comes to" (bundled seed
21 #10: "I've cancelled the order, and it comes to 103.96 EUR")."""

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
