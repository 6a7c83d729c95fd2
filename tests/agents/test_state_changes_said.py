"""A call that changes a thing's state is reported as done, and a duration by its name:
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
