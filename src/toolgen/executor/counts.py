"""Counts: a count next to a list is the length of that list.

An exact count (`count`, `num_results`) equals the list's length; a total
(`total`, `total_results`) is at least that length. Only objects with exactly one list
are touched (with two, which one is counted is unknown). In place, deterministic.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.values import normalize_key

_COUNTS_EXACT = frozenset({"count", "results_count", "num_results", "item_count",
                           "number_of_results"})
_COUNTS_AT_LEAST = frozenset({"total", "total_count", "total_results", "total_items"})
# Normalised keys that make the rule worth running.
COUNT_KEYS = _COUNTS_EXACT | _COUNTS_AT_LEAST


def match_counts(obj: dict[str, Any]) -> None:
    """The counts of `obj` agree with the length of its one list."""
    lists = [v for v in obj.values() if isinstance(v, list)]
    if len(lists) != 1:
        return
    n = len(lists[0])
    for k, v in obj.items():
        if not isinstance(v, int) or isinstance(v, bool):
            continue
        nk = normalize_key(k)
        if nk in _COUNTS_EXACT or (nk in _COUNTS_AT_LEAST and v < n):
            obj[k] = n
