"""The dashboard's per-conversation summary: the light index row the list and filters use.

Owns the summary fields and the score bucketing shared with the overview (the browser
applies the same `score_bucket` rule when a bar is clicked). Must not hold full messages.
"""

from __future__ import annotations

import math
from typing import Any

from toolgen.records import Record

SCORE_METRICS = ("overall", "tool_correctness", "naturalness", "task_completion")
TITLE_CHARS = 160


def score_bucket(score: float) -> int:
    """Half-up rounding to 1..5 (not Python's banker's rounding: JS uses the same rule)."""
    return min(5, max(1, math.floor(score + 0.5)))


def finding_key(validator: str, kind: str) -> str:
    return f"{validator}:{kind}"


def called_functions(record: Record) -> list[str]:
    """Function names the assistant called, in first-call order, each once."""
    seen: dict[str, None] = {}
    for msg in record.messages:
        for call in msg.tool_calls or ():
            seen.setdefault(call.function.name, None)
    return list(seen)


def path_of(record: Record) -> list[str]:
    """The sampled endpoint path; the trace's endpoints when the record has no sampled path."""
    if record.metadata.sampled_path:
        return list(record.metadata.sampled_path)
    return [step.endpoint_id for step in record.step_trace]


def title_of(record: Record) -> str:
    for msg in record.messages:
        if msg.role == "user" and msg.content:
            text = " ".join(msg.content.split())
            return text[:TITLE_CHARS]
    return record.conversation_id


def goal_of(record: Record) -> str:
    goal = record.metadata.planner_scenario.get("goal")
    summary = goal.get("summary") if isinstance(goal, dict) else None
    return summary[:TITLE_CHARS] if isinstance(summary, str) else ""


def has_parallel_calls(record: Record) -> bool:
    return any(len(msg.tool_calls or ()) > 1 for msg in record.messages)


def summarise(record: Record, position: int, chunk: int, offset: int) -> dict[str, Any]:
    """One index row. `position` is the row's place in the dataset file (the UI's key)."""
    meta = record.metadata
    scores = record.judge_scores
    findings = sorted({finding_key(f.validator, f.kind) for f in scores.findings})
    return {
        "n": position,
        "id": record.conversation_id,
        "chunk": chunk,
        "offset": offset,
        "title": title_of(record),
        "goal": goal_of(record),
        "tools": called_functions(record),
        "tool_names": list(meta.tools),
        "endpoints": list(dict.fromkeys(step.endpoint_id for step in record.step_trace)),
        "patterns": list(meta.patterns) or [meta.pattern],
        "domains": list(meta.domains),
        "scores": {m: round(float(getattr(scores, m)), 2) for m in SCORE_METRICS},
        "judge": scores.judge,
        "findings": findings,
        "repairs": meta.repair_attempts,
        "statuses": sorted({s.status for s in record.step_trace}),
        "calls": len(record.step_trace),
        "turns": sum(1 for m in record.messages if m.role == "user"),
        "parallel": has_parallel_calls(record),
    }
