"""The dataset-level figures behind the dashboard's Overview page.

Owns the accumulation of pattern mix, score distributions, validator findings, tool and
endpoint usage, graph coverage and diversity figures while the export streams records.
Every bar carries the filter that selects the conversations behind it.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from toolgen.analysis.diversity import distinct_n
from toolgen.export.dashboard_graph import GraphSlice
from toolgen.export.dashboard_index import (
    SCORE_METRICS,
    finding_key,
    has_parallel_calls,
    path_of,
    score_bucket,
)
from toolgen.records import Record

TOP_BARS = 40


def _bar(
    label: str, count: int, kind: str, value: str, metric: str | None = None
) -> dict[str, Any]:
    flt: dict[str, str] = {"kind": kind, "value": value}
    if metric is not None:
        flt["metric"] = metric
    return {"label": label, "count": count, "filter": flt}


def _bars(counter: Counter[str], kind: str, limit: int = TOP_BARS) -> list[dict[str, Any]]:
    # Ties broken by label so the export is byte-identical for the same dataset.
    ranked = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return [_bar(label, count, kind, label) for label, count in ranked]


def _entropy(counter: Counter[str]) -> float:
    total = sum(counter.values())
    if not total:
        return 0.0
    return -sum((c / total) * math.log2(c / total) for c in counter.values() if c)


@dataclass
class OverviewBuilder:
    """Fed one record at a time; `build()` returns the JSON-ready overview."""

    count: int = 0
    patterns: Counter[str] = field(default_factory=Counter)
    score_hist: dict[str, Counter[int]] = field(
        default_factory=lambda: {m: Counter() for m in SCORE_METRICS}
    )
    score_sums: dict[str, float] = field(default_factory=lambda: dict.fromkeys(SCORE_METRICS, 0.0))
    judges: Counter[str] = field(default_factory=Counter)
    findings: Counter[str] = field(default_factory=Counter)
    findings_total: int = 0
    tool_calls: Counter[str] = field(default_factory=Counter)
    endpoint_calls: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    tool_sets: set[tuple[str, ...]] = field(default_factory=set)
    paths: set[tuple[str, ...]] = field(default_factory=set)
    calls: int = 0
    user_turns: int = 0
    parallel: int = 0
    repaired: int = 0
    user_texts: list[str] = field(default_factory=list)
    assistant_texts: list[str] = field(default_factory=list)

    def add(self, record: Record) -> None:
        self.count += 1
        meta, scores = record.metadata, record.judge_scores
        for pattern in meta.patterns or (meta.pattern,):
            self.patterns[pattern] += 1
        for metric in SCORE_METRICS:
            value = float(getattr(scores, metric))
            self.score_hist[metric][score_bucket(value)] += 1
            self.score_sums[metric] += value
        self.judges[scores.judge] += 1
        self.findings_total += len(scores.findings)
        for key in {finding_key(f.validator, f.kind) for f in scores.findings}:
            self.findings[key] += 1
        for msg in record.messages:
            for call in msg.tool_calls or ():
                self.tool_calls[call.function.name] += 1
            if msg.content and msg.role == "user":
                self.user_texts.append(msg.content)
            elif msg.content and msg.role == "assistant":
                self.assistant_texts.append(msg.content)
        for step in record.step_trace:
            self.endpoint_calls[step.endpoint_id] += 1
            self.statuses[step.status] += 1
        self.tool_sets.add(tuple(sorted({s.endpoint_id for s in record.step_trace})))
        self.paths.add(tuple(path_of(record)))
        self.calls += len(record.step_trace)
        self.user_turns += sum(1 for m in record.messages if m.role == "user")
        self.parallel += has_parallel_calls(record)
        self.repaired += meta.repair_attempts > 0

    def build(self, graph: GraphSlice) -> dict[str, Any]:
        n = max(self.count, 1)
        return {
            "count": self.count,
            "patterns": _bars(self.patterns, "pattern"),
            "scores": {
                metric: [
                    _bar(str(b), self.score_hist[metric][b], "score", str(b), metric)
                    for b in range(1, 6)
                ]
                for metric in SCORE_METRICS
            },
            "score_means": {m: round(self.score_sums[m] / n, 3) for m in SCORE_METRICS},
            "judges": _bars(self.judges, "judge"),
            "findings": _bars(self.findings, "finding"),
            "findings_total": self.findings_total,
            "statuses": _bars(self.statuses, "status"),
            "tools": _bars(self.tool_calls, "tool"),
            "endpoints": _bars(self.endpoint_calls, "endpoint"),
            "distinct_tools": len(self.tool_calls),
            "distinct_endpoints": len(self.endpoint_calls),
            "coverage": self._coverage(graph),
            "diversity": {
                "distinct_1_user": round(distinct_n(self.user_texts, 1), 4),
                "distinct_2_user": round(distinct_n(self.user_texts, 2), 4),
                "distinct_2_assistant": round(distinct_n(self.assistant_texts, 2), 4),
                "unique_endpoint_sets": len(self.tool_sets),
                "unique_paths": len(self.paths),
                "pattern_entropy_bits": round(_entropy(self.patterns), 4),
                "mean_calls": round(self.calls / n, 3),
                "mean_user_turns": round(self.user_turns / n, 3),
                "parallel_share": round(self.parallel / n, 4),
                "repaired_share": round(self.repaired / n, 4),
            },
        }

    def _coverage(self, graph: GraphSlice) -> dict[str, Any]:
        if not graph.available:
            return {"available": False}
        used = {graph.resolve(e) for e in self.endpoint_calls}
        known = {node["id"] for node in graph.nodes}
        return {
            "available": True,
            "nodes_total": graph.total_nodes,
            "nodes_used": len(used & known),
            "edges_total": graph.total_edges,
            "edges_covered": graph.covered_edges,
            "by_kind": [
                {"kind": kind, "total": total, "covered": graph.covered_by_kind[kind]}
                for kind, total in sorted(graph.edges_by_kind.items())
            ],
        }
