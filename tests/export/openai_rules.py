"""A checker of OpenAI's documented chat fine-tuning rules, for one JSONL training line.

Written from OpenAI's API reference for the per-line training example
(FineTuneChatRequestInput: `messages` of system / user / assistant / tool messages,
`tools`, `parallel_tool_calls` defaulting to true, the deprecated `functions`;
FineTuneChatCompletionRequestAssistantMessage: `weight` 0 or 1, content required unless
`tool_calls`), the chat message schemas (a tool message answers a preceding call by
`tool_call_id`; function names match ^[a-zA-Z0-9_-]{1,64}$; arguments are a JSON
string), the fine-tuning guide's tool-calling example, and the cookbook's format checks
(every example needs an assistant message; no unrecognised keys). Our own stricter rule:
no key is ever null.
"""

from __future__ import annotations

import json
import re
from typing import Any

TOP_KEYS = {"messages", "tools", "parallel_tool_calls", "functions"}
MESSAGE_KEYS = {
    "system": {"role", "content", "name"},
    "developer": {"role", "content", "name"},
    "user": {"role", "content", "name"},
    "assistant": {"role", "content", "refusal", "name", "audio", "tool_calls",
                  "function_call", "weight"},
    "tool": {"role", "content", "tool_call_id"},
}
NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")


def _nulls(value: Any, path: str) -> list[str]:
    if value is None:
        return [f"{path} is null"]
    if isinstance(value, dict):
        return [e for k, v in value.items() for e in _nulls(v, f"{path}.{k}")]
    if isinstance(value, list):
        return [e for i, v in enumerate(value) for e in _nulls(v, f"{path}[{i}]")]
    return []


def _tools(row: dict[str, Any]) -> tuple[list[str], set[str]]:
    errors: list[str] = []
    names: set[str] = set()
    for i, tool in enumerate(row.get("tools", [])):
        fn = tool.get("function") if isinstance(tool, dict) else None
        if not isinstance(tool, dict) or tool.get("type") != "function" or not isinstance(fn,
                                                                                          dict):
            errors.append(f"tools[{i}] is not a function tool")
            continue
        name = fn.get("name")
        if not isinstance(name, str) or not NAME.match(name):
            errors.append(f"tools[{i}] name {name!r} breaks ^[a-zA-Z0-9_-]{{1,64}}$")
        elif name in names:
            errors.append(f"tools[{i}] name {name!r} repeated")
        params = fn.get("parameters", {})
        if not isinstance(params, dict) or params.get("type", "object") != "object":
            errors.append(f"tools[{i}] parameters is not an object schema")
        names.add(str(name))
    return errors, names


def _calls(m: dict[str, Any], where: str, names: set[str]) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    ids: list[str] = []
    calls = m["tool_calls"]
    if not isinstance(calls, list) or not calls:
        return [f"{where}: tool_calls must be a non-empty list"], ids
    for j, c in enumerate(calls):
        fn = c.get("function") if isinstance(c, dict) else None
        if (not isinstance(c, dict) or set(c) != {"id", "type", "function"}
                or c["type"] != "function" or not isinstance(fn, dict)
                or set(fn) != {"name", "arguments"}):
            errors.append(f"{where}.tool_calls[{j}] must be {{id, type: function, "
                          f"function: {{name, arguments}}}}")
            continue
        if fn["name"] not in names:
            errors.append(f"{where}.tool_calls[{j}] calls {fn['name']!r}, not in tools")
        if not isinstance(fn["arguments"], str):
            errors.append(f"{where}.tool_calls[{j}] arguments must be a JSON string")
        else:
            try:
                if not isinstance(json.loads(fn["arguments"]), dict):
                    errors.append(f"{where}.tool_calls[{j}] arguments is not a JSON object")
            except json.JSONDecodeError:
                errors.append(f"{where}.tool_calls[{j}] arguments is not valid JSON")
        ids.append(str(c["id"]))
    return errors, ids


def check_line(row: Any) -> list[str]:
    """Every rule the line breaks (empty when OpenAI would accept it)."""
    if not isinstance(row, dict):
        return ["line is not a JSON object"]
    errors = [f"unrecognised top-level key {k!r}" for k in row if k not in TOP_KEYS]
    errors += _nulls(row, "$")
    messages = row.get("messages")
    if not isinstance(messages, list) or not messages:
        return [*errors, "messages must be a non-empty list"]
    tool_errors, names = _tools(row)
    errors += tool_errors
    if "parallel_tool_calls" in row and not isinstance(row["parallel_tool_calls"], bool):
        errors.append("parallel_tool_calls must be a boolean")
    pending: set[str] = set()
    assistants = 0
    for i, m in enumerate(messages):
        where = f"messages[{i}]"
        role = m.get("role") if isinstance(m, dict) else None
        if role not in MESSAGE_KEYS:
            errors.append(f"{where}: unrecognised role {role!r}")
            continue
        errors += [f"{where}: key {k!r} not allowed on a {role} message"
                   for k in m if k not in MESSAGE_KEYS[role]]
        content = m.get("content")
        if role == "assistant":
            assistants += 1
            if pending:
                errors.append(f"{where}: calls {sorted(pending)} have no tool message")
                pending = set()
            if "weight" in m and m["weight"] not in (0, 1):
                errors.append(f"{where}: weight must be 0 or 1")
            if "tool_calls" in m:
                call_errors, ids = _calls(m, where, names)
                errors += call_errors
                pending = set(ids)
                if len(ids) > 1 and row.get("parallel_tool_calls") is False:
                    errors.append(f"{where}: parallel calls with parallel_tool_calls false")
            elif not isinstance(content, str) or not content:
                errors.append(f"{where}: assistant content required without tool_calls")
        elif role == "tool":
            if m.get("tool_call_id") not in pending:
                errors.append(f"{where}: tool_call_id answers no pending call")
            pending.discard(str(m.get("tool_call_id")))
            if not isinstance(content, str):
                errors.append(f"{where}: tool content must be a string")
        else:
            if pending:
                errors.append(f"{where}: calls {sorted(pending)} have no tool message")
                pending = set()
            if not isinstance(content, str) or not content:
                errors.append(f"{where}: {role} content must be a non-empty string")
    if pending:
        errors.append(f"calls {sorted(pending)} have no tool message")
    if not assistants:
        errors.append("no assistant message")
    if any("tool_calls" in m for m in messages if isinstance(m, dict)) and not names:
        errors.append("tool calls without tools")
    return errors
