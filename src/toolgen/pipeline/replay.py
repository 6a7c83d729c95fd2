"""Replay: execute a record's trace again with its seeds and return the outputs."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

import orjson
from pydantic import ValidationError

from toolgen.executor import Fault, MockExecutor
from toolgen.executor.pools import PLACES
from toolgen.executor.served import record_place
from toolgen.executor.settle_ahead import Settle, settle_hints
from toolgen.records import Endpoint, Record, Scenario
from toolgen.seeds import derive_seed


def session_seed(record_seed: int) -> int:
    return derive_seed(record_seed, "session")


def executor_seed(run_seed: int) -> int:
    return derive_seed(run_seed, "executor")


def home_of(record: Record, endpoints: Mapping[str, Endpoint]) -> str:
    """The country the record's session was opened in (`served.record_place` of its
    sampled path and seed), so a replay answers from the same place."""
    return PLACES[record_place((endpoints[e].function_name
                                for e in record.metadata.sampled_path if e in endpoints),
                               record.metadata.seed)][2]


def planned_settles(record: Record, endpoints: Mapping[str, Endpoint]) -> dict[str, Settle]:
    """What the record's planned calls settle (`settle_ahead`), as its session was told."""
    plan = record.metadata.planner_scenario
    if not plan:
        return {}
    try:
        scenario = Scenario.model_validate(plan)
    except ValidationError:
        return {}
    return settle_hints(scenario.calls, endpoints)


def make_replay(
    executor: MockExecutor, endpoints: Mapping[str, Endpoint]
) -> Callable[[Record], list[Any]]:
    """A replay function bound to a run's executor and endpoints (for the judge)."""

    def replay(record: Record) -> list[Any]:
        session = executor.session(session_seed(record.metadata.seed),
                                   home=home_of(record, endpoints))
        session.ahead = planned_settles(record, endpoints)
        calls = {
            tc.id: tc.function.arguments
            for m in record.messages
            for tc in (m.tool_calls or ())
        }
        outputs: list[Any] = []
        for step in record.step_trace:
            endpoint = endpoints.get(step.endpoint_id)
            if endpoint is None:
                outputs.append(None)
                continue
            args = orjson.loads(calls.get(step.call_id, "{}"))
            fault = Fault.from_dict(step.fault) if step.fault else None
            outputs.append(session.call(endpoint, args, fault).output)
        return outputs

    return replay


def replay_record(record: Record) -> list[Any]:
    """Replay from the record alone, with the corpus its generation profile names."""
    profile = record.metadata.generation_profile
    toolenv = profile.get("toolenv")
    max_tools = profile.get("max_tools")
    replay = _replayer(
        None if toolenv in (None, "bundled") else str(toolenv),
        str(profile.get("format", "auto")),
        int(max_tools) if max_tools is not None else None,
        int(profile.get("run_seed", 0)),
    )
    return replay(record)


@lru_cache(maxsize=4)
def _replayer(
    toolenv: str | None, fmt: str, max_tools: int | None, run_seed: int
) -> Callable[[Record], list[Any]]:
    # Loading a corpus costs seconds; a scored file usually names one corpus and seed.
    from pathlib import Path

    from toolgen.episode.synthetic import SYNTHETIC
    from toolgen.registry import load_registry

    registry = load_registry(Path(toolenv) if toolenv else None, fmt, max_tools)
    from toolgen.executor.examples import CorpusExamples, tool_paths

    executor = MockExecutor(executor_seed(run_seed), examples=CorpusExamples(tool_paths(registry)))
    return make_replay(executor, {**registry.by_id, **SYNTHETIC})
