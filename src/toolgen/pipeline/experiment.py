"""The steering experiment: the same run with and without diversity steering."""

from __future__ import annotations

import dataclasses
from typing import Any

from toolgen.analysis.summary import summarize
from toolgen.pipeline.runner import realise_all
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Record

# (label, section, key) of the figures compared side by side.
FIGURES: tuple[tuple[str, str, str], ...] = (
    ("distinct endpoints", "coverage", "distinct_endpoints"),
    ("endpoint coverage", "coverage", "endpoint_coverage"),
    ("distinct edges", "coverage", "distinct_edges"),
    ("edge coverage", "coverage", "edge_coverage"),
    ("distinct tools", "coverage", "distinct_tools"),
    ("tool entropy (normalised)", "coverage", "tool_entropy_normalised"),
    ("first-turn distinct-2", "diversity", "first_user_distinct_2"),
    ("user distinct-2", "diversity", "user_distinct_2"),
    ("avg distinct tools", "shape", "avg_distinct_tools"),
)


def run_experiment(config: RunConfig, runtime: Runtime | None = None) -> dict[str, dict[str, Any]]:
    """{"steered": summary, "unsteered": summary} for one seed and corpus."""
    rt = runtime or Runtime.build(config)
    out: dict[str, dict[str, Any]] = {}
    for label, steering in (("steered", True), ("unsteered", False)):
        records = [
            r for r in realise_all(rt, dataclasses.replace(config, steering=steering))
            if isinstance(r, Record)
        ]
        out[label] = summarize(records, n_endpoints=len(rt.graph.nodes),
                               n_edges=len(rt.graph.edges))
    return out


def side_by_side(results: dict[str, dict[str, Any]]) -> list[tuple[str, float, float]]:
    """(figure, steered, unsteered) rows."""
    rows: list[tuple[str, float, float]] = []
    for label, section, key in FIGURES:
        rows.append((label, float(results["steered"][section][key]),
                     float(results["unsteered"][section][key])))
    return rows
