"""The judge flags a next page fetched after a page that said it was the last (ToolBench
seed 7 #42: one airport, "has_more": false, then the same search "for the rest"); a page
that has more, and a new query after a last page, are clean."""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext
from toolgen.judge.realism import last_page
from toolgen.judge.view import build_view

from .factories import calls_record

_ONE = {"airports": [{"name": "Norman Y. Mineta San Jose International Airport",
                      "iata": "SJC"}], "total": 1, "page": 1, "next_cursor": None,
        "has_more": False}
_MORE = {**_ONE, "total": 2, "next_cursor": 2, "has_more": True}
_META_LAST = {"data": [{"name": "Boston Celtics"}],
              "meta": {"current_page": 3, "total_pages": 3, "per_page": 1}}


def _kinds(first: dict[str, Any], second_args: dict[str, Any],
           args: dict[str, Any] | None = None) -> list[str]:
    args = args or {"city": "San Jose"}
    record = calls_record([("v1_airports", args, first), ("v1_airports", second_args, _ONE)],
                          user="Which airports does San Jose have?",
                          answer="San Jose has one airport.", conversation_id="t-last-page")
    return [f.kind for f in last_page.check_view(build_view(record), JudgeContext())]


def test_a_next_page_after_the_last_is_flagged() -> None:
    assert _kinds(_ONE, {"city": "San Jose"}) == ["page_after_last"]
    assert _kinds(_ONE, {"city": "San Jose", "page": 2}) == ["page_after_last"]
    assert _kinds(_META_LAST, {"team": "x", "page": 4}, {"team": "x", "page": 3}) == [
        "page_after_last"]


def test_a_page_with_more_and_a_new_query_are_clean() -> None:
    assert _kinds(_MORE, {"city": "San Jose", "page": 2}) == []
    assert _kinds(_ONE, {"city": "Boston"}) == []
