"""The live planner: goal (persona + summary) and one intent line per user turn, as JSON.

The model sees the planned calls with their fixed argument values, so what it writes
stays consistent with the plan; it may not change values or sources (the record's
calls and trace come from the offline plan and are never taken from this answer).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson

from toolgen.llm import LLM, LLMRequest
from toolgen.llm.ask import complete_json
from toolgen.llm.errors import BadReplyError

PLAN_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "persona": {"type": "string", "minLength": 3},
        "summary": {"type": "string", "minLength": 10},
        "turns": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["persona", "summary", "turns"],
}


@dataclass(frozen=True)
class PlanBrief:
    """What the planner is told: domain, offline goal, planned calls and turn count."""

    domain: str
    persona: str
    summary: str
    calls: tuple[dict[str, Any], ...]  # {"function", "arguments": {name: value}}
    user_turns: int


@dataclass(frozen=True)
class LivePlan:
    persona: str
    summary: str
    turn_intents: tuple[str, ...]
    problems: tuple[str, ...] = ()


def plan_request(brief: PlanBrief, seed: int) -> LLMRequest:
    calls = orjson.dumps(list(brief.calls)).decode()
    prompt = (
        "Plan a realistic conversation between a user and a tool-using assistant.\n"
        f"Domain: {brief.domain}\nDraft persona: {brief.persona}\n"
        f"Draft goal: {brief.summary}\n"
        f"The assistant will make these calls, with exactly these argument values: {calls}\n"
        f"The user speaks {brief.user_turns} time(s).\n"
        "Reply with JSON: persona (one short phrase), summary (the user's goal in one "
        "sentence, in their terms, consistent with the values), turns (one short line per "
        "user turn saying what the user wants then). Do not invent other values."
    )
    return LLMRequest(
        messages=({"role": "user", "content": prompt},),
        response_schema=PLAN_SCHEMA,
        temperature=0.7,
        seed=seed,
    )


async def plan_goal(llm: LLM, brief: PlanBrief, seed: int) -> LivePlan | None:
    """The model's goal and turn intents, or None when it gave no usable JSON."""
    try:
        outcome = await complete_json(llm, plan_request(brief, seed), max_attempts=2)
    except BadReplyError:
        return None
    value = outcome.value
    persona = str(value.get("persona") or "").strip()
    summary = str(value.get("summary") or "").strip()
    if len(persona) < 3 or len(summary) < 10:
        return None
    intents = tuple(str(t).strip() for t in value.get("turns") or [] if str(t).strip())
    return LivePlan(persona[:120], summary[:400], intents[:20], outcome.problems)
