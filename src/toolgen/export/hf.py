"""Hugging Face chat messages for `apply_chat_template` / TRL's SFTTrainer.

Arguments become objects (templates `tojson` them), tool results stay strings, null keys
are dropped. `split_parallel` is for templates that allow one call per assistant turn
(Llama 3.1): each call becomes its own assistant turn followed by its result, and the
text an assistant wrote before its calls gets a turn of its own so no template drops it.
"""

from __future__ import annotations

from typing import Any

from toolgen.export.mistakes import MistakeMode, apply_mistakes
from toolgen.export.view import Msg, arguments_object, clean_messages, clean_tools
from toolgen.records import Record


def _call(c: dict[str, Any]) -> dict[str, Any]:
    fn = c["function"]
    return {"id": c["id"], "type": "function",
            "function": {"name": fn["name"], "arguments": arguments_object(fn["arguments"])}}


def hf_messages(messages: list[Msg]) -> list[Msg]:
    out: list[Msg] = []
    for m in messages:
        msg: Msg = {k: v for k, v in m.items() if k != "weight"}
        if m["role"] == "assistant" and m.get("tool_calls"):
            msg["tool_calls"] = [_call(c) for c in m["tool_calls"]]
        if m["role"] in ("tool", "system", "user") and "content" not in msg:
            msg["content"] = ""
        out.append(msg)
    return out


def split_parallel_calls(messages: list[Msg]) -> list[Msg]:
    """One call per assistant turn, each followed by its own result; lead-in text alone."""
    results = {m.get("tool_call_id"): m for m in messages if m["role"] == "tool"}
    out: list[Msg] = []
    for m in messages:
        if m["role"] == "tool":
            continue
        calls = m.get("tool_calls") if m["role"] == "assistant" else None
        if not calls:
            out.append(m)
            continue
        if m.get("content"):
            out.append({"role": "assistant", "content": m["content"]})
        for call in calls:
            out.append({"role": "assistant", "tool_calls": [call]})
            if call["id"] in results:
                out.append(results.pop(call["id"]))
    return out


def to_hf(record: Record, mistakes: MistakeMode, split_parallel: bool = False) -> dict[str, Any]:
    messages = hf_messages(apply_mistakes(record, clean_messages(record), mistakes,
                                          weighted=False))
    if split_parallel:
        messages = split_parallel_calls(messages)
    return {"messages": messages, "tools": clean_tools(record)}
