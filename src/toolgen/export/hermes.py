"""Hermes function-calling text: `<tool_call>` / `<tool_response>` turns, tools in the system.

The shape of NousResearch's hermes-function-calling data: `conversations` of
`system` / `human` / `gpt` / `tool` turns whose values are plain text, the tool list as
`<tools>` JSON inside the system prompt, calls as `{"name", "arguments"}` JSON inside
`<tool_call>` tags and results as `{"name", "content"}` inside `<tool_response>` tags.
"""

from __future__ import annotations

from typing import Any

import orjson

from toolgen.export.hf import hf_messages
from toolgen.export.mistakes import MistakeMode, apply_mistakes
from toolgen.export.view import Msg, clean_messages, clean_tools
from toolgen.records import Record

SYSTEM_PROMPT = (
    "You are a function calling AI model. You are provided with function signatures within "
    "<tools></tools> XML tags. You may call one or more functions to assist with the user "
    "query. Don't make assumptions about what values to plug into functions. Here are the "
    "available tools: <tools> {tools} </tools> For each function call return a json object "
    "with function name and arguments within <tool_call></tool_call> XML tags as follows:\n"
    "<tool_call>\n{{\"name\": <function-name>, \"arguments\": <args-dict>}}\n</tool_call>"
)


def _dumps(value: Any) -> str:
    return orjson.dumps(value).decode()


def hermes_system(tools: list[dict[str, Any]], base: str) -> str:
    listed = " ".join(_dumps(t) for t in tools)
    prompt = SYSTEM_PROMPT.format(tools=listed)
    return f"{base}\n\n{prompt}" if base else prompt


def _result(content: str) -> Any:
    """A JSON tool result as an object (Hermes data nests it), other text as it is."""
    try:
        return orjson.loads(content)
    except orjson.JSONDecodeError:
        return content


def _gpt(m: Msg) -> str:
    parts = [str(m["content"])] if m.get("content") else []
    for c in m.get("tool_calls", ()):
        call = {"name": c["function"]["name"], "arguments": c["function"]["arguments"]}
        parts.append(f"<tool_call>\n{_dumps(call)}\n</tool_call>")
    return "\n".join(parts)


def to_hermes(record: Record, mistakes: MistakeMode) -> dict[str, Any]:
    messages = hf_messages(apply_mistakes(record, clean_messages(record), mistakes,
                                          weighted=False))
    base = "\n".join(str(m.get("content", "")) for m in messages if m["role"] == "system")
    turns: list[dict[str, str]] = [
        {"from": "system", "value": hermes_system(clean_tools(record), base)}]
    for m in messages:
        role = m["role"]
        if role == "user":
            turns.append({"from": "human", "value": str(m.get("content", ""))})
        elif role == "assistant":
            turns.append({"from": "gpt", "value": _gpt(m)})
        elif role == "tool":
            body = _dumps({"name": m.get("name", ""), "content": _result(m.get("content", ""))})
            response = f"<tool_response>\n{body}\n</tool_response>"
            if turns[-1]["from"] == "tool":
                turns[-1]["value"] += "\n" + response
            else:
                turns.append({"from": "tool", "value": response})
    return {"conversations": turns}
