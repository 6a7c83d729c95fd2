"""The summary's metrics as they were computed before `analyze` streamed: each a function
over the whole list of records. Kept here, not in src, as the reference the one-pass
`SummaryAccumulator` must reproduce exactly (tests/analysis/test_streaming.py)."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise
from typing import Any

from toolgen.analysis import records as rec
from toolgen.analysis.coverage import entropy, normalised_entropy
from toolgen.analysis.scores import FIELDS
from toolgen.analysis.shape import is_multi_step


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def shape(records: list[dict[str, Any]]) -> dict[str, float]:
    return {
        "avg_messages": _mean([len(rec.messages(r)) for r in records]),
        "avg_tool_calls": _mean([rec.tool_calls(r) for r in records]),
        "avg_distinct_tools": _mean([len(set(rec.tools_used(r))) for r in records]),
        "avg_distinct_endpoints": _mean([len(set(rec.endpoints(r))) for r in records]),
        "multi_step_share": _mean([1.0 if is_multi_step(r) else 0.0 for r in records]),
    }


def _shares(counts: Counter[str], total: int) -> dict[str, float]:
    return {k: counts[k] / total for k in sorted(counts)} if total else {}


def pattern_shares(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Share of records that have each pattern (a record may have several), and main pattern."""
    having: Counter[str] = Counter()
    main: Counter[str] = Counter()
    for r in records:
        having.update(set(rec.patterns(r)))
        if rec.meta(r).get("pattern"):
            main[str(rec.meta(r)["pattern"])] += 1
    return {"patterns": _shares(having, len(records)), "main_pattern": _shares(main, len(records))}


def fault_shares(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Fault kinds: share of records declaring each (metadata.faults) and of calls per status."""
    declared: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    with_status: Counter[str] = Counter()
    calls = 0
    for r in records:
        declared.update({str(f) for f in rec.meta(r).get("faults") or ()})
        seen: set[str] = set()
        for s in rec.steps(r):
            calls += 1
            status = str(s.get("status", "ok"))
            if status != "ok":
                statuses[status] += 1
                seen.add(status)
        with_status.update(seen)
    return {
        "faults": _shares(declared, len(records)),
        "status_share_of_calls": _shares(statuses, calls),
        "status_share_of_records": _shares(with_status, len(records)),
        "calls": calls,
    }


def mistake_shares(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Share of records with each kind of deliberate (weight-0) mistake in their trace."""
    having: Counter[str] = Counter()
    for r in records:
        having.update({str(s.get("mistake") or "unlabelled") for s in rec.steps(r)
                       if s.get("intended")})
    return {"mistakes": _shares(having, len(records))}


def scores(records: list[dict[str, Any]]) -> dict[str, Any]:
    sums = dict.fromkeys(FIELDS, 0.0)
    scored = 0
    passing = 0
    judges: Counter[str] = Counter()
    findings: Counter[str] = Counter()
    for r in records:
        js = r.get("judge_scores")
        if not isinstance(js, dict):
            continue
        scored += 1
        for f in FIELDS:
            sums[f] += float(js.get(f) or 0.0)
        judges[str(js.get("judge", ""))] += 1
        errors = [
            f
            for f in js.get("findings") or ()
            if isinstance(f, dict) and f.get("severity", "error") == "error"
        ]
        passing += not errors
        findings.update(f"{f.get('validator')}.{f.get('kind')}" for f in errors)
    return {
        "averages": {f: (sums[f] / scored if scored else 0.0) for f in FIELDS},
        "scored": scored,
        "pass_rate": passing / scored if scored else 0.0,
        "judges": dict(sorted(judges.items())),
        "error_findings": dict(findings.most_common()),
    }


def coverage(
    records: list[dict[str, Any]], n_endpoints: int | None = None, n_edges: int | None = None
) -> dict[str, Any]:
    endpoints: Counter[str] = Counter()
    tools: Counter[str] = Counter()
    edges: set[tuple[str, str]] = set()
    for r in records:
        used = rec.endpoints(r)
        endpoints.update(used)
        tools.update(rec.tools_used(r))
        edges.update((a, b) for a, b in pairwise(used) if a != b)
    out: dict[str, Any] = {
        "distinct_endpoints": len(endpoints),
        "distinct_tools": len(tools),
        "distinct_edges": len(edges),
        "tool_entropy_bits": entropy(tools),
        "tool_entropy_normalised": normalised_entropy(tools),
        "endpoint_entropy_bits": entropy(endpoints),
        "endpoint_coverage": len(endpoints) / n_endpoints if n_endpoints else None,
        "edge_coverage": len(edges) / n_edges if n_edges else None,
    }
    return out


def live_calls(records: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    groups: dict[str, list[int]] = {}
    for r in records:
        md = rec.meta(r)
        profile = str(md.get("live_profile") or md.get("llm_mode") or "offline")
        groups.setdefault(profile, []).append(int(md.get("live_calls") or 0))
    return {
        k: {"records": len(v), "avg_live_calls": sum(v) / len(v)} for k, v in sorted(groups.items())
    }
