"""A record's dialogue as plain OpenAI chat dicts with no null keys: what every format reads.

Records keep every optional message key (set to null) and carry their ids, traces and
scores beside the dialogue; exports start from this clean view and never touch records.
"""

from __future__ import annotations

from typing import Any

import orjson

from toolgen.records import Message, Record

Msg = dict[str, Any]


def clean_message(message: Message) -> Msg:
    """The message's non-null keys, tool calls as plain dicts (arguments still a JSON string)."""
    out: Msg = {"role": message.role}
    if message.content is not None:
        out["content"] = message.content
    if message.tool_calls:
        out["tool_calls"] = [
            {"id": c.id, "type": c.type,
             "function": {"name": c.function.name, "arguments": c.function.arguments}}
            for c in message.tool_calls
        ]
    if message.tool_call_id is not None:
        out["tool_call_id"] = message.tool_call_id
    if message.name is not None:
        out["name"] = message.name
    if message.weight is not None:
        out["weight"] = message.weight
    return out


def clean_messages(record: Record) -> list[Msg]:
    return [clean_message(m) for m in record.messages]


def clean_tools(record: Record) -> list[dict[str, Any]]:
    """The offered tools, each with a description and an object `parameters` with properties.

    Chat templates index `description` and `parameters.properties` unconditionally.
    """
    tools: list[dict[str, Any]] = []
    for tool in record.tools:
        fn = dict(tool.get("function") or {})
        params = dict(fn.get("parameters") or {})
        params.setdefault("type", "object")
        params.setdefault("properties", {})
        fn["parameters"] = params
        fn["description"] = str(fn.get("description") or fn.get("name") or "")
        tools.append({"type": "function", "function": fn})
    return tools


def arguments_object(arguments: str) -> dict[str, Any]:
    """A call's JSON-string arguments as an object (`{}` for an empty or non-object string)."""
    try:
        value = orjson.loads(arguments) if arguments.strip() else {}
    except orjson.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def has_parallel(messages: list[Msg]) -> bool:
    return any(len(m.get("tool_calls", ())) > 1 for m in messages)
