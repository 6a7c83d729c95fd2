"""A user does not state an optional argument's default: BFCL seed 113 #8 asked "the
info about a user 1028982 with special none" for `get_user_info(user_id, special="none")`.
Read from records of a one-function BFCL corpus as a reviewer reads them."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from agents.generated import bfcl_lines, generated
from toolgen.agents.planner.default_flags import at_default
from toolgen.pipeline.runtime import RunConfig
from toolgen.records import Parameter


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    toolenv = bfcl_lines(tmp_path_factory, {"BFCL_v4_live_simple.json": (1,)},
                         "user_info_corpus")
    return generated(tmp_path_factory, RunConfig(n=40, seed=113, toolenv=toolenv),
                     "defaults_unsaid")


def test_no_user_states_an_arguments_default(records: list[dict[str, Any]]) -> None:
    calls = [orjson.loads(c["function"]["arguments"]) for r in records
             for m in r["messages"] for c in m.get("tool_calls") or []]
    assert len(calls) >= 30, len(calls)
    said = [m["content"] for r in records for m in r["messages"]
            if m["role"] == "user" and "special none" in (m.get("content") or "")]
    assert not said, said[:3]


def test_a_value_other_than_the_default_is_still_the_users() -> None:
    special = Parameter(name="special", raw_name="special", type_label="string",
                        json_schema={"type": "string", "default": "none"}, required=False,
                        description="Any special information", default="none",
                        has_default=True)
    assert at_default(special, "none")
    assert not at_default(special, "include archived accounts")
