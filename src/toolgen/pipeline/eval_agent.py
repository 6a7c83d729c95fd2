"""`evaluate_agent()`: every record replayed with a model under test as the assistant.

Per record: the record's user messages said again in order, the environment seeded as
at generation (same session, the faults the trace shows, by endpoint), the record's
offered tools, and the model (an `LLM`) deciding every call and text through the same
episode loop; then `score_agent`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from toolgen.agents.live.external import AgentUnderTest
from toolgen.agents.policy.replay_user import ReplayUser
from toolgen.episode import Environment, EpisodeState, FaultPlan, run_loop
from toolgen.executor import Fault
from toolgen.judge.agent_score import AgentScore, score_agent
from toolgen.llm import LLM
from toolgen.pipeline.replay import home_of, session_seed
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Message, Record
from toolgen.seeds import derive_seed


@dataclass
class AgentReport:
    scores: list[AgentScore] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # records without a usable blueprint

    def mean(self, name: str) -> float:
        values = [getattr(s, name) for s in self.scores]
        return sum(values) / len(values) if values else 0.0


async def evaluate_agent(
    records: Iterable[Record], llm: LLM, runtime_for: Callable[[Record], Runtime] | None = None,
    on_scored: Callable[[AgentScore], None] | None = None,
) -> AgentReport:
    report = AgentReport()
    runtimes: dict[tuple[object, ...], Runtime] = {}
    for record in records:
        if not any(m.role == "user" for m in record.messages):
            report.skipped.append(record.conversation_id)
            continue
        rt = runtime_for(record) if runtime_for else _runtime(record, runtimes)
        state = await replay_with(record, rt, llm)
        scored = score_agent(record, state.messages, state.steps)
        report.scores.append(scored)
        if on_scored is not None:
            on_scored(scored)
    return report


async def replay_with(record: Record, rt: Runtime, llm: LLM) -> EpisodeState:
    """The record's task, run again with `llm` as the assistant."""
    seed = record.metadata.seed
    faults = FaultPlan(by_endpoint={
        s.endpoint_id: Fault.from_dict(s.fault) for s in reversed(record.step_trace)
        if s.fault})
    env = Environment(rt.executor.session(session_seed(seed),
                                          home=home_of(record, rt.endpoints)), faults,
                      known=frozenset(rt.endpoints))
    state = EpisodeState()
    system = next((m for m in record.messages if m.role == "system"), None)
    if system is not None:
        state.add(Message(role="system", content=system.content))
    user = ReplayUser([m.content or "" for m in record.messages if m.role == "user"])
    agent = AgentUnderTest(llm, record.tools, rt.endpoints,
                           derive_seed(seed, "eval", "agent") % 2**31)
    return await run_loop(state, user, agent, env)


def _runtime(record: Record, cache: dict[tuple[object, ...], Runtime]) -> Runtime:
    """The corpus and run seed the record was generated with (built once per pair)."""
    profile = record.metadata.generation_profile
    toolenv = profile.get("toolenv")
    key = (toolenv, profile.get("format"), profile.get("max_tools"), profile.get("run_seed"))
    if key not in cache:
        max_tools = profile.get("max_tools")
        cache[key] = Runtime.build(RunConfig(
            n=0, seed=int(profile.get("run_seed", 0)),
            toolenv=None if toolenv in (None, "bundled") else str(Path(str(toolenv))),
            fmt=str(profile.get("format", "auto")),
            max_tools=int(max_tools) if max_tools is not None else None))
    return cache[key]
