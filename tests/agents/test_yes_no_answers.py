"""A yes/no question's answer says the yes or the no the tool gave.

Read as a reviewer reads an answer: asked "find out whether it is prime for the number
439", the tool's `{"is_prime": true, "number": 439}` was reported as "I checked whether
it's prime: its number is 439" (ToolBench seed 7 #85), which leaves out the one thing
asked. The answer must say "439 is prime" (or that it is not), never the opposite.
"""

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


def _answers(done: Executed, intent: Intent) -> list[str]:
    outcomes = lang.said_once([outcome_of(done, intent)])
    return [lang.assistant_report(outcomes, random.Random(seed)) for seed in range(30)]


def test_a_prime_check_says_the_number_is_prime() -> None:
    intent = intent_from_text("is prime")
    done = _done("is_prime", {"number": 439}, {"is_prime": True, "number": 439})
    for text in _answers(done, intent):
        assert re.search(r"\b439 is prime\b", text), text
        assert "its number is" not in text, text


def test_a_no_is_said_as_a_no() -> None:
    intent = intent_from_text("is_currency_validatable")
    done = _done("is_currency_validatable", {"currency": "USD"},
                 {"validatable": False, "message": "Request completed successfully."})
    for text in _answers(done, intent):
        assert re.search(r"\bUSD (?:is not|isn't) currency validatable\b", text), text
        assert not re.search(r"\bYes\b", text), text


def test_without_one_asked_value_the_verdict_is_said_of_it() -> None:
    intent = intent_from_text("hasPermission")
    done = _done("hasPermission", {"user": "ann", "resource": "repo"}, {"has_permission": True})
    for text in _answers(done, intent):
        assert re.search(r"(?<!whether )\bit has permission\b", text), text


def test_a_name_asked_as_a_question_is_answered_of_its_thing() -> None:
    """`is_it_up` asked as "verify the server" answered `false` was "I couldn't check the
    server: the service reported it did not succeed" (ToolBench seed 7 #126): the server
    is down, which is the answer."""
    done = _done("is_it_up", {}, {"is_it_up": False})
    for text in _answers(done, Intent(verb="verify", obj="the server",
                                      phrase="verify the server")):
        assert re.search(r"\bthe server (?:is not|isn't) up\b", text), text
        assert "did not succeed" not in text, text


def test_a_yes_said_as_text_is_a_yes() -> None:
    """`is_it_vegan(product_name="running shoes")` answered `{"vegan": "YES", "palmOil":
    "YES", "status": "OK"}`, reported as "its status is OK, with palm oil YES" (ToolBench
    seed 7 #295): whether it is vegan went unsaid."""
    done = _done("is_it_vegan", {"product_name": "running shoes"},
                 {"palmOil": "YES", "status": "OK", "vegan": "YES", "vegetarian": "YES"})
    for text in _answers(done, Intent(verb="find", obj="json-formatted response",
                                      phrase="find json-formatted response")):
        assert re.search(r"\brunning shoes is vegan\b", text), text


def test_a_namespaced_question_is_answered_with_its_no() -> None:
    """`NFILibrary.isMemberReadable(symbol="GOOGL")` answered `false`: "NFI library is
    member readable came back for GOOGL" says the opposite (BFCL seed 13)."""
    done = _done("nfilibrary_is_member_readable", {"symbol": "GOOGL"},
                 {"is_member_readable": False, "symbol": "GOOGL"})
    for text in _answers(done, Intent(verb="get", obj="NFI library is member readable",
                                      phrase="get NFI library is member readable")):
        assert re.search(r"\bGOOGL (?:is not|isn't) member readable\b", text), text
