"""Live LLM usage: records and live calls per conversation, grouped by live profile."""

from __future__ import annotations

from typing import Any

from toolgen.analysis import records as rec


def live_calls(records: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    groups: dict[str, list[int]] = {}
    for r in records:
        md = rec.meta(r)
        profile = str(md.get("live_profile") or md.get("llm_mode") or "offline")
        groups.setdefault(profile, []).append(int(md.get("live_calls") or 0))
    return {
        k: {"records": len(v), "avg_live_calls": sum(v) / len(v)} for k, v in sorted(groups.items())
    }
