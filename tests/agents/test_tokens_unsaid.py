"""A token a login returns is the assistant's to use, not news for the user (BFCL seed 21
#48: "I asked the service to check the status of a login - the access token is
tok_f4b2f59abf0bdcea"); a token the user asked for is given."""

from __future__ import annotations

import random

from toolgen.agents import offline as lang
from toolgen.agents.offline import Intent
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint

_TOKEN = {"access_token": "tok_f4b2f59abf0bdcea", "token_type": "Bearer", "expires_in": 3600,
          "user": "maria.lopez"}


def _said(function_name: str, intent: Intent) -> list[str]:
    endpoint = Endpoint(id="t/e", function_name=function_name, tool_id="t", tool_name="T",
                        category="Data", name=function_name)
    done = Executed(MadeCall("c1", endpoint, {"username": "maria.lopez"}),
                    ExecutionResult("ok", dict(_TOKEN), None, ()), None)
    outcomes = lang.said_once([outcome_of(done, intent)])
    return [lang.assistant_report(outcomes, random.Random(seed)) for seed in range(30)]


def test_a_login_is_reported_without_its_token() -> None:
    intent = Intent(verb="check", obj="the status of a login",
                    phrase="check the status of a login")
    for text in _said("login_status", intent):
        assert "tok_f4b2f59abf0bdcea" not in text, text


def test_a_token_the_user_asked_for_is_given() -> None:
    intent = Intent(verb="get", obj="the page's access token",
                    phrase="get the page's access token")
    assert any("tok_f4b2f59abf0bdcea" in t for t in _said("get_page_access_token", intent))
