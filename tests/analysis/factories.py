"""Three hand-made record dicts whose metrics are worked out by hand in the tests."""

from __future__ import annotations

from typing import Any


def _scores(
    tc: float, nat: float, task: float, overall: float, findings: list[Any]
) -> dict[str, Any]:
    return {
        "tool_correctness": tc,
        "naturalness": nat,
        "task_completion": task,
        "overall": overall,
        "judge": "heuristic",
        "findings": findings,
    }


def _call(cid: str) -> dict[str, Any]:
    return {"id": cid, "type": "function", "function": {"name": "f", "arguments": "{}"}}


A: dict[str, Any] = {
    "conversation_id": "a",
    "messages": [
        {"role": "user", "content": "find cheap hotels in lisbon"},
        {"role": "assistant", "tool_calls": [_call("c1")]},
        {"role": "tool", "tool_call_id": "c1", "content": "{}"},
        {"role": "assistant", "content": "done"},
    ],
    "step_trace": [
        {"step": 1, "call_id": "c1", "endpoint_id": "Travel/hotels/search", "status": "ok"}
    ],
    "judge_scores": _scores(5, 4, 5, 4.7, []),
    "metadata": {
        "tools": ["Travel/hotels"],
        "pattern": "single_call",
        "patterns": ["single_call"],
        "llm_mode": "offline",
        "live_calls": 0,
    },
}

B: dict[str, Any] = {
    "conversation_id": "b",
    "messages": [
        {"role": "user", "content": "find cheap hotels in porto"},
        {"role": "assistant", "tool_calls": [_call("c1"), _call("c2")]},
        {"role": "tool", "tool_call_id": "c1", "content": "{}"},
        {"role": "tool", "tool_call_id": "c2", "content": "{}"},
        {"role": "assistant", "content": "ok"},
    ],
    "step_trace": [
        {"step": 1, "call_id": "c1", "endpoint_id": "Travel/hotels/search", "status": "http_429"},
        {"step": 2, "call_id": "c2", "endpoint_id": "Weather/w/forecast", "status": "ok"},
    ],
    "judge_scores": _scores(
        3, 3, 3, 3, [{"validator": "format", "kind": "unanswered_call", "message": "x"}]
    ),
    "metadata": {
        "tools": ["Travel/hotels", "Weather/w"],
        "pattern": "parallel",
        "patterns": ["parallel", "multi_step_multi_tool"],
        "faults": ["http_429"],
        "llm_mode": "live",
        "live_profile": "hybrid",
        "live_calls": 4,
    },
}

C: dict[str, Any] = {
    "conversation_id": "c",
    "messages": [
        {"role": "user", "content": "what is two plus two"},
        {"role": "assistant", "content": "four"},
    ],
    "step_trace": [],
    "judge_scores": _scores(4, 5, 4, 4.3, []),
    "metadata": {
        "tools": [],
        "pattern": "irrelevance",
        "patterns": ["irrelevance"],
        "llm_mode": "live",
        "live_profile": "hybrid",
        "live_calls": 2,
    },
}


def a_as_record() -> Any:
    """Record A as a `Record` model (analysis accepts models as well as dicts)."""
    from toolgen.records import Record

    d = {
        **A,
        "tools": [],
        "step_trace": [dict(A["step_trace"][0], function_name="f")],
        "metadata": {**A["metadata"], "seed": 1, "index": 0, "domains": ["Travel"]},
    }
    return Record.model_validate(d)
