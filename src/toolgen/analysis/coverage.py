"""Usage entropy: how evenly a run spreads over tools and endpoints (the spread figures)."""

from __future__ import annotations

import math
from collections import Counter


def entropy(counts: Counter[str]) -> float:
    """Shannon entropy in bits of a usage distribution."""
    total = sum(counts.values())
    return -sum(n / total * math.log2(n / total) for n in counts.values() if n) if total else 0.0


def normalised_entropy(counts: Counter[str]) -> float:
    # Entropy over its maximum (uniform over what was used): 1.0 = perfectly even use.
    return entropy(counts) / math.log2(len(counts)) if len(counts) > 1 else 0.0
