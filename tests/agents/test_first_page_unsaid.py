"""A first page is the assistant's pick, never recited by the user: "up to 10 results with
nothing skipped (offset 0)" (ToolBench seed 71 #11), "no more than 10 of them starting
at position 0" (#50). Before `executor.first_page`, users stated 35 paging values (an
offset, a start, a page number or a page size) in 300 records per corpus at seed 71;
after, 11, all of paging parameters whose schema gives a default or a list of sizes."""

from __future__ import annotations

from typing import Any

import pytest

from toolgen.executor.first_page import first_page
from toolgen.pipeline.runtime import RunConfig

from .generated import generated, small_corpus

_STARTS = {"offset", "skip", "start", "from", "startindex", "start_index"}


@pytest.mark.parametrize(("name", "kind", "sent"), [
    ("skip", "number", 0), ("offset", "integer", 0), ("pageNumber", "integer", 1),
    ("limit", "number", 10), ("page_size", "string", "10"),
    ("size", "string", None), ("start", "string", None),  # a shoe size, a start date
    ("query", "string", None), ("limit", "boolean", None),
])
def test_a_first_page_starts_at_the_start(name: str, kind: str, sent: Any) -> None:
    assert first_page(name, kind) == sent


def test_users_do_not_recite_a_first_page(tmp_path_factory: pytest.TempPathFactory) -> None:
    tools = small_corpus(tmp_path_factory, ("Payments/onboarding_project.json",
                                            "Education/usda.json"), "first_page_unsaid")
    records = generated(tmp_path_factory, RunConfig(n=60, seed=71, toolenv=tools),
                        "first_page_unsaid_records")
    paged = [(r["conversation_id"], s["function_name"], k, a) for r in records
             for s in r["step_trace"] for k, a in (s.get("arguments") or {}).items()
             if k.lower() in _STARTS | {"limit", "size", "pagenumber"}]
    assert len(paged) >= 10, paged
    said = [p for p in paged if p[3].get("source") in ("user", "clarification")]
    assert not said, said[:5]
