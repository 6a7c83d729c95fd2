"""Asking for structured output or tool calls, with the robust-output retries built in.

`complete_json`: parse the reply as JSON (fences, prose, ...); on truncation of a request
with its own budget ask again with double it (a request without one has had its length
retry in the runtime already); on invalid JSON or a schema violation send the problem
back once more. `complete_tool_calls`: when the model answers in prose, nudge it to
call; when a call is unknown or its arguments are invalid, send the validation error
back as the tool result for one more try. Both report every problem they saw, so the
caller can record it; both raise a `BadReplyError` when the tries run out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from toolgen.llm.errors import BadReplyError, MissingToolCallError, TruncatedReplyError
from toolgen.llm.parsing import parse_json_reply, schema_error
from toolgen.llm.protocol import LLM
from toolgen.llm.toolcalls import NEEDS_CALL_NUDGE, feedback_messages, first_tool_call_error
from toolgen.llm.types import Completion, LLMRequest


@dataclass(frozen=True)
class JSONOutcome:
    value: Any
    completion: Completion
    attempts: int
    problems: tuple[str, ...]


@dataclass(frozen=True)
class ToolCallOutcome:
    completion: Completion
    attempts: int
    problems: tuple[str, ...]


def _followed_by(request: LLMRequest, *messages: dict[str, Any]) -> LLMRequest:
    return request.with_updates(messages=(*request.messages, *messages))


async def complete_json(
    llm: LLM,
    request: LLMRequest,
    *,
    max_attempts: int = 3,
    max_tokens_cap: int = 4096,
) -> JSONOutcome:
    """A JSON value (valid against `request.response_schema` if given) from the model."""
    schema = request.response_schema
    problems: list[str] = []
    current = request
    for attempt in range(1, max_attempts + 1):
        completion = await llm.complete(current)
        try:
            value = parse_json_reply(completion.text, finish_reason=completion.finish_reason)
        except TruncatedReplyError as exc:
            problems.append(str(exc))
            budget = current.max_tokens
            # No budget of its own: the runtime's role budget applied, and its length
            # retry already asked once more with double that (`llm.length_retry`).
            if budget is None or budget >= max_tokens_cap:
                raise
            current = current.with_updates(max_tokens=min(max_tokens_cap, budget * 2))
            continue
        except BadReplyError as exc:
            problems.append(str(exc))
            current = _followed_by(
                current,
                {"role": "assistant", "content": completion.text or ""},
                {"role": "user", "content": "Reply again with only one valid JSON object."},
            )
            continue
        problem = schema_error(value, schema) if schema is not None else None
        if problem is None:
            return JSONOutcome(value, completion, attempt, tuple(problems))
        problems.append(f"schema: {problem}")
        current = _followed_by(
            current,
            {"role": "assistant", "content": completion.text or ""},
            {
                "role": "user",
                "content": f"That JSON does not match the schema ({problem}). "
                "Reply again with only the corrected JSON object.",
            },
        )
    raise BadReplyError(f"no usable JSON after {max_attempts} attempts: {'; '.join(problems)}")


async def complete_tool_calls(
    llm: LLM, request: LLMRequest, *, max_repairs: int = 1
) -> ToolCallOutcome:
    """A completion whose tool calls all name offered functions with valid arguments."""
    problems: list[str] = []
    current = request
    for attempt in range(1, max_repairs + 2):
        completion = await llm.complete(current)
        if not completion.tool_calls:
            problems.append("answered in prose where a tool call was needed")
            current = _followed_by(
                current,
                {"role": "assistant", "content": completion.text or ""},
                {"role": "user", "content": NEEDS_CALL_NUDGE},
            ).with_updates(tool_choice="required")
            continue
        bad = first_tool_call_error(completion, current.tools)
        if bad is None:
            return ToolCallOutcome(completion, attempt, tuple(problems))
        call, problem = bad
        problems.append(problem)
        current = _followed_by(current, *feedback_messages(completion, {call.id: problem}))
    summary = "; ".join(problems)
    if problems and problems[-1].startswith("answered in prose"):
        raise MissingToolCallError(f"no tool call after {max_repairs + 1} attempts: {summary}")
    raise BadReplyError(f"no valid tool call after {max_repairs + 1} attempts: {summary}")
