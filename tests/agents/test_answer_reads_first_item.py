"""An answer about a listing is read from its first item: the later items are not walked.

`content_first` completes an answer with the first item's own words, and the second
item's facts (`Outcome.spare`) are said only when the first repeats an earlier result;
neither should cost a walk of a long result to its end. Each test hands over later items
that fail the test when read, and still checks what the answer says.
"""

from __future__ import annotations

from typing import Any

import pytest

from toolgen.agents import offline as lang
from toolgen.agents.offline import Fact, Intent, Outcome
from toolgen.agents.policy.content_first import content_first
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint


class _Unread(dict[str, Any]):
    """A later list item: reading its fields fails the test."""

    def items(self) -> Any:
        pytest.fail("read a list item after the first")

    def values(self) -> Any:
        pytest.fail("read a list item after the first")

    def keys(self) -> Any:
        pytest.fail("read a list item after the first")

    def __iter__(self) -> Any:
        pytest.fail("read a list item after the first")


def _listing(n: int) -> dict[str, Any]:
    first = {"flight_id": "flg_fc030b", "airline": "Qantas", "flight_number": "AG5536"}
    return {"flights": [first, *[_Unread(flight_id=f"flg_{i:06d}") for i in range(1, n)]]}


def test_content_first_names_the_first_item_without_reading_the_rest() -> None:
    facts = content_first([], _listing(500), {})
    said = [f.value for f in facts]
    assert "Qantas" in said, said
    assert "flg_fc030b" not in said, said  # an id is no content


def test_a_lookup_outcome_leaves_later_items_unread_until_said() -> None:
    # the first three may be named ("there are 500 flights, among them ..."), no more
    endpoint = Endpoint(id="t/e", function_name="search_flights", tool_id="t", tool_name="T",
                        category="Travel", name="search_flights")
    output = {"flights": [{"flight_id": "flg_fc030b", "airline": "Qantas"},
                          {"flight_id": "flg_000001", "airline": "Iberia"},
                          {"flight_id": "flg_000002", "airline": "KLM"},
                          *[_Unread(flight_id=f"flg_{i:06d}", airline="Iberia")
                            for i in range(3, 500)]]}
    done = Executed(MadeCall("c1", endpoint, {}), ExecutionResult("ok", output, None, ()),
                    None)
    outcome = outcome_of(done, Intent(verb="find", obj="flights", phrase="find flights"))
    assert "Qantas" in [f.value for f in outcome.facts]


def _intent(obj: str) -> Intent:
    return Intent(verb="get", obj=obj, phrase=f"get {obj}")


def test_spare_facts_are_worked_out_only_for_a_repeated_result() -> None:
    asked: list[str] = []

    def later(name: str) -> Any:
        def facts() -> tuple[Fact, ...]:
            asked.append(name)
            return (Fact("name", f"{name} two"),)
        return facts

    first = Outcome(_intent("the hotel"), "ok", facts=(Fact("name", "Hotel Lisboa"),),
                    spare=later("first"))
    fresh = Outcome(_intent("the room"), "ok", facts=(Fact("room type", "Suite"),),
                    spare=later("fresh"))
    again = Outcome(_intent("the hotels"), "ok", facts=(Fact("name", "Hotel Lisboa"),),
                    spare=later("again"))
    said = lang.said_once([first, fresh, again])
    assert asked == ["again"]  # only the result that repeats an earlier one
    assert [f.value for f in said[2].facts] == ["again two"]
    assert [f.value for f in said[1].facts] == ["Suite"]
