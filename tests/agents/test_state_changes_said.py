"""What a call found is reported as found: a state change as done, a duration by its name,
a throwaway address as throwaway. A call that changes a thing's state is reported as done:
"I pulled up the timer: it is ended, with an elapsed of 157 seconds" (ToolBench seed 59
#2) for stopping a timer."""

from __future__ import annotations

from toolgen.agents.offline import Fact
from toolgen.agents.policy.units import measured


def test_a_duration_named_by_its_unit_alone_is_a_time() -> None:
    assert measured(Fact(label="elapsed seconds", value="157")) == Fact(
        label="elapsed time", value="157 seconds")
    assert measured(Fact(label="duration minutes", value="155")) == Fact(
        label="duration", value="155 minutes")
    assert measured(Fact(label="remaining km", value="12")) == Fact(
        label="remaining", value="12 km")


def test_stopping_a_timer_is_reported_as_stopping_it() -> None:
    import random

    from toolgen.agents import offline as lang
    from toolgen.agents.offline import Intent
    from toolgen.agents.policy.speech import outcome_of
    from toolgen.episode.state import Executed, MadeCall
    from toolgen.executor.results import ExecutionResult
    from toolgen.records import Endpoint

    end = Endpoint(id="t/end", function_name="end_for_test", tool_id="t", tool_name="test",
                   category="Data", name="end")
    done = Executed(MadeCall("c1", end, {"timerID": "tmr_9adf96"}), ExecutionResult(
        "ok", {"timerID": "tmr_9adf96", "status": "ended", "elapsed_seconds": 157}, None, ()),
        None)
    intent = Intent("stop", "the timer", "stop the timer")
    for seed in range(20):
        said = lang.assistant_report(lang.said_once([outcome_of(done, intent)]),
                                     random.Random(seed))
        assert "stopped" in said and "ended" not in said, said
        assert "157 seconds" in said, said  # how long it ran: what stopping it found
        assert not any(w in said for w in ("pulled up", "found", "checked")), said


def test_a_valid_but_disposable_address_is_said_to_be_disposable() -> None:
    from toolgen.agents.offline import Intent
    from toolgen.agents.policy.speech import outcome_of
    from toolgen.episode.state import Executed, MadeCall
    from toolgen.executor.results import ExecutionResult
    from toolgen.records import Endpoint

    check = Endpoint(id="t/v", function_name="verify_email", tool_id="t", tool_name="Mail",
                     category="Data", name="verify email")
    out = {"email": "a@b.com", "valid": True, "disposable": True, "domain": "b.com"}
    done = Executed(MadeCall("c1", check, {"email": "a@b.com"}),
                    ExecutionResult("ok", out, None, ()), None)
    facts = outcome_of(done, Intent("verify", "the email", "verify the email")).facts
    assert facts[0].value == "valid but disposable", facts
