"""A booking is for its passenger or guest, not called by their name (bundled seed 47
#11: "I found your booked flight - it's Chelsea Marshall, just now held")."""

from __future__ import annotations

import random

import pytest

from toolgen.agents import offline as lang
from toolgen.agents.offline.intents import intent_from_text
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint


@pytest.mark.parametrize(("key", "person"), [("passenger_name", "Chelsea Marshall"),
                                             ("guest_name", "Sarah Castillo")])
def test_the_person_a_booking_is_for_is_not_its_name(key: str, person: str) -> None:
    endpoint = Endpoint(id="t/e", function_name="get_flight_booking", tool_id="t",
                        tool_name="Skyway", category="Travel", name="Get Flight Booking")
    output = {"booking_id": "bkn_041cf3", key: person, "status": "held",
              "total_price": {"amount": 427.6, "currency": "EUR"}}
    done = Executed(MadeCall("c1", endpoint, {"booking_id": "bkn_041cf3"}),
                    ExecutionResult("ok", output, None, ()), None)
    outcomes = lang.said_once([outcome_of(done, intent_from_text("Get Flight Booking"))])
    for seed in range(16):
        text = lang.assistant_report(outcomes, random.Random(seed))
        for called in (f"it's {person}", f"it is {person}", f"that's {person}",
                       f"that is {person}"):
            assert called not in text, text
