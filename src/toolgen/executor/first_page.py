"""A first page is the assistant's to ask for: the user never says where it starts.

"search for the products in the category on home and kitchen up to 10 results with
nothing skipped (offset 0)" (ToolBench seed 71 #11) and "the paged chart content nodes
no more than 10 of them starting at position 0" (#50) recite what a client sends, not
what a person wants. A paging parameter whose schema gives no default (Onboarding's
`skip` and `limit` are required and blank) is sent as the first page of a usual size:
an offset or a start of 0, page 1, ten to a page, as the assistant's own pick. Pure.
"""

from __future__ import annotations

from toolgen.executor.values import normalize_key

_STARTS = frozenset({"offset", "skip", "start", "start_index", "startindex", "from"})
_PAGES = frozenset({"page", "page_number", "pagenumber", "page_no", "pageno", "pagenum"})
_SIZES = frozenset({"limit", "per_page", "perpage", "page_size", "pagesize", "max_results",
                    "maxresults", "results_per_page", "resultsperpage", "items_per_page",
                    "num_results", "size"})
_USUAL_SIZE = 10


def first_page(name: str, kind: object) -> int | str | None:
    """What a first page sends for parameter `name` of JSON type `kind` when its schema
    gives no default: 0 for where it starts, 1 for the page, 10 for its size; None for
    any other parameter (a `size` or `start` that is a text is no page's). The planner
    sends it unsaid; `judge.grounding` takes it as the assistant's pick."""
    if kind not in ("integer", "number", "string"):
        return None
    nk = normalize_key(name)
    value = 0 if nk in _STARTS else 1 if nk in _PAGES else _USUAL_SIZE if nk in _SIZES else None
    if value is None or (kind == "string" and nk in ("size", "start", "from")):
        return None
    return str(value) if kind == "string" else value


def first_of(name: str, value: object) -> bool:
    """Whether `value` of paging argument `name` asks for the first page (an offset of 0,
    page 1): such a call tells nothing of what comes after (`totals`)."""
    nk = normalize_key(name)
    return (nk in _STARTS and value in (0, "0")) or (nk in _PAGES and value in (1, "1"))
