"""ShareGPT rows as LLaMA-Factory reads them (`formatting: sharegpt` with a `tools` column).

LLaMA-Factory's SharegptDatasetConverter wants `human`/`observation` on odd turns and
`gpt`/`function_call` on even turns, an even number of turns, the system prompt in its own
column and the tool list as a JSON string. A call turn's value is `{"name", "arguments"}`
(a list of them for parallel calls); parallel results share one observation, joined the
way LLaMA-Factory's own OpenAI converter joins them.
"""

from __future__ import annotations

from typing import Any

import orjson

from toolgen.export.hf import hf_messages
from toolgen.export.mistakes import MistakeMode, apply_mistakes
from toolgen.export.view import Msg, clean_messages, clean_tools
from toolgen.records import Record

ODD = ("human", "observation")
EVEN = ("gpt", "function_call")
RESULT_JOIN = "\n</tool_response>\n<tool_response>\n"
# The dataset_info.json entry that makes LLaMA-Factory read these rows.
DATASET_INFO = {
    "formatting": "sharegpt",
    "columns": {"messages": "conversations", "system": "system", "tools": "tools"},
}


def _dumps(value: Any) -> str:
    return orjson.dumps(value).decode()


def _turns(messages: list[Msg]) -> list[dict[str, str]]:
    turns: list[dict[str, str]] = []
    results: list[str] = []
    for m in messages:
        role = m["role"]
        if role == "tool":
            results.append(str(m.get("content", "")))
            continue
        if results:
            turns.append({"from": "observation", "value": RESULT_JOIN.join(results)})
            results = []
        if role == "user":
            turns.append({"from": "human", "value": str(m.get("content", ""))})
        elif role == "assistant" and m.get("tool_calls"):
            calls = [{"name": c["function"]["name"], "arguments": c["function"]["arguments"]}
                     for c in m["tool_calls"]]
            turns.append({"from": "function_call",
                          "value": _dumps(calls[0] if len(calls) == 1 else calls)})
        elif role == "assistant":
            turns.append({"from": "gpt", "value": str(m.get("content", ""))})
    if results:
        turns.append({"from": "observation", "value": RESULT_JOIN.join(results)})
    return _alternate(turns)


def _alternate(turns: list[dict[str, str]]) -> list[dict[str, str]]:
    """Merge same-side neighbours (two user lines, two assistant lines); end on the assistant."""
    out: list[dict[str, str]] = []
    for t in turns:
        side = ODD if len(out) % 2 == 0 else EVEN
        if t["from"] in side:
            out.append(dict(t))
        elif out and t["from"] == out[-1]["from"] and t["from"] in ("human", "gpt"):
            out[-1]["value"] += "\n" + t["value"]
        elif out and t["from"] == "function_call" and out[-1]["from"] == "gpt":
            # The format has no text-then-call turn; the call is what must be learned.
            out[-1] = dict(t)
    if len(out) % 2:
        out.pop()
    return out


def to_sharegpt(record: Record, mistakes: MistakeMode) -> dict[str, Any]:
    messages = hf_messages(apply_mistakes(record, clean_messages(record), mistakes,
                                          weighted=False))
    system = "\n".join(str(m.get("content", "")) for m in messages if m["role"] == "system")
    return {
        "conversations": _turns([m for m in messages if m["role"] != "system"]),
        "system": system,
        "tools": _dumps(clean_tools(record)),
    }
