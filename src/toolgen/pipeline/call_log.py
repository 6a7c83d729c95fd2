"""The in-run replay: what each call of an episode sent and got, logged as it ran.

The replay validator asks for the outputs a fresh session gives when the record's
trace is executed again with the record's seed. During generation the environment
executed exactly that trace seconds before, in this process, with the same executor:
re-executing it duplicates the executor's work. `LoggedEnvironment` logs, at execution
time, each call's endpoint, its arguments as sent (JSON), its fault and a private parse
of its output's JSON, and `in_run_replay` hands the logged outputs to the validator
whenever the record still asks for exactly those executions:

* same number of steps as session calls, none made around the environment;
* step i names the logged endpoint (the very object replay would look up), carries the
  logged arguments text in its tool call and the logged fault;
* the record's seed is the one the session was opened with;
* arguments and output round-trip through JSON unchanged (so a replay, which reads the
  arguments back from JSON, executes the same values, and the parse equals the output).

The executor is deterministic for (executor seed, session seed, calls): the logged
outputs then are what a replay returns, and the validator compares them with the tool
messages exactly as it compares a replay's. An output edited after execution (repair,
an overlay, a live edit) is therefore still flagged: its tool message differs from the
logged output. When the trace itself no longer matches the log (arguments, steps or
faults changed) the record is replayed for real, as is every `AUDIT_EVERY`-th record
of a run (so generation keeps testing the executor's determinism). `toolgen evaluate`
never uses this: it always replays from the corpus (`replay.replay_record`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from toolgen.episode import Environment, MadeCall
from toolgen.executor import ExecutionResult, Fault
from toolgen.judge.context import Replay
from toolgen.records import Endpoint, Record

AUDIT_EVERY = 64
"""Every this many records (by index) the in-run check replays for real anyway."""


@dataclass(frozen=True, slots=True)
class Ran:
    """One executed call: the endpoint, the arguments as sent (JSON text), the fault and a
    private parse of the output's JSON (nobody else holds it, so nothing can change it).
    `exact`: the call reached the session and its arguments and output survive a JSON
    round trip unchanged."""

    endpoint: Endpoint
    arguments: str
    fault: Fault | None
    output: Any
    exact: bool


@dataclass
class LoggedEnvironment(Environment):
    """The episode's environment, logging every call it executes (see `Ran`)."""

    log: list[Ran] = field(default_factory=list)

    def execute(self, call: MadeCall) -> tuple[ExecutionResult, Fault | None]:
        sent = orjson.dumps(call.arguments)  # before the executor sees them
        before = self.session.calls
        result, fault = super().execute(call)
        got = orjson.loads(orjson.dumps(result.output))
        exact = (self.session.calls == before + 1 and got == result.output
                 and orjson.loads(sent) == call.arguments)
        self.log.append(Ran(call.endpoint, sent.decode(), fault, got, exact))
        return result, fault


def in_run_replay(
    env: LoggedEnvironment, record_seed: int, endpoints: Mapping[str, Endpoint],
    full: Replay, audit: bool = False,
) -> Replay:
    """A replay for the record realised in `env`: the logged outputs when the record's
    trace is the logged one (see the module docstring), else `full(record)`."""

    def replay(record: Record) -> Sequence[Any]:
        if audit:
            return full(record)
        outputs = logged_outputs(env, record_seed, endpoints, record)
        return full(record) if outputs is None else outputs

    return replay


def logged_outputs(
    env: LoggedEnvironment, record_seed: int, endpoints: Mapping[str, Endpoint],
    record: Record,
) -> list[Any] | None:
    """The outputs a replay of `record` gives, from the log; None when it must execute."""
    log = env.log
    steps = record.step_trace
    if (record.metadata.seed != record_seed or len(steps) != len(log)
            or env.session.calls != len(log)):
        return None
    calls = {tc.id: tc.function.arguments
             for m in record.messages for tc in (m.tool_calls or ())}
    for step, ran in zip(steps, log, strict=True):
        if (not ran.exact or endpoints.get(step.endpoint_id) is not ran.endpoint
                or calls.get(step.call_id, "{}") != ran.arguments):
            return None
        try:
            fault = Fault.from_dict(step.fault) if step.fault else None
        except (KeyError, TypeError, ValueError):
            return None  # the real replay reports it
        if fault != ran.fault:
            return None
    return [ran.output for ran in log]
