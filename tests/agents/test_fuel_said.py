"""A fuel's price is said with its money and measure: ToolBench seed 97 answered Indian
Fuel's city-wise data "its diesel is 95.17, with a petrol of 106.56"."""

from __future__ import annotations

import random
from typing import Any

import pytest

from toolgen.agents import offline as lang
from toolgen.agents.offline import Intent
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint


def _answers(function_name: str, args: dict[str, Any], output: Any) -> list[str]:
    endpoint = Endpoint(id=f"t/{function_name}", function_name=function_name, tool_id="t",
                        tool_name="Fuel", category="Data", name="city wise data")
    done = Executed(MadeCall("c1", endpoint, args), ExecutionResult("ok", output, None, ()),
                    None)
    intent = Intent(verb="see", obj="the city-wise data", phrase="see the city-wise data")
    outcomes = lang.said_once([outcome_of(done, intent)])
    return [lang.assistant_report(outcomes, random.Random(seed)) for seed in range(20)]


@pytest.mark.parametrize(("name", "args", "said"), [
    ("city_wise_data_for_indian_fuel", {"city": "Mumbai"},
     ("₹95.17 a litre", "₹106.56 a litre")),
    ("fuel_prices_for_t", {"city": "Berlin", "country": "Germany"},
     ("95.17 EUR a litre", "106.56 EUR a litre")),
])
def test_a_fuel_price_says_its_money_and_measure(name: str, args: dict[str, Any],
                                                 said: tuple[str, ...]) -> None:
    output = {"diesel": "95.17", "petrol": "106.56", "city": args["city"]}
    for answer in _answers(name, args, output):
        assert all(s in answer for s in said), answer
        assert "with a petrol of" not in answer and "its diesel is" not in answer, answer
