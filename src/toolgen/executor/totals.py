"""A list answer's total counts the items it shows, unless it pages: a sanctions scan of
one name does not report "602 matches" over three items, and a Covid history of three
rows is no "9 in all" (ToolBench seed 71 #0; review 61 found such totals in 4 of 60
records).

`believable_totals(output, args)` looks at an object holding one non-empty list and a
total (`total`, `total_count`, `count`, `total_results`...), at its top or in a
`summary` or `meta` object beside the list. When the answer shows no paging field (a
cursor, `has_more`, a page number) and the call asked for no page past the first, or for
a page of `limit` that came back short, nothing lies beyond the items shown, so the
total is their number. Other paginated answers keep theirs. In place, deterministic,
never touches the network.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.first_page import first_of
from toolgen.executor.values import normalize_key

_TOTALS = frozenset({"total", "total_count", "total_results", "count", "num_results",
                     "results_count", "total_items", "found", "matches", "hits"})
_PAGING = frozenset({"page", "offset", "cursor", "next_cursor", "next_page", "has_more",
                     "next_page_token", "page_token", "skip", "start", "pages", "total_pages",
                     "page_number", "current_page", "next", "next_token", "pagination",
                     "per_page", "page_size"})
_LIMITS = ("limit", "page_size", "per_page", "size", "max_results")
# Objects beside a list that tell of it (`"summary": {"count": 0}` beside two products).
_BESIDE = frozenset({"summary", "meta", "metadata", "stats"})


def believable_totals(output: Any, args: dict[str, Any]) -> None:
    """Set the total of a list answer that does not page, or of a short page, to its item
    count (see module doc)."""
    if not isinstance(output, dict):
        return
    lists = [v for v in output.values() if isinstance(v, list) and v]
    holders = [output, *(v for k, v in output.items()
                         if normalize_key(k) in _BESIDE and isinstance(v, dict))]
    if len(lists) != 1 or any(_PAGING & {normalize_key(k) for k in h} for h in holders):
        return  # one list, and no `has_more` or `"meta": {"page": 1, "total": 40}`
    n = len(lists[0])
    limit = next((v for k in _LIMITS for v in [args.get(k)]
                  if isinstance(v, int) and not isinstance(v, bool)), None)
    if _later_page(args) and (limit is None or n >= limit):
        return  # a full later page asked for: more may come after it
    for holder in holders:
        for key, value in holder.items():
            if normalize_key(key) in _TOTALS and isinstance(value, int) \
                    and not isinstance(value, bool):
                holder[key] = n


def _later_page(args: dict[str, Any]) -> bool:
    """Whether the call asked for a page past the first (an offset, a page number, a
    cursor): a first page (`offset` 0, `page` 1) tells nothing of what comes after."""
    return any(k in _PAGING and v not in (None, "") and not first_of(k, v)
               for k, v in args.items())
