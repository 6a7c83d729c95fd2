"""Coverage and spread: distinct endpoints and edges used, tool-usage entropy.

An edge is a pair of consecutive, different endpoints in one record's calls (a retry
or next page of the same endpoint is not an edge). Coverage is relative to the
registry's endpoint count and the graph's edge count when the caller knows them.
"""

from __future__ import annotations

import math
from collections import Counter
from itertools import pairwise
from typing import Any

from toolgen.analysis import records as rec


def entropy(counts: Counter[str]) -> float:
    """Shannon entropy in bits of a usage distribution."""
    total = sum(counts.values())
    return -sum(n / total * math.log2(n / total) for n in counts.values() if n) if total else 0.0


def normalised_entropy(counts: Counter[str]) -> float:
    # Entropy over its maximum (uniform over what was used): 1.0 = perfectly even use.
    return entropy(counts) / math.log2(len(counts)) if len(counts) > 1 else 0.0


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
