"""A record's calls serve one goal, read from the records as a reviewer reads them: a
call of a tool the record has not called yet takes a value from an earlier call, or is
of the same service or thing as one. Before `graph.goals`, ToolBench seed 71 went from
publishers in Singapore to the Covid history of the country that came back (#0), and
from North Dakota's ZIP codes to the districts of a city in Vietnam (#8)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import orjson

from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

from .corpora import toolbench_tools

# words of a tool's or function's name that say nothing of what it is about
_VAGUE = frozenset({"get", "list", "create", "search", "find", "api", "apis", "by", "the",
                    "data", "all", "for", "of", "in", "to", "and", "info", "details",
                    "detail", "lookup", "new", "add", "update", "delete", "check", "free",
                    "post", "fetch", "with", "from", "v1", "v2"})


def _words(name: str) -> set[str]:
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", name).lower()
    return {w.removesuffix("s") for w in re.findall(r"[a-z]+", spaced)
            if w not in _VAGUE and len(w) > 2}


def second_errand(record: dict[str, Any]) -> bool:
    """Whether a call of a new tool takes nothing from earlier calls and shares no word of
    its tool's or its own name with them (the session's token refresh is no errand)."""
    earlier: list[set[str]] = []
    tools: set[str] = set()
    for step in record["step_trace"]:
        _, tool, name = step["endpoint_id"].split("/", 2)
        if tool == "session":
            continue
        fed = any(a.get("source") == "tool_output"
                  for a in (step.get("arguments") or {}).values())
        mine = _words(tool) | _words(name)
        if earlier and tool not in tools and not fed and not any(mine & e for e in earlier):
            return True
        tools.add(tool)
        earlier.append(mine)
    return False


def test_the_reader_flags_a_second_errand() -> None:
    def step(endpoint: str, fed: bool = False) -> dict[str, Any]:
        source = "tool_output" if fed else "user"
        return {"endpoint_id": endpoint, "arguments": {"city": {"source": source}}}
    zips, districts = "Location/us_geo_data/Get_Zips_in_State", \
        "Location/viet_nam_divisions/Get_All_Districts_Of_A_City"
    assert second_errand({"step_trace": [step(zips), step(districts)]})
    assert not second_errand({"step_trace": [step(zips), step(districts, fed=True)]})
    assert not second_errand({"step_trace": [
        step("Entertainment/ticketbox_events/Buy_Tickets"),
        step("Entertainment/ticketbox_events/List_Ticket_Orders")]})


def test_toolbench_records_keep_to_one_errand(tmp_path: Path) -> None:
    # seed 11 before: 53 of the first 150 records went on to another errand; after, 34
    # (the `stateful` pattern's pair, drawn whatever the chain, and chains no try built
    # again could free of one)
    config = RunConfig(n=150, seed=11, toolenv=str(toolbench_tools()))
    out = tmp_path / "records.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    records = [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]
    found = [r["conversation_id"] for r in records if second_errand(r)]
    assert len(found) <= 42, found
