"""The live planner: goal (persona + summary), one intent per user turn, value proposals.

The model sees the planned calls (numbered) with their draft argument values and which
of them the user states; it writes the goal in the user's terms and may propose other
values for the stated ones (`values`: call number, argument, value). Proposals are only
parsed here; `agents.planner.proposals` decides which are kept (the others leave the
offline value in place), and sources never change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson

from toolgen.agents.planner.proposals import Proposal
from toolgen.llm import LLM, LLMRequest
from toolgen.llm.ask import complete_json
from toolgen.llm.errors import BadReplyError

CALLS_MARK = "DRAFT CALLS:"
PLAN_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "persona": {"type": "string", "minLength": 3},
        "summary": {"type": "string", "minLength": 10},
        "turns": {"type": "array", "items": {"type": "string"}},
        "values": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"call": {"type": "integer"}, "argument": {"type": "string"},
                               "value": {"type": ["string", "number", "boolean"]}},
                "required": ["call", "argument", "value"],
            },
        },
    },
    "required": ["persona", "summary", "turns"],
}


@dataclass(frozen=True)
class PlanBrief:
    """What the planner is told: domain, offline goal, planned calls and turn count."""

    domain: str
    persona: str
    summary: str
    # {"call": n, "function", "arguments": {name: value}, "user_states": [name, ...]}
    calls: tuple[dict[str, Any], ...]
    user_turns: int


@dataclass(frozen=True)
class LivePlan:
    persona: str
    summary: str
    turn_intents: tuple[str, ...]
    problems: tuple[str, ...] = ()
    proposals: tuple[Proposal, ...] = ()


def plan_request(brief: PlanBrief, seed: int) -> LLMRequest:
    calls = orjson.dumps(list(brief.calls)).decode()
    prompt = (
        "Plan a realistic conversation between a user and a tool-using assistant.\n"
        f"Domain: {brief.domain}\nDraft persona: {brief.persona}\n"
        f"Draft goal: {brief.summary}\n"
        "The assistant will make these numbered calls, with these draft argument values.\n"
        f"{CALLS_MARK} {calls}\n"
        f"The user speaks {brief.user_turns} time(s).\n"
        "Reply with JSON: persona (one short phrase), summary (the user's goal in one "
        "sentence, in their terms, consistent with the final values), turns (one short line "
        "per user turn saying what the user wants then), and values: a list of {call, "
        "argument, value} replacing a draft value listed in that call's user_states with a "
        "more realistic one (a real place, a sensible date, a plausible amount), same type "
        "and format; an empty list keeps every draft. Invent no other values."
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
    return LivePlan(persona[:120], summary[:400], intents[:20], outcome.problems,
                    _proposals(value.get("values")))


def _proposals(raw: Any) -> tuple[Proposal, ...]:
    """The well-formed proposals (call number, argument name, a value), at most 20."""
    if not isinstance(raw, list):
        return ()
    out = [Proposal(item["call"], item["argument"], item["value"]) for item in raw
           if isinstance(item, dict) and isinstance(item.get("call"), int)
           and not isinstance(item.get("call"), bool)
           and isinstance(item.get("argument"), str) and "value" in item]
    return tuple(out[:20])
