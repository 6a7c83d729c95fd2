"""OpenAI chat fine-tuning JSONL: `messages`, `tools`, `parallel_tool_calls`, nothing else.

Follows the documented per-line training example (FineTuneChatRequestInput): `weight`
(0 or 1) only on assistant messages, tool messages carry `tool_call_id` and no `name`,
arguments stay JSON strings, no null keys, no ToolGen fields.
"""

from __future__ import annotations

from typing import Any

from toolgen.export.mistakes import MistakeMode, apply_mistakes
from toolgen.export.view import Msg, clean_messages, clean_tools, has_parallel
from toolgen.records import Record

_KEYS = {
    "system": ("role", "content"),
    "user": ("role", "content"),
    "assistant": ("role", "content", "tool_calls", "weight"),
    "tool": ("role", "content", "tool_call_id"),
}


def _message(m: Msg) -> Msg:
    out = {k: m[k] for k in _KEYS[m["role"]] if k in m}
    if out.get("weight") not in (None, 0):
        out.pop("weight")
    if m["role"] == "tool" and "content" not in out:
        out["content"] = ""
    return out


def to_openai(record: Record, mistakes: MistakeMode) -> dict[str, Any]:
    messages = [_message(m) for m in apply_mistakes(record, clean_messages(record), mistakes,
                                                     weighted=True)]
    row: dict[str, Any] = {"messages": messages}
    if record.tools:
        row["tools"] = clean_tools(record)
    if has_parallel(messages):
        row["parallel_tool_calls"] = True
    return row
