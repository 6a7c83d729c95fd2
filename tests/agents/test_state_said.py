"""A city's state is said as where it is, not as a status (ToolBench seed 47 #19: "I
checked all indian cities, and it's Mumbai, currently Andhra Pradesh")."""

from __future__ import annotations

import random

import pytest

from toolgen.agents import offline as lang
from toolgen.agents.offline.intents import intent_from_text
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint


def _report(output: dict[str, object]) -> list[str]:
    endpoint = Endpoint(id="t/e", function_name="all_indian_cities", tool_id="t",
                        tool_name="Fuel", category="Data", name="All Indian Cities")
    done = Executed(MadeCall("c1", endpoint, {}), ExecutionResult("ok", output, None, ()), None)
    outcomes = lang.said_once([outcome_of(done, intent_from_text("All Indian Cities"))])
    return [lang.assistant_report(outcomes, random.Random(seed)) for seed in range(20)]


@pytest.mark.parametrize(("city", "state"), [("Mumbai", "Maharashtra"),
                                             ("Austin", "Texas")])
def test_a_citys_state_is_where_it_is(city: str, state: str) -> None:
    said = 0
    for text in _report({"success": True, "payload": {"cities": [
            {"name": city, "state": state}, {"name": "Pune", "state": "Maharashtra"}]}}):
        assert f"currently {state}" not in text and f"now {state}" not in text, text
        assert f"it's {state}" not in text and f"it is {state}" not in text, text
        said += state in text
    assert said >= 10


def test_a_status_state_is_still_a_status() -> None:
    texts = _report({"job_id": "job_1", "state": "running"})
    assert any(("it's running" in t or "it is running" in t or "currently running" in t
                or "now running" in t) for t in texts), texts
