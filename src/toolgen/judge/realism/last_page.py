"""A next page fetched after a page that said it was the last.

ToolBench seed 7 #42: an airport search answers one airport with `"next_cursor": null,
"has_more": false`, and the assistant says "More results are available. Let me load the
next page too." and sends the same search again. A reviewer reads the assistant as not
reading the page it got. Kind `page_after_last`.

A page says it is the last when, at its top or in a page-info object there (`meta`,
`pagination`), `has_more` (or a like flag) is false, or its current page is at least
its page count. The call right after it (the next call the record makes) is flagged
when it calls the same function and either sends the same arguments again or moves a
page, cursor or offset argument on; a call that changes the query is a new search.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.page_meta import as_int
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import key_tokens, real_steps
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "last_page"

_MORE = frozenset({"has_more", "hasmore", "has_next", "hasnext", "has_next_page",
                   "hasnextpage", "more_results", "has_more_results"})
_CURRENT = frozenset({"page", "current_page", "page_number", "currentpage", "pagenumber"})
_PAGES = frozenset({"total_pages", "totalpages", "page_count", "pagecount", "num_pages",
                    "last_page", "lastpage"})
# Argument words that say where in a listing a call reads.
_PLACE_WORDS = frozenset({"page", "cursor", "offset", "token", "start", "skip", "continuation",
                          "next", "after"})


def _flat(key: str) -> str:
    return "_".join(key_tokens(key))


GATE = output_keys_gate(lambda key: _flat(key) in _MORE | _PAGES
                        or key.lower() in _MORE | _PAGES)



def says_last(output: Any) -> str | None:
    """Why a page is the last one (None when it does not say so)."""
    if not isinstance(output, dict):
        return None
    nodes = [output, *(v for v in output.values() if isinstance(v, dict))]
    for node in nodes:
        flat = {_flat(str(k)): v for k, v in node.items()}
        for key in _MORE:
            if flat.get(key) is False:
                return f"{key}: false"
        current = next((as_int(flat[k]) for k in sorted(_CURRENT) if k in flat), None)
        pages = next((as_int(flat[k]) for k in sorted(_PAGES) if k in flat), None)
        if current is not None and pages is not None and 0 < pages <= current:
            return f"page {current} of {pages}"
    return None


def _moves_on(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """The same query again, or with only its place in the listing moved on."""
    changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    return all(set(key_tokens(k)) & _PLACE_WORDS for k in changed)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    previous: tuple[str, dict[str, Any], str] | None = None  # function, args, why last
    for step in real_steps(view):
        args = view.arguments(step.call_id)
        if not isinstance(args, dict):
            previous = None
            continue
        if previous is not None and previous[0] == step.function_name and _moves_on(
                previous[1], args):
            return [finding(NAME, "page_after_last", view.call_at[step.call_id],
                            f"{step.function_name} is called for more after a page that "
                            f"said it was the last ({previous[2]})")]
        previous = None
        if step.status != "ok" or step.call_id not in view.answer_at:
            continue
        output = view.output(step.call_id)
        why = says_last(output) if output is not NOT_JSON else None
        if why is not None:
            previous = (step.function_name, args, why)
    return []
