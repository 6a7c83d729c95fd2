"""`summarize(records)`: every dataset metric in one JSON-serializable dict, in one pass.

Sections: shape (averages, multi-step share), patterns, faults, mistakes, scores,
diversity (distinct-1/2 of user turns and of first user turns, before and after
paraphrase), coverage (endpoints, edges, entropy) and live calls per profile. Records
are consumed one at a time (`analysis.accumulate`), so an iterator over a file of any
size is summarized at flat memory.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

from toolgen.analysis import records as rec
from toolgen.analysis.accumulate import SummaryAccumulator


def summarize(
    records: Iterable[rec.RecordLike],
    *,
    n_endpoints: int | None = None,
    n_edges: int | None = None,
) -> dict[str, Any]:
    """All metrics over `records` (Records or dicts); pass registry/graph sizes for coverage."""
    acc = SummaryAccumulator()
    for r in records:
        acc.add(r.model_dump(mode="json") if isinstance(r, BaseModel) else r)
    return acc.result(n_endpoints, n_edges)
