"""The in-run replay check reads the executor's log, and still catches what a replay would.

The oracle for "what a replay returns" is the real replay (`make_replay`: a fresh session
executing the record's trace again), never the log under test.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson
import pytest

from toolgen.episode import MadeCall, run_now
from toolgen.judge import JudgeContext, validate
from toolgen.judge.context import Replay
from toolgen.judge.replay import check as replay_check
from toolgen.pipeline.call_log import LoggedEnvironment, in_run_replay, logged_outputs
from toolgen.pipeline.episode import realise_logged
from toolgen.pipeline.plan import iter_plans
from toolgen.pipeline.replay import make_replay
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import FunctionCall, Message, Record
from toolgen.seeds import derive_seed

CONFIG = RunConfig(n=12, seed=23)


@pytest.fixture(scope="module")
def runtime() -> Runtime:
    return Runtime.build(CONFIG)


@pytest.fixture(scope="module")
def episodes(runtime: Runtime) -> list[tuple[Record, LoggedEnvironment, int]]:
    out = []
    for index, (chain, scenario) in enumerate(iter_plans(runtime, CONFIG)):
        seed = derive_seed(CONFIG.seed, "record", index)
        record, env = run_now(realise_logged(runtime, CONFIG, index, seed, chain, scenario, ()))
        out.append((record, env, seed))
    return out


class Counted:
    """A replay that counts how often it really executes."""

    def __init__(self, replay: Replay) -> None:
        self.replay = replay
        self.runs = 0

    def __call__(self, record: Record) -> Sequence[Any]:
        self.runs += 1
        return self.replay(record)


def _with_calls(episodes: list[tuple[Record, LoggedEnvironment, int]],
                ) -> tuple[Record, LoggedEnvironment, int]:
    return next(e for e in episodes if e[0].step_trace and e[0].step_trace[0].status == "ok")


def _tool_message_at(record: Record, call_id: str) -> int:
    return next(i for i, m in enumerate(record.messages)
                if m.role == "tool" and m.tool_call_id == call_id)


def test_logged_outputs_are_what_a_real_replay_returns(
    runtime: Runtime, episodes: list[tuple[Record, LoggedEnvironment, int]]
) -> None:
    real = make_replay(runtime.executor, runtime.endpoints)
    steps = 0
    for record, env, seed in episodes:
        logged = logged_outputs(env, seed, runtime.endpoints, record)
        assert logged is not None, record.conversation_id
        assert logged == list(real(record))
        steps += len(logged)
    assert steps > len(episodes)  # the sample has multi-call conversations


def test_untouched_records_are_checked_without_executing(
    runtime: Runtime, episodes: list[tuple[Record, LoggedEnvironment, int]]
) -> None:
    full = Counted(make_replay(runtime.executor, runtime.endpoints))
    for record, env, seed in episodes:
        ctx = JudgeContext(secrets=runtime.judge.secrets,
                                      replay=in_run_replay(env, seed, runtime.endpoints, full))
        assert replay_check(record, ctx) == []
    assert full.runs == 0


def test_an_output_edited_after_execution_is_flagged(
    runtime: Runtime, episodes: list[tuple[Record, LoggedEnvironment, int]]
) -> None:
    record, env, seed = _with_calls(episodes)
    step = record.step_trace[0]
    at = _tool_message_at(record, step.call_id)
    output = orjson.loads(record.messages[at].content or "null")
    edited = {**output, "tampered": True} if isinstance(output, dict) else {"tampered": output}
    messages = list(record.messages)
    messages[at] = messages[at].model_copy(update={"content": orjson.dumps(edited).decode()})
    tampered = record.model_copy(update={"messages": tuple(messages)})

    full = Counted(make_replay(runtime.executor, runtime.endpoints))
    ctx = JudgeContext(replay=in_run_replay(env, seed, runtime.endpoints, full))
    in_run = [f for f in validate(tampered, ctx) if f.validator == "replay"]
    real_ctx = JudgeContext(replay=make_replay(runtime.executor, runtime.endpoints))
    real = [f for f in validate(tampered, real_ctx) if f.validator == "replay"]
    assert [f.kind for f in in_run] == ["replay_mismatch"]
    assert f"step {step.step} " in in_run[0].message
    assert in_run == real
    assert full.runs == 0  # the inputs are unchanged: the log answers for the replay


def test_edited_arguments_are_replayed_for_real(
    runtime: Runtime, episodes: list[tuple[Record, LoggedEnvironment, int]]
) -> None:
    record, env, seed = _with_calls(episodes)
    step = record.step_trace[0]
    messages: list[Message] = list(record.messages)
    i = next(i for i, m in enumerate(messages)
             if any(c.id == step.call_id for c in m.tool_calls or ()))
    calls = tuple(
        c.model_copy(update={"function": FunctionCall(
            name=c.function.name, arguments=orjson.dumps({"edited": 1}).decode())})
        if c.id == step.call_id else c
        for c in messages[i].tool_calls or ())
    messages[i] = messages[i].model_copy(update={"tool_calls": calls})
    edited = record.model_copy(update={"messages": tuple(messages)})

    assert logged_outputs(env, seed, runtime.endpoints, edited) is None
    full = Counted(make_replay(runtime.executor, runtime.endpoints))
    ctx = JudgeContext(replay=in_run_replay(env, seed, runtime.endpoints, full))
    real_ctx = JudgeContext(replay=make_replay(runtime.executor, runtime.endpoints))
    assert replay_check(edited, ctx) == replay_check(edited, real_ctx)
    assert full.runs == 1


def test_a_dropped_step_or_another_seed_is_replayed_for_real(
    runtime: Runtime, episodes: list[tuple[Record, LoggedEnvironment, int]]
) -> None:
    record, env, seed = _with_calls(episodes)
    shorter = record.model_copy(update={"step_trace": record.step_trace[1:]})
    assert logged_outputs(env, seed, runtime.endpoints, shorter) is None
    other = record.model_copy(update={"metadata": record.metadata.model_copy(
        update={"seed": seed + 1})})
    assert logged_outputs(env, seed, runtime.endpoints, other) is None


def test_a_call_made_around_the_environment_forces_a_real_replay(
    runtime: Runtime, episodes: list[tuple[Record, LoggedEnvironment, int]]
) -> None:
    record, env, seed = _with_calls(episodes)
    step = record.step_trace[0]
    fork = LoggedEnvironment(env.session.fork(), log=list(env.log))
    fork.session.call(runtime.endpoints[step.endpoint_id], {})  # not through execute()
    assert logged_outputs(fork, seed, runtime.endpoints, record) is None


def test_an_audited_record_is_replayed_for_real(
    runtime: Runtime, episodes: list[tuple[Record, LoggedEnvironment, int]]
) -> None:
    record, env, seed = _with_calls(episodes)
    full = Counted(make_replay(runtime.executor, runtime.endpoints))
    replay = in_run_replay(env, seed, runtime.endpoints, full, audit=True)
    assert list(replay(record)) == logged_outputs(env, seed, runtime.endpoints, record)
    assert full.runs == 1


def test_an_output_json_changes_is_not_trusted(runtime: Runtime) -> None:
    """A tuple in an output reads back as a list: the log must not vouch for it."""
    endpoint = next(iter(runtime.endpoints.values()))
    env = LoggedEnvironment(runtime.executor.session(1))
    real = env.session.call

    def tupled(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        return result.__class__(**{**_fields(result), "output": (1, 2)})

    env.session.call = tupled  # type: ignore[method-assign]
    env.execute(MadeCall(call_id="c1", endpoint=endpoint, arguments={}))
    assert env.log[0].exact is False


def _fields(result: Any) -> dict[str, Any]:
    return {name: getattr(result, name) for name in result.__dataclass_fields__}


def test_a_call_refused_as_unknown_is_not_trusted(runtime: Runtime) -> None:
    """The environment answers an unknown function itself; a replay would execute it."""
    endpoint = next(iter(runtime.endpoints.values()))
    env = LoggedEnvironment(runtime.executor.session(1), known=frozenset())
    result, _ = env.execute(MadeCall(call_id="c1", endpoint=endpoint, arguments={}))
    assert result.status != "ok"
    assert env.session.calls == 0
    assert env.log[0].exact is False
