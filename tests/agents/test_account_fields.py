"""A user of an API that is no social network has no followers: BFCL seed 113 #0 and #8
answered `get_user_info` (and a mandates system's user) with "followers": 3534,
"following": 725. Read from the outputs of a one-function BFCL corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from agents.generated import generated
from toolgen.pipeline.runtime import RunConfig

BFCL = (Path(__file__).resolve().parents[2]
        / "../shared/corpora/bfcl/berkeley-function-call-leaderboard/bfcl_eval/data")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    source = BFCL / "BFCL_v4_live_simple.json"
    if not source.is_file():
        pytest.skip("shared corpora not present")
    root = tmp_path_factory.mktemp("user_info_fields")
    data = root / "bfcl_eval/data"
    data.mkdir(parents=True)
    (data / source.name).write_text(source.read_text().splitlines()[0] + "\n")
    records = generated(tmp_path_factory, RunConfig(n=30, seed=113, toolenv=str(root)),
                        "account_fields")
    return [orjson.loads(m["content"]) for r in records for m in r["messages"]
            if m["role"] == "tool"]


def test_an_accounts_user_has_no_followers(outputs: list[Any]) -> None:
    users = [o for o in outputs if isinstance(o, dict) and "error" not in o]
    assert len(users) >= 20, len(users)
    social = [o for o in users if "followers" in o or "following" in o]
    assert not social, social[:2]
