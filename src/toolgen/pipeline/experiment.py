"""The steering experiment: the same runs with and without diversity steering, over seeds.

Each seed realises both arms from the same corpus and config; the figures are computed
over corpus endpoints only (the synthetic `Session` refresh call ToolGen adds for
`auth_refresh` dialogues is not a corpus tool). `run_seeds` collects every figure per
seed; the statistics and the verdict are `analysis.experiment`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection
from typing import Any

from toolgen.analysis.experiment import FigureResult, verdict
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
ARMS = (("steered", True), ("unsteered", False))


def corpus_view(record: Record, corpus: Collection[str]) -> dict[str, Any]:
    """`record` as a dict whose calls are only those to corpus endpoints."""
    data = record.model_dump(mode="json")
    data["step_trace"] = [s for s in data["step_trace"] if s["endpoint_id"] in corpus]
    return data


def run_experiment(config: RunConfig, runtime: Runtime | None = None) -> dict[str, dict[str, Any]]:
    """{"steered": summary, "unsteered": summary} for one seed and corpus."""
    rt = runtime or Runtime.build(config)
    corpus = frozenset(rt.graph.nodes)
    out: dict[str, dict[str, Any]] = {}
    for label, steering in ARMS:
        records = [
            corpus_view(r, corpus)
            for r in realise_all(rt, dataclasses.replace(config, steering=steering))
            if isinstance(r, Record)
        ]
        out[label] = summarize(records, n_endpoints=len(rt.graph.nodes),
                               n_edges=len(rt.graph.edges))
    return out


def side_by_side(results: dict[str, dict[str, Any]]) -> list[tuple[str, float, float]]:
    """(figure, steered, unsteered) rows."""
    rows: list[tuple[str, float, float]] = []
    for label, section, key in FIGURES:
        rows.append((label, float(results["steered"][section][key] or 0.0),
                     float(results["unsteered"][section][key] or 0.0)))
    return rows


def run_seeds(
    config: RunConfig,
    seeds: int,
    runtime: Runtime | None = None,
    on_seed: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """The report over seeds `config.seed`, `config.seed + 1`, ...: figures and verdict."""
    rt = runtime or Runtime.build(config)
    used = [config.seed + k for k in range(seeds)]
    per_seed: list[list[tuple[str, float, float]]] = []
    for seed in used:
        per_seed.append(side_by_side(run_experiment(dataclasses.replace(config, seed=seed), rt)))
        if on_seed is not None:
            on_seed(seed)
    figures = [
        FigureResult(label, tuple(rows[i][1] for rows in per_seed),
                     tuple(rows[i][2] for rows in per_seed))
        for i, (label, _, _) in enumerate(FIGURES)
    ]
    return {
        "corpus": rt.registry.source or "bundled",
        "corpus_tools": len(rt.registry.tools),
        "corpus_endpoints": len(rt.graph.nodes),
        "n": config.n,
        "seeds": used,
        "figures": [f.as_dict() for f in figures],
        "verdict": verdict(figures),
    }
