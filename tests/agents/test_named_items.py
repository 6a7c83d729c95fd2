"""A listing whose items say little beyond their names is answered by those names.

ToolBench seed 71 answered "For the airports, Vancouver International Airport heads a
list of 2" (#32), "I checked all publishers, and Stonebridge Press heads a list of 3"
(#162) and "there are 3 in all, the first in Phoenix" of a list of ZIP codes (#39): one
thing found, or only where it is, and the rest unsaid."""

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


def _answers(arguments: dict[str, Any], output: Any, intent: Intent) -> list[str]:
    endpoint = Endpoint(id="t/list", function_name="list_for_t", tool_id="t",
                        tool_name="T", category="Data", name="list")
    done = Executed(MadeCall("c1", endpoint, arguments),
                    ExecutionResult("ok", output, None, ()), None)
    outcomes = lang.said_once([outcome_of(done, intent)])
    return [lang.assistant_report(outcomes, random.Random(seed)) for seed in range(30)]


AIRPORTS = {"airports": [
    {"airport_id": "arp_721a53", "name": "Vancouver International Airport", "iata": "YVR"},
    {"airport_id": "arp_0c1d2e", "name": "Victoria International Airport", "iata": "YYJ"}],
    "total": 2}
PUBLISHERS = {"data": [
    {"publisherEmail": "sarah@example.com", "publisherName": "Stonebridge Editions",
     "phoneNumber": "+90 513 682 980"},
    {"publisherEmail": "joe@example.com", "publisherName": "Northfield Press",
     "phoneNumber": "+44 20 7946 0018"},
    {"publisherEmail": "ann@example.com", "publisherName": "Old Mill House",
     "phoneNumber": "+49 30 901820"}]}
ZIPS = {"data": [
    {"zip": "85064", "city": "Phoenix", "county": "Maricopa County", "state": "AZ"},
    {"zip": "85795", "city": "Tucson", "county": "Pima County", "state": "AZ"},
    {"zip": "85069", "city": "Phoenix", "county": "Maricopa County", "state": "AZ"}]}


@pytest.mark.parametrize(("args", "output", "obj", "names"), [
    ({"city": "Vancouver"}, AIRPORTS, "the airports",
     ("Vancouver International Airport", "Victoria International Airport")),
    ({}, PUBLISHERS, "all publishers",
     ("Stonebridge Editions", "Northfield Press", "Old Mill House")),
    ({"stateId": "AZ"}, ZIPS, "the zips in the state", ("85064", "85795", "85069")),
])
def test_every_item_is_named(args: dict[str, Any], output: Any, obj: str,
                             names: tuple[str, ...]) -> None:
    intent = Intent(verb="see", obj=obj, phrase=f"see {obj}")
    for answer in _answers(args, output, intent):
        assert all(name in answer for name in names), answer
        assert "heads a list" not in answer and "the first" not in answer, answer
        assert answer.count(": ") < 2, answer  # "I pulled up X: 3 came back: A, B"


def test_a_lists_key_is_not_said_as_its_items_noun() -> None:
    # ToolBench seed 97 #4: "2 bodies came back: Wild Atlas and Golden Meadow"
    output = {"success": True, "body": [{"name": "Wild Atlas", "ingredients": ["gin"]},
                                        {"name": "Golden Meadow", "ingredients": ["rum"]}]}
    intent = Intent(verb="see", obj="a random cocktail", phrase="see a random cocktail")
    for answer in _answers({}, output, intent):
        assert "Wild Atlas" in answer and "Golden Meadow" in answer, answer
        assert "bodies" not in answer, answer


def test_a_second_list_names_its_items_though_the_first_held_some() -> None:
    # BFCL seed 97 #23: "there are 3, among them Voices of the Sea" left out the two
    # titles the first search had found (judge: count_contradiction)
    def exhibitions(month: str, titles: list[str]) -> Executed:
        endpoint = Endpoint(id="t/find", function_name="find_exhibition", tool_id="t",
                            tool_name="T", category="Art", name="find exhibition")
        rows = [{"exhibition_id": f"exh_{i}{month}", "title": t, "month": month}
                for i, t in enumerate(titles)]
        return Executed(MadeCall(f"c{month}", endpoint, {"month": month}),
                        ExecutionResult("ok", {"exhibitions": rows, "total": len(rows)},
                                        None, ()), None)

    intent = Intent(verb="find", obj="exhibitions", phrase="find exhibitions")
    outcomes = lang.said_once([
        outcome_of(exhibitions("June", ["Light and Shadow", "The Human Figure"]), intent),
        outcome_of(exhibitions("February", ["The Human Figure", "Light and Shadow",
                                             "Voices of the Sea"]), intent)])
    for seed in range(20):
        answer = lang.assistant_report(outcomes, random.Random(seed))
        # each list says each of its titles: the shared two twice, the new one once
        assert answer.count("The Human Figure") == 2, answer
        assert answer.count("Light and Shadow") == 2, answer
        assert "Voices of the Sea" in answer, answer
