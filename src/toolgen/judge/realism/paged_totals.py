"""A paged query whose pages disagree about how many results there are.

One query read page by page (the same endpoint, the same arguments but for the page,
offset or cursor) has one total: a reviewer who sees "total": 37 on page 1 and 33 on
page 2, or a last page ("has_more": false) reached from page 1 after two items when
the pages said 33, does not believe either figure - nor an answer that reports them.
Kind `paged_total_mismatch`.

A query read again after calls that made or removed things (their trace's effect is a
create or a delete) may count them: 40 deliveries, one ordered, then 41 is no
disagreement (it may move up by at most the creates and down by at most the deletes
between the reads); 37 is.

Only totals the outputs state at their top level are compared (`total`, `total_count`,
`total_results`, ...); a query with one page says nothing about its pages.

Two different pages of one query list different things: a player named on page 1
("MarShon Brooks", split in `first_name` and `last_name`) who is named again on page 2
under another id is one player counted twice. Kind `repeated_name`, as within one list.
"""

from __future__ import annotations

import itertools
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import real_steps
from toolgen.judge.realism.values import _snake as snake
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "paged_totals"

_TOTALS = ("total", "total_count", "total_results", "totalResults", "totalCount",
           "total_items", "count_total")
_PAGING = frozenset({"page", "offset", "cursor", "next_cursor", "page_token", "pageToken",
                     "start", "skip", "after", "before", "page_number", "pageNumber",
                     "max_cursor", "min_cursor", "next_page_token", "since_id", "max_id"})
_MORE = ("has_more", "hasMore", "has_next", "more")
_NAMES = frozenset({"name", "title", "full_name", "display_name", "username", "user_name",
                    "email", "label"})
_GIVEN = frozenset({"first_name", "firstname", "given_name"})
_FAMILY = frozenset({"last_name", "lastname", "family_name", "surname"})


def _query(name: str, args: dict[str, Any]) -> str:
    """The endpoint and its non-paging arguments: what stays one query across pages."""
    rest = sorted((k, repr(v)) for k, v in args.items() if k not in _PAGING)
    return f"{name}{rest}"


def _total(doc: dict[str, Any]) -> int | None:
    for key in _TOTALS:
        v = doc.get(key)
        if isinstance(v, int) and not isinstance(v, bool):
            return v
    return None


def _items(doc: dict[str, Any]) -> int | None:
    lists = [v for v in doc.values() if isinstance(v, list) and all(isinstance(x, dict) for x in v)]
    return len(lists[0]) if len(lists) == 1 else None


def _last_page(doc: dict[str, Any]) -> bool:
    return any(doc.get(k) is False for k in _MORE)


def _first_page(args: dict[str, Any]) -> bool:
    """True when `args` ask for the first page (no paging argument, page 1, offset 0)."""
    return all(args[key] in (None, 0, 1, "0", "1", "") for key in _PAGING & set(args))


def _disagreement(pages: list[dict[str, Any]], from_first: bool,
                  made: list[tuple[int, int]] | None = None) -> str | None:
    """Why the pages disagree; `made[i]`, the things made and removed before page `i` was
    read."""
    made = made or [(0, 0)] * len(pages)
    counted = [(t, m) for p, m in zip(pages, made, strict=True) if (t := _total(p)) is not None]
    totals = [t for t, _ in counted]
    if any(not -(m2[1] - m1[1]) <= t2 - t1 <= m2[0] - m1[0]
           for (t1, m1), (t2, m2) in itertools.pairwise(counted)):
        what = "the pages of one query give" if from_first else "one query read twice gives"
        return f"{what} totals " + " then ".join(str(t) for t in totals)
    if not totals or not _last_page(pages[-1]):
        return None
    counts = [_items(p) for p in pages]
    if not from_first or any(c is None for c in counts):
        return None
    seen = sum(c for c in counts if c is not None)
    if seen < totals[0]:
        return (f"the last page came after {seen} results over {len(pages)} pages, "
                f"but the pages said {totals[0]}")
    return None


def _page(args: dict[str, Any]) -> str:
    return repr(sorted((k, repr(v)) for k, v in args.items() if k in _PAGING))


def _item_names(doc: dict[str, Any]) -> list[str]:
    """The names of the items of `doc`'s one list of objects (a person by both names)."""
    lists = [v for v in doc.values() if isinstance(v, list) and v
             and all(isinstance(x, dict) for x in v)]
    if len(lists) != 1:
        return []
    out: list[str] = []
    for item in lists[0]:
        keys = {snake(k): v for k, v in item.items() if isinstance(v, str) and v}
        given = next((keys[k] for k in _GIVEN if k in keys), None)
        family = next((keys[k] for k in _FAMILY if k in keys), None)
        if given and family:
            out.append(f"{given} {family}")
        out += [v for k, v in keys.items() if k in _NAMES]
    return out


def _repeat(pages: list[tuple[dict[str, Any], str]]) -> str | None:
    """A name listed on two different pages of one query, or None."""
    seen: dict[str, str] = {}
    for doc, page in pages:
        names = _item_names(doc)
        again = next((n for n in names if n in seen and seen[n] != page), None)
        if again is not None:
            return f"{again!r} is listed on two pages of one query"
        for n in names:
            seen.setdefault(n, page)
    return None


def GATE(view: RecordView) -> bool:
    """Two pages of one query are two calls of one function (`_query` starts with the
    name and goes on with "[": names without "[" that differ are different queries)."""
    names = [s.function_name for s in view.record.step_trace]
    return len(set(names)) < len(names) or any("[" in n for n in names)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    queries: dict[str, list[tuple[dict[str, Any], int, bool, tuple[int, int], str]]] = {}
    made, removed = 0, 0
    for step in real_steps(view):
        if step.status == "ok":
            made += step.effect == "create"
            removed += step.effect == "delete"
        doc = view.output(step.call_id) if step.call_id in view.answer_at else None
        args = view.arguments(step.call_id)
        if step.status != "ok" or not isinstance(doc, dict) or not isinstance(args, dict):
            continue
        queries.setdefault(_query(step.function_name, args), []).append(
            (doc, view.answer_at[step.call_id], _first_page(args), (made, removed),
             _page(args)))
    out: list[Finding] = []
    for pages in queries.values():
        if len(pages) < 2:
            continue
        # the last-page rule reads a query paged from its first page onwards
        paged = pages[0][2] and not all(first for _, _, first, _, _ in pages)
        why = _disagreement([doc for doc, *_ in pages], paged, [p[3] for p in pages])
        if why:
            out.append(finding(NAME, "paged_total_mismatch", pages[-1][1], why))
        why = _repeat([(doc, page) for doc, *_, page in pages])
        if why:
            out.append(finding(NAME, "repeated_name", pages[-1][1], why))
    return out
