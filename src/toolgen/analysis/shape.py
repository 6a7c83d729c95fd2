"""Conversation shape: averages of messages, tool calls and distinct tools per record."""

from __future__ import annotations

from typing import Any

from toolgen.analysis import records as rec

MULTI_STEP_PATTERNS = frozenset({"multi_step_single_tool", "multi_step_multi_tool"})


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def is_multi_step(record: dict[str, Any]) -> bool:
    """Multi-step or multi-tool: a multi-step pattern, or two or more calls."""
    return (
        bool(MULTI_STEP_PATTERNS.intersection(rec.patterns(record))) or rec.tool_calls(record) >= 2
    )


def shape(records: list[dict[str, Any]]) -> dict[str, float]:
    return {
        "avg_messages": _mean([len(rec.messages(r)) for r in records]),
        "avg_tool_calls": _mean([rec.tool_calls(r) for r in records]),
        "avg_distinct_tools": _mean([len(set(rec.tools_used(r))) for r in records]),
        "avg_distinct_endpoints": _mean([len(set(rec.endpoints(r))) for r in records]),
        "multi_step_share": _mean([1.0 if is_multi_step(r) else 0.0 for r in records]),
    }
