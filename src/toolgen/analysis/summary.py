"""`summarize(records)`: every dataset metric in one JSON-serializable dict.

Sections: shape (averages, multi-step share), patterns, faults, scores, diversity
(distinct-1/2 of user turns and of first user turns), coverage (endpoints, edges,
entropy) and live calls per profile.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from toolgen.analysis import records as rec
from toolgen.analysis.coverage import coverage
from toolgen.analysis.diversity import distinct_n
from toolgen.analysis.live import live_calls
from toolgen.analysis.patterns import fault_shares, pattern_shares
from toolgen.analysis.scores import scores
from toolgen.analysis.shape import shape


def diversity(records: list[dict[str, Any]]) -> dict[str, float]:
    users = [t for r in records for t in rec.user_texts(r)]
    firsts = [texts[0] for r in records if (texts := rec.user_texts(r))]
    return {
        "user_distinct_1": distinct_n(users, 1),
        "user_distinct_2": distinct_n(users, 2),
        "first_user_distinct_1": distinct_n(firsts, 1),
        "first_user_distinct_2": distinct_n(firsts, 2),
    }


def summarize(
    records: Iterable[rec.RecordLike],
    *,
    n_endpoints: int | None = None,
    n_edges: int | None = None,
) -> dict[str, Any]:
    """All metrics over `records` (Records or dicts); pass registry/graph sizes for coverage."""
    items = rec.as_dicts(records)
    return {
        "records": len(items),
        "shape": shape(items),
        **pattern_shares(items),
        **fault_shares(items),
        "scores": scores(items),
        "diversity": diversity(items),
        "coverage": coverage(items, n_endpoints, n_edges),
        "live": live_calls(items),
    }
