"""A call is made with the thing it is about, even when the schema marks it optional
(ToolBench seed 47 #137: "verify whether an email is valid", `validate_email({})`)."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from agents.generated import generated, small_corpus
from toolgen.pipeline.runtime import RunConfig

# Send Sleuth's validator alone: beside the other checkers it is their twin, and no
# chain calls two checkers of one email (`graph.purposes`)
FILES = ("Email/send_sleuth_email_validation.json",)


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    corpus = small_corpus(tmp_path_factory, FILES, "essential_corpus")
    return generated(tmp_path_factory, RunConfig(n=40, seed=47, toolenv=corpus), "essential")


def test_an_email_check_is_sent_the_email(records: list[dict[str, Any]]) -> None:
    checked = 0
    for rec in records:
        for msg in rec["messages"]:
            for call in msg.get("tool_calls") or []:
                if call["function"]["name"] != "validate_email_for_send_sleuth_email_validation":
                    continue
                checked += 1
                args = orjson.loads(call["function"]["arguments"])
                assert "@" in str(args.get("email", "")), (rec["conversation_id"], args)
    assert checked >= 3
