"""A yes/no the ask names is on: BFCL's `flight_book` is "Book a direct flight ...", and a
user asking to "book a direct flight" had it booked with `direct_flight` left at its
default, false, while the answer said "A direct flight is booked" (BFCL seed 59 #18)."""

from __future__ import annotations

import random

from toolgen.agents import offline as lang
from toolgen.agents.offline import Slot, intent_of, user_request
from toolgen.agents.planner.default_flags import asked_flag
from toolgen.records import Endpoint, Parameter
from toolgen.records.plan import Goal


def _flag(name: str, description: str) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label="boolean", required=False,
                     json_schema={"type": "boolean", "description": description},
                     description=description)


_DIRECT = _flag("direct_flight",
                "If set to true, only direct flights will be searched. Default is false")


def _book(description: str, *params: Parameter) -> Endpoint:
    return Endpoint(id="travel/flight_book", function_name="flight_book", tool_id="travel",
                    tool_name="travel", category="Travel", name="flight_book",
                    description=description, parameters=params)


def test_a_flag_the_ask_names_is_asked_for() -> None:
    direct = _book("Book a direct flight for a specific date and time from departure "
                   "location to destination location.", _DIRECT)
    assert asked_flag(direct, _DIRECT)
    plain = _book("Book a flight for a specific date.", _DIRECT)
    assert not asked_flag(plain, _DIRECT)
    on = _flag("direct_flight", "Only direct flights. Defaults to true.")
    assert not asked_flag(_book("Book a direct flight.", on), on)


def test_the_flag_is_not_said_twice() -> None:
    endpoint = _book("Book a direct flight for a specific date.", _DIRECT)
    slots = [Slot(name="departure_location", label=lang.slot_label("departure_location"),
                  value="Munich", kind="string", raw="Munich"),
             Slot(name="direct_flight", label=lang.slot_label("direct_flight"), value="true",
                  kind="boolean", raw=True)]
    goal = Goal(summary="s", domain="d", persona="a person", style="chatty")
    for seed in range(30):
        text = user_request(goal, [intent_of(endpoint)], slots, random.Random(seed))
        assert text.lower().count("direct flight") == 1, text
        assert "Munich" in text, text
