"""An endpoint whose only request names the tool or a stray token is not asked for.

Read as a reviewer reads records: Frederick's `thelast1` was asked as "give me a hand to
use Frederick", DGM Order's `dgm-endpoint` as "now use DGM Order", Eqivo's `/v0.1/Call/`
as "check 1 for this page" and answered "I pulled up the 1", My test's `Urlcut` as "pull
up the urlcut" (ToolBench seed 71 #3, #8, #13, #25). The planner draws another chain.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from agents.generated import generated, small_corpus
from toolgen.pipeline.runtime import RunConfig

FILES = ("Advertising/frederick.json", "Database/dgm_order.json",
         "Communication/eqivo_telephony.json", "Email/email_verifier.json",
         "Medical/my_test.json")
_SAID = re.compile(r"\buse (?:Frederick|DGM Order)\b|\bthe urlcut\b|\b(?:check|get|pulled up)"
                   r" (?:the )?1\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    corpus = small_corpus(tmp_path_factory, FILES, "vague")
    return generated(tmp_path_factory, RunConfig(n=60, seed=5, toolenv=corpus), "vague")


def test_no_request_or_answer_names_a_tool_for_what_it_does(
        records: list[dict[str, Any]]) -> None:
    texts = [m["content"] for r in records for m in r["messages"]
             if m["role"] in ("user", "assistant") and m.get("content")]
    assert len(texts) > 100
    assert not [t for t in texts if _SAID.search(t)]


def test_the_other_endpoints_of_those_tools_are_still_used(
        records: list[dict[str, Any]]) -> None:
    called = {c["function"]["name"] for r in records for m in r["messages"]
              for c in m.get("tool_calls") or []}
    assert not {"thelast1_for_frederick", "dgm_endpoint_for_dgm_order",
                "v0_1_call_for_eqivo_telephony", "urlcut_for_my_test"} & called
    assert sum("eqivo" in name for name in called) >= 3
    assert any("email_verifier" in name for name in called)
