"""A call is made with the thing it is about, even when the schema marks it optional
(ToolBench seed 47 #137: "verify whether an email is valid", `validate_email({})`)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import orjson
import pytest

from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

TOOLS = Path(__file__).resolve().parents[2] / "../shared/corpora/toolbench/toolenv/tools"
FILES = ("Email/send_sleuth_email_validation.json", "Email/mailboxlayer.json",
         "Email/email_check.json")


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    if not all((TOOLS / f).is_file() for f in FILES):
        pytest.skip("shared corpora not present")
    corpus = tmp_path_factory.mktemp("essential_corpus") / "Email"
    corpus.mkdir()
    for f in FILES:
        shutil.copy(TOOLS / f, corpus / Path(f).name)
    config = RunConfig(n=40, seed=47, toolenv=str(corpus.parent))
    out = tmp_path_factory.mktemp("essential") / "out.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


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
