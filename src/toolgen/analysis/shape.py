"""Conversation shape: averages of messages, tool calls and distinct tools per record."""

from __future__ import annotations

from typing import Any

from toolgen.analysis import records as rec

MULTI_STEP_PATTERNS = frozenset({"multi_step_single_tool", "multi_step_multi_tool"})


def is_multi_step(record: dict[str, Any]) -> bool:
    """Multi-step or multi-tool: a multi-step pattern, or two or more calls."""
    return (
        bool(MULTI_STEP_PATTERNS.intersection(rec.patterns(record))) or rec.tool_calls(record) >= 2
    )
