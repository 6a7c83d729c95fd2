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


def _done(function_name: str, arguments: dict[str, Any], output: Any) -> Executed:
    endpoint = Endpoint(id=f"t/{function_name}", function_name=function_name, tool_id="t",
                        tool_name="T", category="Text", name=function_name)
    return Executed(MadeCall(function_name, endpoint, arguments),
                    ExecutionResult("ok", output, None, ()), None)


def test_a_lists_items_are_said_though_a_text_said_before_holds_them() -> None:
    # ToolBench seed 97 #34: the translation was quoted, then "The key phrases came
    # through, with nothing worth quoting in it", each phrase being a word of the quote.
    text = "De vergadering is verplaatst naar donderdagmiddag."
    translated = _done("text_translation", {"language_code": "nl", "text": "The meeting."},
                       {"translated_text": text, "target_language": "nl"})
    phrases = _done("key_phrases", {"language": "nl", "text": text},
                    {"data": {"key_phrases": ["vergadering", "verplaatst",
                                              "donderdagmiddag"]}, "status": "success"})
    outcomes = lang.said_once([
        outcome_of(translated, Intent(verb="translate", obj="the text",
                                      phrase="translate the text")),
        outcome_of(phrases, Intent(verb="see", obj="the key phrases",
                                   phrase="see the key phrases"))])
    for seed in range(20):
        answer = lang.assistant_report(outcomes, random.Random(seed))
        assert "nothing worth quoting" not in answer, answer
        assert all(w in answer.split(text)[-1]
                   for w in ("vergadering", "verplaatst", "donderdagmiddag")), answer
