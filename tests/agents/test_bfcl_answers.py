"""Answers to BFCL tools that say what came back: an asked Kelvin temperature with its
"K" (BFCL seed 7, 000075: "its temperature is 297.0"), and the messages a conversation
sent, each quoted after whom it went to (000074: "its usr477 is Kindly look for the
invoice attached", the message just sent left out)."""

from __future__ import annotations

import random
import re
from typing import Any

from toolgen.agents import offline as lang
from toolgen.agents.offline import Intent
from toolgen.agents.offline.intents import intent_from_text
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint


def _done(function_name: str, arguments: dict[str, Any], output: Any) -> Executed:
    endpoint = Endpoint(id="t/e", function_name=function_name, tool_id="t", tool_name="T",
                        category="Data", name=function_name)
    return Executed(MadeCall("c1", endpoint, arguments),
                    ExecutionResult("ok", output, None, ()), None)


def _answers_for(done: Executed, intent: Intent) -> list[str]:
    outcomes = lang.said_once([outcome_of(done, intent)])
    return [lang.assistant_report(outcomes, random.Random(seed)) for seed in range(30)]


def test_an_asked_kelvin_temperature_is_said_in_kelvin() -> None:
    output = {"weather_id": "wth_4d69ee", "temperature": 297.0, "feels_like": 297.3,
              "humidity": 79, "conditions": "Sunny", "city": "Austin", "units": "Kelvin"}
    intent = Intent(verb="see", obj="up-to-date temperature",
                    phrase="see up-to-date temperature")
    done = _done("open_meteo_api_fetch_weather_data",
                 {"coordinates": [30.2672, -97.7431], "units": "Kelvin"}, output)
    for text in _answers_for(done, intent):
        assert "297.0 K" in text, text
        assert not re.search(r"297\.0(?! K)", text), text


def test_messages_sent_are_quoted_after_their_receiver() -> None:
    output = {"messages": {"USR477": ["Please find the invoice attached."],
                           "rcv_a8ccba": ["Your appointment is confirmed for Tuesday."]}}
    intent = Intent(verb="look at", obj="all historical messages sent",
                    phrase="look at all historical messages sent")
    for text in _answers_for(_done("view_messages_sent", {}, output), intent):
        assert '"Please find the invoice attached."' in text, text
        assert 'rcv_a8ccba: "Your appointment is confirmed for Tuesday."' in text, text
        assert "usr477 is" not in text.lower(), text


def test_a_store_finder_is_asked_to_find_a_store() -> None:
    # BFCL seed 7, 000190 and 000298: "save the find nearby in Vancouver"
    intent = intent_from_text("store_find_nearby", "")
    assert intent.verb == "find", intent
    assert "store" in intent.obj and "find" not in intent.obj, intent
