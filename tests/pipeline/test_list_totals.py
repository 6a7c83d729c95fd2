"""A list answer that does not page says how many items it holds: a Covid history of
three rows is no `"total": 9` (ToolBench seed 71 #0), and the answer then says "there are
9 in all, the first with 857 confirmed" of items nobody can see. Read from the records:
each tool answer with one list and a total, whose call asked for no page and which
shows no paging field, has a total equal to its items. Before `executor.totals` counted
the items, 100 of 132 such ToolBench answers at seed 71 (300 records) had another
total."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

from .corpora import toolbench_tools

_PAGING = {"page", "offset", "cursor", "next_cursor", "next_page", "has_more", "pages",
           "total_pages", "next", "pagination", "per_page", "page_size", "page_number",
           "current_page", "next_page_token", "page_token", "skip", "start", "next_token"}
_TOTALS = {"total", "total_count", "total_results", "count", "num_results", "total_items"}


def _unpaged_totals(record: dict[str, Any]) -> list[tuple[int, int]]:
    """(total, items) of each answer holding one list and a total that does not page."""
    asked = {s["call_id"]: {k.lower() for k in (s.get("arguments") or {})}
             for s in record["step_trace"]}
    out: list[tuple[int, int]] = []
    for message in record["messages"]:
        if message["role"] != "tool" or not (message["content"] or "").startswith("{"):
            continue
        answer = orjson.loads(message["content"])
        lists = [v for v in answer.values() if isinstance(v, list) and v]
        keys = {k.lower() for k in answer}
        if len(lists) != 1 or "error" in keys or (keys | asked.get(
                message["tool_call_id"], set())) & _PAGING:
            continue
        out += [(v, len(lists[0])) for k, v in answer.items()
                if k.lower() in _TOTALS and isinstance(v, int) and not isinstance(v, bool)]
    return out


def test_an_answer_that_does_not_page_counts_its_items(tmp_path: Path) -> None:
    config = RunConfig(n=150, seed=71, toolenv=str(toolbench_tools()))
    out = tmp_path / "records.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    records = [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]
    totals = [t for r in records for t in _unpaged_totals(r)]
    assert len(totals) >= 40, len(totals)
    off = [t for t in totals if t[0] != t[1]]
    assert not off, off[:5]
