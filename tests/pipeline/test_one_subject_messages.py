"""A user message asks for one thing, or for things that go together; read from the
records as a reviewer reads them. Before `planner.ask_turns`, a third of ToolBench
records stapled unrelated asks into one message ("look up the postal codes (ZIP 60607)
and after that see the latest petrol in Karnataka in Bengaluru", seed 71 #19)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

import orjson
import pytest

from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

from .corpora import toolbench_tools


def stapled(record: dict[str, Any]) -> list[int]:
    """Indexes of user messages answered, in separate assistant turns, by a call of a tool
    none of the message's earlier calls is of and taking none of their results (parallel
    calls in one assistant turn are one ask; the session's own calls are no ask)."""
    messages, steps = record["messages"], record["step_trace"]
    users = [i for i, m in enumerate(messages) if m["role"] == "user"] + [len(messages)]
    found: list[int] = []
    for start, end in pairwise(users):
        tools: set[str] = set()
        calls: set[str] = set()
        turns: set[int] = set()
        for step in steps:
            at = step.get("message_index", -1)
            if not start < at < end or step.get("status") != "ok" \
                    or step["endpoint_id"].startswith("ToolGen/"):
                continue
            tool = step["endpoint_id"].rsplit("/", 1)[0]
            fed = {a.get("call_id") for a in (step.get("arguments") or {}).values()
                   if a.get("source") == "tool_output"}
            if tools and tool not in tools and not fed & calls and at not in turns:
                found.append(start)
                break
            tools.add(tool)
            calls.add(step["call_id"])
            turns.add(at)
    return found


def _records(tmp_path: Path, config: RunConfig) -> list[dict[str, Any]]:
    out = tmp_path / "records.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


def test_the_reader_flags_a_stapled_message() -> None:
    def step(cid: str, endpoint: str, at: int, **fed: str) -> dict[str, Any]:
        return {"call_id": cid, "endpoint_id": endpoint, "status": "ok", "message_index": at,
                "arguments": {k: {"source": "tool_output", "call_id": v}
                              for k, v in fed.items()}}
    messages = [{"role": "user"}, {"role": "assistant"}, {"role": "assistant"}]
    zips, petrol = "Location/us_geo_data/Zips", "Energy/fuel_india/Price"
    assert stapled({"messages": messages, "step_trace": [
        step("a", zips, 1), step("b", petrol, 2)]}) == [0]
    assert not stapled({"messages": messages, "step_trace": [
        step("a", zips, 1), step("b", petrol, 2, city="a")]})  # uses the ZIP's city
    assert not stapled({"messages": messages, "step_trace": [
        step("a", zips, 1), step("b", petrol, 1)]})  # parallel calls
    assert not stapled({"messages": [*messages[:2], {"role": "user"}, messages[2]],
                        "step_trace": [step("a", zips, 1), step("b", petrol, 3)]})


def test_bundled_messages_ask_one_thing_at_a_time(tmp_path: Path) -> None:
    # seed 7 before: 9 of the first 80 records stapled unrelated asks
    records = _records(tmp_path, RunConfig(n=80, seed=7))
    found = [(r["conversation_id"], i) for r in records for i in stapled(r)]
    assert not found, found[:3]


@pytest.mark.slow
def test_toolbench_messages_ask_one_thing_at_a_time(tmp_path: Path) -> None:
    # seed 7 before: 26 of 80 records; after, 2 whose asks share a subject (#8: postal
    # codes in Firenze, then in Warsaw; #15: an address corrected, then one validated)
    records = _records(tmp_path, RunConfig(n=80, seed=7, toolenv=str(toolbench_tools())))
    found = [(r["conversation_id"], i) for r in records for i in stapled(r)]
    assert len(found) <= 4, found
