"""Chains that use what they found, read on generated records as a reviewer reads them.

A page that says it is the last is not followed by a call for the next (Airports by
API-Ninjas: a city's one airport, "has_more": false, then the same search "for the
rest"). (A recipe one service's search found is no longer added to another service's
grocery list at all: `test_foreign_id_records`.)"""

from __future__ import annotations

import shutil
from itertools import pairwise
from pathlib import Path
from typing import Any

import orjson
import pytest

from toolgen.graph.sampler import SamplerConfig
from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

from . import record_checks as rc
from .corpora import toolbench_tools

pytestmark = pytest.mark.slow

Rec = dict[str, Any]


def _records(tmp: Path, files: list[str], n: int, seed: int,
             sampler: SamplerConfig | None = None) -> list[Rec]:
    corpus = tmp / "tools"
    for name in files:
        source = toolbench_tools() / name
        (corpus / source.parent.name).mkdir(parents=True, exist_ok=True)
        shutil.copy(source, corpus / source.parent.name / source.name)
    config = RunConfig(n=n, seed=seed, toolenv=str(corpus),
                       **({"sampler": sampler} if sampler else {}))
    out = tmp / "records.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


def _exchanges(record: Rec) -> list[tuple[str, dict[str, Any], Any, int]]:
    """(function, arguments, parsed output, message index of the call) in order."""
    calls: dict[str, tuple[str, dict[str, Any], int]] = {}
    out = []
    for i, m in enumerate(record["messages"]):
        for c in m.get("tool_calls") or []:
            calls[c["id"]] = (c["function"]["name"],
                              orjson.loads(c["function"]["arguments"] or "{}"), i)
        if m["role"] == "tool" and m.get("tool_call_id") in calls:
            name, args, at = calls[m["tool_call_id"]]
            try:
                output = orjson.loads(m["content"])
            except orjson.JSONDecodeError:
                output = None
            out.append((name, args, output, at))
    return out


def _scalars(doc: Any) -> set[str]:
    if isinstance(doc, dict):
        return set().union(*(_scalars(v) for v in doc.values())) if doc else set()
    if isinstance(doc, list):
        return set().union(*(_scalars(v) for v in doc)) if doc else set()
    return {str(doc)}


def _last(output: Any) -> bool:
    return isinstance(output, dict) and output.get("has_more") is False


def test_no_next_page_is_fetched_after_a_last_page(tmp_path: Path) -> None:
    sampler = SamplerConfig(robustness={"pagination": 1.0})
    records = _records(tmp_path, ["Transportation/airports_by_api_ninjas.json"], 40, 7,
                       sampler)
    seen, found = 0, []
    for r in records:
        exchanges = _exchanges(r)
        seen += len(exchanges)
        for (name, args, output, _), (after, after_args, _, _) in pairwise(exchanges):
            if _last(output) and after == name and (
                    after_args == args or set(after_args) - set(args)):
                found.append(f"{r['conversation_id']}: {name}{after_args} after a last page")
    assert seen >= 20, "too few airport searches to judge"
    assert not found, rc.first_problems(found)
