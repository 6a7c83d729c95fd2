"""Checking a model's tool calls against the offered tools, and the follow-up messages.

`tool_call_error` returns the message to send back to the model (unknown function,
arguments that are not a JSON object, arguments failing the function's JSON Schema);
`feedback_messages` turns it into the assistant + tool messages for one more try.
`require_tool_calls` catches a model answering in prose where a call was needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson

from toolgen.llm.errors import MissingToolCallError
from toolgen.llm.parsing import schema_error
from toolgen.llm.types import Completion, CompletionToolCall

NEEDS_CALL_NUDGE = (
    "Do not answer in prose yet: call one of the available functions with valid arguments."
)


def _functions(tools: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for tool in tools:
        function = tool.get("function", tool)
        out[function["name"]] = function
    return out


def tool_call_error(call: CompletionToolCall, tools: Sequence[dict[str, Any]]) -> str | None:
    """None if `call` names an offered function with valid arguments, else why not."""
    functions = _functions(tools)
    function = functions.get(call.name)
    if function is None:
        known = ", ".join(sorted(functions)) or "(none)"
        return f"Unknown function {call.name!r}. Available functions: {known}."
    arguments = call.arguments
    if isinstance(arguments, str):
        try:
            arguments = orjson.loads(arguments) if arguments.strip() else {}
        except orjson.JSONDecodeError:
            return f"Arguments for {call.name} are not valid JSON."
    if not isinstance(arguments, dict):
        return f"Arguments for {call.name} must be a JSON object."
    schema = function.get("parameters") or {"type": "object"}
    problem = schema_error(arguments, schema)
    if problem is None:
        return None
    return f"Invalid arguments for {call.name}: {problem}"


def first_tool_call_error(
    completion: Completion, tools: Sequence[dict[str, Any]]
) -> tuple[CompletionToolCall, str] | None:
    for call in completion.tool_calls:
        problem = tool_call_error(call, tools)
        if problem is not None:
            return call, problem
    return None


def require_tool_calls(completion: Completion) -> None:
    """Raise `MissingToolCallError` when the model answered without calling anything."""
    if not completion.tool_calls:
        raise MissingToolCallError("the model answered in prose where a tool call was needed")


def feedback_messages(completion: Completion, errors: dict[str, str]) -> list[dict[str, Any]]:
    """The model's reply plus one tool message per call (errors for the bad ones)."""
    messages = [completion.assistant_message()]
    for call in completion.tool_calls:
        problem = errors.get(call.id)
        content = (
            f"Error: {problem} Please call the function again with corrected arguments."
            if problem
            else "Not executed: another call in this turn was invalid."
        )
        messages.append({"role": "tool", "tool_call_id": call.id, "content": content})
    return messages
