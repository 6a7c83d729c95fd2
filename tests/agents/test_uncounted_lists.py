"""A result that is several things with no count key is answered as several: a 4-seat
map is "4 turned up; the first has seat 14C", not "its seat is 14C" (bundled seed 11
#206). A record with lines (an order's items beside its status and total) is still one
thing."""

from __future__ import annotations

from typing import Any

from toolgen.agents.offline import Intent
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint

SEATS = {"flight_id": "flg_86e5eb", "seats": [
    {"seat": s, "window": s.endswith("F"), "extra_fee": {"amount": fee, "currency": "EUR"}}
    for s, fee in (("14C", 4.91), ("14D", 44.04), ("14E", 17.78), ("14F", 24.9))]}
ORDER = {"order_id": "ord_295335", "status": "delivered", "items": [
    {"product_id": "prd_4792", "quantity": 1, "price": 90.61},
    {"product_id": "prd_4362", "quantity": 1, "price": 89.76}], "total": 180.37}


def _facts(name: str, output: Any, args: dict[str, Any]) -> list[tuple[str, str]]:
    endpoint = Endpoint(id=f"t/{name}", function_name=name, tool_id="t", tool_name="T",
                        category="Travel", name=name)
    done = Executed(MadeCall("c1", endpoint, args), ExecutionResult("ok", output, None, ()),
                    None)
    outcome = outcome_of(done, Intent(verb="get", obj="the seat map", phrase="get the seats"))
    return [(f.label, f.value) for f in outcome.facts]


def test_a_seat_map_is_answered_with_how_many_seats_came_back() -> None:
    facts = _facts("get_seat_map", SEATS, {"flight_id": "flg_86e5eb"})
    assert facts[0] == ("count", "4"), facts


def test_a_bare_list_of_several_is_counted() -> None:
    facts = _facts("get_seat_map", SEATS["seats"], {"flight_id": "flg_86e5eb"})
    assert facts[0] == ("count", "4"), facts


def test_an_order_with_lines_is_not_a_list() -> None:
    facts = _facts("get_order", ORDER, {"order_id": "ord_295335"})
    assert ("count", "2") not in facts, facts


def test_a_single_item_is_not_counted() -> None:
    one = {"flight_id": "flg_86e5eb", "seats": SEATS["seats"][:1]}
    assert all(label != "count" for label, _ in _facts("get_seat_map", one,
                                                        {"flight_id": "flg_86e5eb"}))


def test_an_asked_id_is_said_first() -> None:
    # ToolBench seed 11 #257: "look up the user's id" answered with a name, not the id
    endpoint = Endpoint(id="t/get_user_id", function_name="get_user_id", tool_id="t",
                        tool_name="T", category="Social", name="get_user_id")
    output = {"user_id": "usr_709cb0", "username": "trevor_reviews",
              "full_name": "Trevor Oconnell", "followers": 4445, "channel": "Trevor Reviews"}
    done = Executed(MadeCall("c1", endpoint, {"channel": "Trevor Reviews"}),
                    ExecutionResult("ok", output, None, ()), None)
    outcome = outcome_of(done, Intent(verb="look up", obj="the user's id",
                                      phrase="look up the user's id"))
    assert outcome.facts[0].value == "usr_709cb0", outcome.facts
    named = outcome_of(done, Intent(verb="look up", obj="the user", phrase="look up the user"))
    assert named.facts[0].value != "usr_709cb0"


def test_two_lists_of_as_many_items_each_say_their_count() -> None:
    # bundled seed 7 #77: the show times' "2 turned up" took the events' "2 came back"
    from toolgen.agents.offline import Fact, Outcome, said_once

    shows = Outcome(Intent(verb="get", obj="show times", phrase="get show times"), "ok",
                    facts=(Fact("count", "2"), Fact("cinema", "Cineplex Cape Town")),
                    listed=2)
    events = Outcome(Intent(verb="find", obj="events", phrase="find events"), "ok",
                     facts=(Fact("count", "2"), Fact("name", "Cape Town Derby")), listed=2)
    said = said_once([shows, events])
    assert [f.value for f in said[1].facts] == ["2", "Cape Town Derby"]


def test_one_count_is_said_once_in_its_own_outcome() -> None:
    # ToolBench seed 11 #201: "the counts are 456 and 456"
    from toolgen.agents.offline import Fact, Outcome, said_once

    first = Outcome(Intent(verb="get", obj="the count", phrase="get the count"), "ok",
                    facts=(Fact("count", "456"),))
    again = Outcome(Intent(verb="get", obj="the count", phrase="get the count"), "ok",
                    facts=(Fact("count", "456"), Fact("count", "456")))
    said = said_once([first, again])
    assert [f.value for f in said[1].facts].count("456") <= 1


def test_a_count_that_is_the_result_repeated_is_still_the_same_result() -> None:
    from toolgen.agents.offline import Fact, Outcome, said_once

    first = Outcome(Intent(verb="get", obj="the count", phrase="get the count"), "ok",
                    facts=(Fact("count", "456"),))
    again = Outcome(Intent(verb="get", obj="the count", phrase="get the count"), "ok",
                    facts=(Fact("count", "456"),))
    assert said_once([first, again])[1].same


def test_a_counted_listing_after_a_list_of_as_many_keeps_its_count() -> None:
    # ToolBench seed 11 #4: 4 zips, then "total": 4 airports said as one airport
    from toolgen.agents.offline import Fact, Outcome, said_once

    zips = Outcome(Intent(verb="get", obj="zips", phrase="get zips"), "ok",
                   facts=(Fact("count", "4"), Fact("city", "Cranston")), listed=2)
    airports = Outcome(Intent(verb="get", obj="airports", phrase="get airports"), "ok",
                       facts=(Fact("total", "4"), Fact("name", "Boston Logan Airport")))
    assert said_once([zips, airports])[1].facts[0].value == "4"
