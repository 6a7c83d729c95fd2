"""Uniform read access for analysis: a record as a plain dict, whatever it came as.

Analysis accepts `Record` models or the dicts read from JSONL; models are dumped once
so every metric reads the same shape.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

RecordLike = BaseModel | dict[str, Any]


def as_dicts(records: Iterable[RecordLike]) -> list[dict[str, Any]]:
    return [r.model_dump(mode="json") if isinstance(r, BaseModel) else r for r in records]


def meta(record: dict[str, Any]) -> dict[str, Any]:
    value = record.get("metadata")
    return value if isinstance(value, dict) else {}


def steps(record: dict[str, Any]) -> list[dict[str, Any]]:
    value = record.get("step_trace")
    return [s for s in value if isinstance(s, dict)] if isinstance(value, list) else []


def messages(record: dict[str, Any]) -> list[dict[str, Any]]:
    value = record.get("messages")
    return [m for m in value if isinstance(m, dict)] if isinstance(value, list) else []


def tool_calls(record: dict[str, Any]) -> int:
    return sum(
        len(m.get("tool_calls") or ()) for m in messages(record) if m.get("role") == "assistant"
    )


def endpoints(record: dict[str, Any]) -> list[str]:
    """Endpoint ids of the record's calls, in call order."""
    return [str(s.get("endpoint_id")) for s in steps(record) if s.get("endpoint_id")]


def tool_of(endpoint_id: str, tool_ids: Iterable[str]) -> str:
    """The tool an endpoint belongs to: the longest listed tool id prefixing it, else its parent."""
    best = ""
    for tool in tool_ids:
        if endpoint_id.startswith(tool + "/") and len(tool) > len(best):
            best = tool
    return best or endpoint_id.rsplit("/", 1)[0]


def tools_used(record: dict[str, Any]) -> list[str]:
    """Tool ids of the record's calls, in call order."""
    listed = [str(t) for t in meta(record).get("tools") or ()]
    return [tool_of(e, listed) for e in endpoints(record)]


def user_texts(record: dict[str, Any], *, before_paraphrase: bool = False) -> list[str]:
    """The user messages' texts; optionally as they were before lexical post-processing."""
    before = _paraphrased(record) if before_paraphrase else {}
    return [
        before.get(i, str(m.get("content")))
        for i, m in enumerate(messages(record))
        if m.get("role") == "user" and m.get("content")
    ]


def _paraphrased(record: dict[str, Any]) -> dict[int, str]:
    edits = meta(record).get("paraphrases") or ()
    return {int(e["message_index"]): str(e["before"]) for e in edits
            if isinstance(e, dict) and "message_index" in e and "before" in e}


def patterns(record: dict[str, Any]) -> list[str]:
    md = meta(record)
    found = [str(p) for p in md.get("patterns") or ()]
    if not found and md.get("pattern"):
        found = [str(md["pattern"])]
    return found
