"""A token the user asked for is what the answer gives (ToolBench seed 71 #1: asked for
"the security token on port 25", the answer said "the user ID is usr_eb573a")."""

from __future__ import annotations

import random

from toolgen.agents import offline as lang
from toolgen.agents.offline import Fact, Intent
from toolgen.agents.policy.asked_token import asked_token
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint

_OUTPUT = {"access_token": "tok_abd9f7548541db58", "token_type": "Bearer", "expires_in": 3600,
           "user_id": "usr_eb573a"}


def test_the_token_asked_for_is_the_answer() -> None:
    endpoint = Endpoint(id="t/e", function_name="get_security_token", tool_id="t",
                        tool_name="T", category="Email", name="get_security_token")
    done = Executed(MadeCall("c1", endpoint, {"port": 25}),
                    ExecutionResult("ok", _OUTPUT, None, ()), None)
    intent = Intent(verb="look into", obj="the security token",
                    phrase="look into the security token")
    outcomes = lang.said_once([outcome_of(done, intent)])
    for seed in range(12):
        text = lang.assistant_report(outcomes, random.Random(seed))
        assert "tok_abd9f7548541db58" in text, text


def test_a_token_nobody_asked_for_and_a_password_are_not_read_out() -> None:
    assert asked_token(_OUTPUT, "the user profile") is None
    assert asked_token({"password": "hunter2"}, "the password") is None
    assert asked_token({"api_key": "key_12ab"}, "an API key") == Fact(
        label="API key", value="key_12ab")
