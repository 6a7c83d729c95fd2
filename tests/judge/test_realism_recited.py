"""`parameter_label` reads the recited templates the offline user wrote: "with the days at
3" (a number's label before "at") and "with details (yes, please)" (a yes/no's label with
its answer in brackets); the same values said as a person says them stay clean."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from toolgen.judge import JudgeContext, validate
from toolgen.judge.realism.recited import recited
from toolgen.records import Record

from .calibration.labelled import load

CTX = JudgeContext()
_FORECAST = next(r.record for r in load() if r.id == "cal-forecast-clean0")


def _forecast(text: str, details: bool | None = None) -> dict[str, Any]:
    d = copy.deepcopy(_FORECAST.model_dump(mode="json"))
    d["messages"][0]["content"] = text
    if details is not None:
        props = d["tools"][0]["function"]["parameters"]["properties"]
        props["details"] = {"type": "boolean", "description": "Hourly details."}
        call = d["messages"][1]["tool_calls"][0]["function"]
        call["arguments"] = json.dumps({**json.loads(call["arguments"]), "details": details})
        d["step_trace"][0]["arguments"]["details"] = {"value": details, "source": "user",
                                                      "message_index": 0}
    return d


def _labelled(d: dict[str, Any]) -> bool:
    return any(f.kind == "parameter_label" for f in validate(Record.model_validate(d), CTX))


@pytest.mark.parametrize(("text", "details", "flagged"), [
    ("What's the weather in Oslo with the days at 3?", None, True),
    ("What's the weather going to be like in Oslo for the next 3 days?", None, False),
    ("Weather in Oslo for 3 days, with details (yes, please)?", True, True),
    ("Weather in Oslo for 3 days, including details?", True, False),
    ("Weather in Oslo for 3 days, and no details, please.", False, False),
])
def test_recited_labels_are_flagged_and_plain_sayings_are_not(text: str, details: bool | None,
                                                              flagged: bool) -> None:
    assert _labelled(_forecast(text, details)) is flagged


def test_a_label_at_a_value_is_recited_only_after_with_the() -> None:
    assert recited("calculate it with the gravity at 45.28", "gravity", 45.28)
    assert recited("with the initial velocity at 779.99", "initial velocity", 779.99)
    assert not recited("calculate it with a gravity of 45.28", "gravity", 45.28)
    assert not recited("book the gravity tour at 10", "gravity", 10)
    assert recited("check the case with closed status (yes, please)", "closed status", True)
    assert not recited("check the case - yes, closed -", "closed status", True)


def test_a_count_before_its_noun_and_a_number_after_its_noun_are_said_as_words() -> None:
    from toolgen.judge.realism.recited import said_as_words
    text = "the dividend for 9403503 outstanding shares, 10 per page, on wagon number 24"
    assert said_as_words(text, "outstanding shares", "9403503", [text.index("9403503")])
    assert said_as_words(text, "per page", "10", [text.index("10 per")])
    assert said_as_words(text, "wagon number", "24", [text.index("24")])
    other = "the outstanding shares near 9403503"
    assert not said_as_words(other, "outstanding shares", "9403503", [other.index("9403503")])


def test_a_count_of_results_per_page_is_said_as_words() -> None:
    """ToolBench seed 31 #9: "look up some comments 10 results per page" was reported as
    the label 'per page' beside its value."""
    from toolgen.judge.realism.recited import said_as_words
    text = "look up some comments 10 results per page for the first video"
    assert said_as_words(text, "per page", "10", [text.index("10")])
    label_first = "look up some comments with per page 10"
    assert not said_as_words(label_first, "per page", "10", [label_first.index("10")])
