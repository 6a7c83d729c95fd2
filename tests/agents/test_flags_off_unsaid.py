"""A required yes/no that is off, where no text gives its default, is the assistant's to
send: a person does not say it. Read from records of a small ToolBench corpus as a
reviewer reads them.

Before, users said "theres no need to mark as pending with the username alec_sanford"
for BigOven's required `markAsPending` (ToolBench seed 71 #27, #214) and "look up the
total count and no need to get children and no need to get count" for USDA's required
`getChildren` and `getCount` (#81)."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from toolgen.pipeline.runtime import RunConfig

from .generated import generated, small_corpus

_FILES = ("Food/bigoven.json", "Education/usda.json")
_FLAGS = ("markAsPending", "getChildren", "getCount")


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    toolenv = small_corpus(tmp_path_factory, _FILES, "flags_corpus")
    return generated(tmp_path_factory, RunConfig(n=150, seed=71, toolenv=toolenv),
                     "flags_off_unsaid")


def _sent_off(record: dict[str, Any]) -> list[str]:
    return [flag for m in record["messages"] for call in m.get("tool_calls") or []
            for flag, value in orjson.loads(call["function"]["arguments"]).items()
            if flag in _FLAGS and value is False]


def test_a_flag_left_off_is_not_said(records: list[dict[str, Any]]) -> None:
    off = [r for r in records if _sent_off(r)]
    assert len(off) >= 5, len(off)  # the flags are still sent, off
    said = [(r["conversation_id"], m["content"]) for r in off for m in r["messages"]
            if m["role"] == "user" and "no need to" in (m.get("content") or "")]
    assert not said, said[:3]


def test_the_judge_reads_a_flag_left_off_as_the_assistants(
        records: list[dict[str, Any]]) -> None:
    found = [(r["conversation_id"], f["message"]) for r in records if _sent_off(r)
             for f in r["judge_scores"].get("findings", [])
             if f["kind"] == "default_mismatch"]
    assert not found, found[:3]
