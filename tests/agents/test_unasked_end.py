"""Where a booked trip goes, when the service chose it, is said: BFCL's `book_flight` takes
no destination, a flight from Bangkok came back booked to Cape Town, and the answer said
only "I've booked a flight, and it's confirmed (booking ID bkn_c46298)" (BFCL seed 59
#0)."""

from __future__ import annotations

import random

from toolgen.agents import offline as lang
from toolgen.agents.offline import Intent
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint

_BOOK = Endpoint(id="travel/book_flight", function_name="book_flight", tool_id="travel",
                 tool_name="travel", category="Travel", name="book_flight",
                 description="Book a flight given the departure location and time.")
_INTENT = Intent(verb="book", obj="a flight", phrase="book a flight")
_OUT = {"booking_id": "bkn_c46298", "flight_id": "flg_793583", "flight_number": "TG6763",
        "airline": "Thai Airways", "origin": "Bangkok", "destination": "Cape Town",
        "status": "confirmed"}


def _answers(arguments: dict[str, str]) -> list[str]:
    done = Executed(MadeCall("c1", _BOOK, arguments),
                    ExecutionResult("ok", dict(_OUT), None, ()), None)
    outcomes = lang.said_once([outcome_of(done, _INTENT)])
    return [lang.assistant_report(outcomes, random.Random(seed)) for seed in range(20)]


def test_a_destination_the_user_did_not_give_is_said() -> None:
    for text in _answers({"departure_location": "Bangkok", "departure_time": "13/04/2025"}):
        assert "to Cape Town" in text, text


def test_a_destination_the_user_gave_is_not_news() -> None:
    for text in _answers({"departure_location": "Bangkok", "destination": "Cape Town"}):
        assert "Cape Town" not in text, text
