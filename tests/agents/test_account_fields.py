"""A user of an API that is no social network has no followers: BFCL seed 113 #0 and #8
answered `get_user_info` (and a mandates system's user) with "followers": 3534,
"following": 725. Read from the outputs of a one-function BFCL corpus."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from agents.generated import bfcl_lines, generated
from toolgen.pipeline.runtime import RunConfig


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    toolenv = bfcl_lines(tmp_path_factory, {"BFCL_v4_live_simple.json": (1,)},
                         "user_info_fields")
    records = generated(tmp_path_factory, RunConfig(n=30, seed=113, toolenv=toolenv),
                        "account_fields")
    return [orjson.loads(m["content"]) for r in records for m in r["messages"]
            if m["role"] == "tool"]


def test_an_accounts_user_has_no_followers(outputs: list[Any]) -> None:
    users = [o for o in outputs if isinstance(o, dict) and "error" not in o]
    assert len(users) >= 20, len(users)
    social = [o for o in users if "followers" in o or "following" in o]
    assert not social, social[:2]
