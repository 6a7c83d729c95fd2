"""Credentials on generated BFCL records, read as a reviewer reads them: a user never
recites an access token; the session states it (the system message), and every call
passes the one it states."""

from __future__ import annotations

import json
import re
from typing import Any

import orjson
import pytest

from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

from . import record_checks as rc
from .corpora import SHARED_CORPORA

pytestmark = pytest.mark.slow

Rec = dict[str, Any]
_TOKEN_NAMES = re.compile(r"(?:^|_)(?:access_token|auth_token|token|session_id|api_key)$")


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[Rec]:
    if not (SHARED_CORPORA / "bfcl").is_dir():
        pytest.skip("shared BFCL corpus not found")
    config = RunConfig(n=150, seed=7, toolenv=str(SHARED_CORPORA / "bfcl"))
    out = tmp_path_factory.mktemp("session") / "records.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


def _tokens(record: Rec) -> list[tuple[str, str]]:
    """(function.argument, value) of every credential a call passed."""
    out = []
    for _, tc, _ in rc.calls(record):
        for name, value in json.loads(tc["function"]["arguments"] or "{}").items():
            if _TOKEN_NAMES.search(name.lower()) and isinstance(value, str):
                out.append((f"{tc['function']['name']}.{name}", value))
    return out


def test_a_user_never_recites_a_token_the_session_holds(records: list[Rec]) -> None:
    passed = [(r, t) for r in records for t in _tokens(r)]
    assert len(passed) >= 5, "too few calls with a token to judge"
    found = []
    for r, (where, value) in passed:
        said = {m["role"]: "" for m in r["messages"]}
        for m in r["messages"]:
            said[m["role"]] = said.get(m["role"], "") + (m.get("content") or "")
        if value in said.get("user", ""):
            found.append(f"{r['conversation_id']}: the user recites {where}={value}")
        outputs = json.dumps(list(rc.tool_outputs(r).values()))
        if value not in said.get("system", "") and value not in outputs:
            found.append(f"{r['conversation_id']}: {where}={value} comes from nowhere")
    assert not found, rc.first_problems(found)
