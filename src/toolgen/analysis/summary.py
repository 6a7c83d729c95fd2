"""`summarize(records)`: every dataset metric in one JSON-serializable dict.

Sections: shape (averages, multi-step share), patterns, faults, mistakes, scores,
diversity (distinct-1/2 of user turns and of first user turns, before and after
paraphrase), coverage (endpoints, edges, entropy) and live calls per profile.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from toolgen.analysis import records as rec
from toolgen.analysis.coverage import coverage
from toolgen.analysis.diversity import distinct_n
from toolgen.analysis.live import live_calls
from toolgen.analysis.patterns import fault_shares, mistake_shares, pattern_shares
from toolgen.analysis.scores import scores
from toolgen.analysis.shape import shape


def diversity(records: list[dict[str, Any]]) -> dict[str, float]:
    """Distinct-n of user turns, after and (suffix `_before_paraphrase`) before paraphrase."""
    out: dict[str, float] = {}
    for before, suffix in ((False, ""), (True, "_before_paraphrase")):
        texts = [rec.user_texts(r, before_paraphrase=before) for r in records]
        users = [t for ts in texts for t in ts]
        firsts = [ts[0] for ts in texts if ts]
        out["user_distinct_1" + suffix] = distinct_n(users, 1)
        out["user_distinct_2" + suffix] = distinct_n(users, 2)
        out["first_user_distinct_1" + suffix] = distinct_n(firsts, 1)
        out["first_user_distinct_2" + suffix] = distinct_n(firsts, 2)
    out["paraphrased_share"] = (
        sum(1 for r in records if rec.meta(r).get("paraphrases")) / len(records) if records else 0.0
    )
    return out


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
        **mistake_shares(items),
        "scores": scores(items),
        "diversity": diversity(items),
        "coverage": coverage(items, n_endpoints, n_edges),
        "live": live_calls(items),
    }
