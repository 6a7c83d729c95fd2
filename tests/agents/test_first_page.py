"""A reference to "the first" item of a paged result reads the page the answer reported
(bundled seed 47 #13: the answer named Les Misérables first, and "the first event's min
price" was sent A Midsummer Night's Dream's, from page two)."""

from __future__ import annotations

from typing import Any

import pytest

from agents.generated import generated
from toolgen.agents.policy.first_page import first_page
from toolgen.pipeline.runtime import RunConfig


def test_a_paged_calls_first_page_is_read() -> None:
    outputs = {"c1_a0": {"events": [{"id": 1}], "next_cursor": "cur_2"},
               "c1": {"events": [{"id": 2}], "next_cursor": None},
               "c2": {"events": [{"id": 3}]}}
    assert first_page(outputs, "c1") == "c1_a0"
    assert first_page(outputs, "c2") == "c2"
    failed = {"c3_a0": {"error": {"code": 429}}, "c3": {"events": []}}
    assert first_page(failed, "c3") == "c3"


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    return generated(tmp_path_factory, RunConfig(n=150, seed=47), "first_page")


def test_first_items_are_read_from_the_first_page(bundled: list[dict[str, Any]]) -> None:
    read = 0
    for rec in bundled:
        steps = rec["step_trace"]
        paged = {s["call_id"][: -len("_a0")] for s in steps
                 if (s.get("fault") or {}).get("kind") == "paginate"}
        for step in steps:
            for name, arg in (step.get("arguments") or {}).items():
                if not isinstance(arg, dict) or arg.get("source") != "tool_output":
                    continue
                if "[0]" not in (arg.get("path") or ""):
                    continue
                if arg.get("call_id") in paged:
                    raise AssertionError((rec["conversation_id"], step["call_id"], name, arg))
                if str(arg.get("call_id", "")).endswith("_a0"):
                    read += 1
    assert read >= 3
