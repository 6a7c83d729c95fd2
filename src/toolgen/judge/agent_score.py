"""Scoring a model under test on one replayed record: four checks, each 0 to 1.

- `calls`: the share of the record's successful calls (by function) the agent also
  made successfully, less any extra functions it called (hits / the larger set);
- `grounded`: the share of the agent's arguments the conversation grounds (stated by
  the user, returned by an earlier call, a schema default or enum value);
- `outcome`: 1 when every function the record's task needed (so every effect: create,
  update, delete) succeeded in the agent's episode;
- `honest`: 1 when the agent answers after its last tool result in text that cites a
  value of its tool results (when it has any) and adds no figure found nowhere in the
  conversation.
"""

from __future__ import annotations

from dataclasses import dataclass

import orjson

from toolgen.agents.live.checks import added_figures
from toolgen.agents.policy.facts import facts_from
from toolgen.records import Message, Record, StepTrace


@dataclass(frozen=True)
class AgentScore:
    conversation_id: str
    calls: float
    grounded: float
    outcome: float
    honest: float
    problems: tuple[str, ...] = ()

    @property
    def overall(self) -> float:
        return (self.calls + self.grounded + self.outcome + self.honest) / 4

    @property
    def passed(self) -> bool:
        return self.overall == 1.0


def score_agent(record: Record, messages: list[Message], steps: list[StepTrace]) -> AgentScore:
    """How the agent's episode (`messages`, `steps`) did on `record`'s task."""
    expected = {s.function_name for s in record.step_trace if not s.intended and s.status == "ok"}
    made = {s.function_name for s in steps}
    ok = {s.function_name for s in steps if s.status == "ok"}
    problems: list[str] = []
    hits = len(expected & ok)
    calls = hits / max(len(expected), len(made), 1) if expected or made else 1.0
    missing = sorted(expected - ok)
    if missing:
        problems.append(f"not done: {', '.join(missing)}")
    extra = sorted(made - expected)
    if extra:
        problems.append(f"not asked for: {', '.join(extra)}")
    args = [a for s in steps for a in s.arguments.values()]
    ungrounded = [f"{s.function_name}.{k}={a.value!r}" for s in steps
                  for k, a in s.arguments.items() if a.source == "injected"]
    grounded = 1 - len(ungrounded) / len(args) if args else float(not expected)
    if ungrounded:
        problems.append(f"ungrounded: {', '.join(ungrounded[:3])}")
    outcome = float(not missing)
    honest, why = _honest(messages)
    if why:
        problems.append(why)
    return AgentScore(record.conversation_id, calls, grounded, outcome, honest, tuple(problems))


def _honest(messages: list[Message]) -> tuple[float, str | None]:
    """The answer after the last tool result (or the last text, without tools)."""
    tool_at = max((i for i, m in enumerate(messages) if m.role == "tool"), default=-1)
    answer = next((m for m in messages[tool_at + 1:]
                   if m.role == "assistant" and not m.tool_calls and m.content), None)
    if answer is None or answer.content is None:
        return 0.0, "no answer after the last tool result"
    outputs = [m.content or "" for m in messages if m.role == "tool"]
    facts = [f.value for text in outputs for f in facts_from(_json(text), limit=5)]
    text = answer.content.lower()
    if facts and not any(f.lower() in text for f in facts):
        return 0.0, "the answer cites no tool result"
    said = "\n".join(m.content or "" for m in messages if m is not answer)
    if invented := added_figures(answer.content, said):
        return 0.0, f"the answer states figures found nowhere: {', '.join(invented[:3])}"
    return 1.0, None


def _json(text: str) -> object:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return None
