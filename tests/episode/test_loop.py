"""The episode loop: turn-taking, execution by the environment, termination, the trace."""

from __future__ import annotations

from toolgen.episode import (
    Environment,
    EpisodeState,
    FaultPlan,
    MadeCall,
    Utterance,
    run_loop,
    run_now,
)
from toolgen.executor import Fault, MockExecutor
from toolgen.records import Endpoint, Parameter, PlannedArg

FIND = Endpoint(
    id="Shop/s/find_item", function_name="find_item", tool_id="Shop/s", tool_name="Shop",
    category="Shop", name="find item",
    parameters=(Parameter(name="query", raw_name="query", type_label="STRING",
                          json_schema={"type": "string"}, required=True),),
    response_schema={"type": "object", "properties": {"item_id": {"type": "string"}}},
)


class Script:
    """A participant that says its lines in order, then nothing."""

    def __init__(self, *lines: Utterance) -> None:
        self.lines = list(lines)
        self.seen: list[int] = []

    async def next(self, state: EpisodeState) -> Utterance | None:
        self.seen.append(len(state.messages))
        return self.lines.pop(0) if self.lines else None


def _call(query: str, call_id: str = "call_1") -> MadeCall:
    return MadeCall(call_id, FIND, {"query": query},
                    {"query": PlannedArg(name="query", source="user", value=query)},
                    planned_id=call_id)


def _env(faults: FaultPlan | None = None) -> Environment:
    return Environment(MockExecutor(7).session(1), faults or FaultPlan())


def test_turns_alternate_and_calls_run_before_the_assistant_speaks_again() -> None:
    user = Script(Utterance("user", "find lamps", states=("call_1.query",)))
    assistant = Script(Utterance("assistant", None, calls=[_call("lamps")]),
                       Utterance("assistant", "Found one."))
    state = run_now(run_loop(EpisodeState(), user, assistant, _env()))
    assert [m.role for m in state.messages] == ["user", "assistant", "tool", "assistant"]
    assert assistant.seen == [1, 3]  # the second turn saw the tool result
    step = state.steps[0]
    assert step.status == "ok" and step.message_index == 1
    assert step.arguments["query"].message_index == 0  # the user message that stated it
    assert "call_1" in state.outputs
    assert user.seen == [0, 4]  # asked again after the answer; it had nothing: the end


def test_a_fault_comes_from_the_environment_and_is_traced() -> None:
    user = Script(Utterance("user", "find lamps", states=("call_1.query",)))
    assistant = Script(Utterance("assistant", None, calls=[_call("lamps")]),
                       Utterance("assistant", "The service is busy."))
    faults = FaultPlan(by_endpoint={FIND.id: Fault("rate_limited", retry_after=2.0)})
    state = run_now(run_loop(EpisodeState(), user, assistant, _env(faults)))
    assert state.steps[0].status == "http_429"
    assert state.steps[0].fault == {"kind": "rate_limited", "retry_after": 2.0}
    assert "call_1" not in state.outputs


def test_an_unknown_function_is_answered_with_an_error() -> None:
    ghost = FIND.model_copy(update={"id": "x/ghost", "function_name": "ghost"})
    user = Script(Utterance("user", "hi"))
    assistant = Script(Utterance("assistant", None, calls=[MadeCall("c1", ghost, {})]),
                       Utterance("assistant", "Sorry."))
    env = Environment(MockExecutor(7).session(1), known=frozenset({FIND.id}))
    state = run_now(run_loop(EpisodeState(), user, assistant, env))
    assert state.steps[0].status == "unknown_function"
