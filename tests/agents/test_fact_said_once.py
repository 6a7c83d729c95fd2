"""An answer states each tool value once, even where one value holds another.

On the old code ToolBench seed 7 records 320 and 709 said "the summary is 113 checked:
103 valid, 10 invalid, with valid 103", and record 687 'the first fact is "This subject is
covered in most introductory textbooks.", with text This subject is covered in most
introductory textbooks.' (judge: repeated_fact, rejected)."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from toolgen.agents import offline as lang
from toolgen.agents.offline import Intent
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint


def _answers(function_name: str, arguments: dict[str, Any], output: Any,
             intent: Intent) -> list[str]:
    endpoint = Endpoint(id="t/e", function_name=function_name, tool_id="t", tool_name="T",
                        category="Data", name=function_name)
    done = Executed(MadeCall("c1", endpoint, arguments),
                    ExecutionResult("ok", output, None, ()), None)
    outcomes = lang.said_once([outcome_of(done, intent)])
    return [lang.assistant_report(outcomes, random.Random(seed)) for seed in range(30)]


SSN = {"AppId": "app_6d1b5c", "summary": "113 checked: 103 valid, 10 invalid.",
       "total_checked": 113, "valid": 103, "invalid": 10,
       "generated_at": "2025-05-03T18:10:00Z"}
FACT = {"fact_id": "fct_5767bb", "text": "This subject is covered in most introductory "
        "textbooks.", "author": "Michael Glenn", "category": "history",
        "url": "https://www.buchanan-rivera.info/facts/ca8f96"}


@pytest.mark.parametrize(("name", "args", "output", "intent", "value"), [
    ("get_archive_report_for_ssn_validation", {"AppId": "app_6d1b5c"}, SSN,
     Intent(verb="see", obj="the archived SSN report", phrase="see the archived SSN report"),
     "103"),
    ("get_fact_for_scienctific_facts_api", {"limit": 10}, FACT,
     Intent(verb="track down", obj="the fact", phrase="track down the fact"),
     "This subject is covered in most introductory textbooks"),
])
def test_a_value_inside_one_said_is_not_said_again(name: str, args: dict[str, Any],
                                                   output: Any, intent: Intent,
                                                   value: str) -> None:
    pattern = re.compile(rf"(?<![\w.]){re.escape(value)}(?![\w])")
    for text in _answers(name, args, output, intent):
        assert len(pattern.findall(text)) == 1, text


def test_a_value_not_said_inside_another_is_still_reported() -> None:
    output = {"report_id": "rpr_be6bed", "summary": "All numbers checked.", "valid": 346}
    intent = Intent(verb="see", obj="the report", phrase="see the report")
    for text in _answers("get_report_for_ssn_validation", {}, output, intent):
        assert "346" in text and "All numbers checked" in text, text
