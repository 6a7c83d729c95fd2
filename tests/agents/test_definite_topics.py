"""An answer names what it found as the thing at hand: "I pulled up the info on the
user: it is Jennifer Anderson", not "the info on a user" (BFCL seed 71 #0), and "As for
the summary of the legal case", not "As for a summary" (#16). Before `definite`, 80 such
indefinite topics were said in the answers of 300 records of each corpus at seed 71."""

from __future__ import annotations

import re
from typing import Any

import pytest

from toolgen.agents.offline.goal_phrases import definite
from toolgen.pipeline.runtime import RunConfig

from .generated import generated

# an answer naming its topic with an indefinite article
_INDEFINITE = re.compile(r"\b(?:As for|Looking at|I pulled up|I found|I checked|For) an? \w+"
                         r"|\bthe (?:details|info|information|summary|specifics|orders|"
                         r"history|comments) (?:on|of|from|about) an? \w+")


@pytest.mark.parametrize(("said", "meant"), [
    ("the info on a user", "the info on the user"),
    ("a summary of the legal case", "the summary of the legal case"),
    ("the details of an order", "the details of the order"),
    ("the minutes in a week", "the minutes in a week"),  # a unit, not a thing found
    ("the exchange rate", "the exchange rate"),
])
def test_a_found_thing_is_definite(said: str, meant: str) -> None:
    assert definite(said) == meant


def test_answers_name_what_they_found_as_the_thing(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    records: list[dict[str, Any]] = generated(
        tmp_path_factory, RunConfig(n=120, seed=71), "definite_topics")
    answers = [(r["conversation_id"], m["content"]) for r in records for m in r["messages"]
               if m["role"] == "assistant" and m.get("content") and not m.get("tool_calls")]
    assert len(answers) >= 200
    found = [(cid, hit) for cid, text in answers for hit in _INDEFINITE.findall(text)]
    assert not found, found[:5]
