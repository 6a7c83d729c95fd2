"""Counts said as counts, and a list's item as one of them: "Gregory Lynch, with 266
following" and "433 points", not "with following 266" (ToolBench seed 7 #119) or "with
points 433" (BFCL seed 7 #274); a port of a list of open ports is "open port 8080", not
"8080 open ports"; a list of followings asked for is named by its first, not by the
first one's count of accounts it follows (ToolBench seed 8 #23)."""

from __future__ import annotations

import random

from toolgen.agents.offline import Fact, Intent
from toolgen.agents.offline.clauses import fact_clauses
from toolgen.agents.policy.asked_figure import asked_figure
from toolgen.agents.policy.content_first import _item_words


def _said(*facts: Fact) -> str:
    return fact_clauses(list(facts), lambda v: v, random.Random(1))


def test_a_count_is_said_number_first() -> None:
    text = _said(Fact("name", "Gregory Lynch"), Fact("following", "266"))
    assert "266 following" in text and "following 266" not in text, text
    text = _said(Fact("games played", "10"), Fact("points", "433"))
    assert "433 points" in text and "points 433" not in text, text


def test_a_figure_that_counts_nothing_keeps_its_label_first() -> None:
    text = _said(Fact("name", "Port Scan"), Fact("progress", "100"))
    # "with a progress of 100" (`beside`), never "100 progress"
    assert "progress of 100" in text and "100 progress" not in text, text
    text = _said(Fact("name", "Wagon 3"), Fact("wheelchair spaces", "1"))
    assert "wheelchair spaces 1" in text, text


def test_one_item_of_a_list_of_values_is_said_as_one() -> None:
    output = {"host": "alvarado-david.org", "open_ports": [8080, 993]}
    facts = _item_words(output, set(), frozenset())
    assert [f.label for f in facts if f.value == "8080"] == ["open port"], facts


def test_a_named_list_is_not_answered_by_its_first_items_count() -> None:
    output = {"followings": [{"username": "kevin.arnold", "full_name": "Kevin Arnold",
                              "followers": 2052, "following": 841}], "total": 4}
    intent = Intent("check", "list of the user following", "check the list of the user following")
    assert asked_figure(output, intent) is None
    temperature = {"forecast": [{"time": "09:00", "temperature": 21.5}]}
    asked = asked_figure(temperature, Intent("get", "temperature", "get the temperature"))
    assert asked is not None and asked[1] == "21.5"
