"""The live assistant's tool decisions: native tool calling, checked against the plan.

The model sees the conversation so far and the offered tools. Its calls are accepted
when they name exactly the planned functions and every argument either equals the
planned value or, if not planned, is stated in the user's text (schema validity is
checked by `complete_tool_calls`); every planned required argument must be present.
Otherwise one feedback retry, then the caller keeps the planned call and records the
fallback. The record's calls always carry the planned values, so they stay grounded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from toolgen.agents.live.checks import missing_values
from toolgen.judge.values import same_value
from toolgen.llm import LLM, LLMRequest
from toolgen.llm.ask import complete_tool_calls
from toolgen.llm.errors import BadReplyError
from toolgen.llm.types import Completion


@dataclass(frozen=True)
class PlannedToolCall:
    name: str
    arguments: dict[str, Any]
    required: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Decision:
    accepted: bool
    attempts: int
    problems: tuple[str, ...] = ()


def mismatch(
    completion: Completion, planned: Sequence[PlannedToolCall], user_text: str
) -> str | None:
    """Why the model's calls differ from the plan (None when they match)."""
    got = list(completion.tool_calls)
    want = sorted(p.name for p in planned)
    if sorted(c.name for c in got) != want:
        return f"expected calls to {', '.join(want)}, got {', '.join(c.name for c in got)}"
    pending = list(planned)
    for call in got:
        args = call.arguments if isinstance(call.arguments, dict) else {}
        match = next((p for p in pending if p.name == call.name and _fits(args, p, user_text)),
                     None)
        if match is None:
            return f"{call.name}: arguments differ from what the user asked for"
        pending.remove(match)
    return None


def _fits(args: dict[str, Any], planned: PlannedToolCall, user_text: str) -> bool:
    for name in planned.required:
        if name in planned.arguments and name not in args:
            return False
    for name, value in args.items():
        if name in planned.arguments:
            if not same_value(value, planned.arguments[name]):
                return False
        elif missing_values(user_text, [value]):
            return False
    return True


async def decide_calls(
    llm: LLM,
    history: Sequence[dict[str, Any]],
    tools: Sequence[dict[str, Any]],
    planned: Sequence[PlannedToolCall],
    user_text: str,
    seed: int,
) -> Decision:
    """Ask the model for the next tool call(s) and check them against `planned`."""
    request = LLMRequest(
        messages=tuple(history), tools=tuple(tools), tool_choice="auto", temperature=0.2,
        seed=seed,
    )
    problems: list[str] = []
    attempts = 0
    for attempt in range(2):
        try:
            outcome = await complete_tool_calls(llm, request, max_repairs=0)
        except BadReplyError as exc:
            attempts += 1
            problems.append(str(exc))
            if attempt == 0:
                request = request.with_updates(
                    messages=(*request.messages, {
                        "role": "user",
                        "content": "Please call the appropriate tool now with the values I gave.",
                    }),
                    tool_choice="required",
                )
            continue
        attempts += outcome.attempts
        problems.extend(outcome.problems)
        problem = mismatch(outcome.completion, planned, user_text)
        if problem is None:
            return Decision(True, attempts, tuple(problems))
        problems.append(problem)
        if attempt == 0:
            feedback = [
                {"role": "tool", "tool_call_id": c.id, "name": c.name,
                 "content": f"error: not executed. {problem}. Use exactly the values the "
                 "user stated."}
                for c in outcome.completion.tool_calls
            ]
            request = request.with_updates(messages=(
                *request.messages, outcome.completion.assistant_message(), *feedback,
            ))
    return Decision(False, attempts, tuple(problems))
