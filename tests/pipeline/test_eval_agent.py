"""`toolgen eval-agent`: a model under test replays each record's task as the assistant.

The model is the fake OpenAI-compatible server, scripted from the records themselves:
the perfect agent says what the record's assistant said (deliberate mistakes left out);
a careless one drops an argument in some records.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from llm_server import Call, FakeLLMServer, FakeRequest, Reply, Text, ToolCalls
from toolgen.cli.app import _register_all, app
from toolgen.graph.sampler import SamplerConfig
from toolgen.io.jsonl import write_jsonl
from toolgen.pipeline.runner import realise_all
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Record

# Deliberate mistakes and faults shift the mock session; a plain run replays exactly.
CONFIG = RunConfig(n=8, seed=11, sampler=SamplerConfig(robustness={}))


@pytest.fixture(scope="module")
def records() -> list[Record]:
    rt = Runtime.build(CONFIG)
    return [r for r in realise_all(rt, CONFIG, workers=1) if isinstance(r, Record)]


def _moves(record: Record) -> list[list[Reply]]:
    """Per user message, what the record's assistant did after it (mistakes left out)."""
    turns: list[list[Reply]] = []
    for m in record.messages:
        if m.role == "user":
            turns.append([])
        elif m.role == "assistant" and turns and m.weight != 0:
            if m.tool_calls:
                turns[-1].append(ToolCalls(tuple(
                    Call(c.function.name, json.loads(c.function.arguments))
                    for c in m.tool_calls)))
            else:
                turns[-1].append(Text(m.content or ""))
    return turns


def scripted(records: list[Record], careless: frozenset[str] = frozenset()) -> Any:
    by_first = {next(m.content for m in r.messages if m.role == "user"): r for r in records}

    def reply(req: FakeRequest) -> Reply:
        users = [m for m in req.messages if m.get("role") == "user"]
        record = by_first[users[0]["content"]]
        last_user = max(i for i, m in enumerate(req.messages) if m.get("role") == "user")
        done = sum(1 for m in req.messages[last_user:] if m.get("role") == "assistant")
        turn = _moves(record)[len(users) - 1]
        move = turn[done] if done < len(turn) else Text("Is there anything else?")
        if isinstance(move, ToolCalls) and record.conversation_id in careless:
            first = move.calls[0]
            args = dict(first.arguments) if isinstance(first.arguments, dict) else {}
            args.pop(next(iter(args), ""), None)
            move = ToolCalls((Call(first.name, args), *move.calls[1:]))
        return move

    return reply


def _run_cli(path: Path, server: FakeLLMServer, tmp: Path) -> tuple[int, str]:
    _register_all()
    env = {"TOOLGEN_LLM_PROVIDER": "openai", "TOOLGEN_LLM_BASE_URL": server.openai_base_url,
           "OPENAI_API_KEY": "sk-test-eval-0123456789", "TOOLGEN_LLM_REQUESTS_PER_MINUTE": "100000",
           "TOOLGEN_LLM_CACHE_DIR": str(tmp / "cache"), "COLUMNS": "200"}
    result = CliRunner().invoke(app, ["eval-agent", str(path), "--model", "agent-under-test",
                                      "--env-file", str(tmp / "none.env")], env=env)
    return result.exit_code, result.output


def test_a_perfect_agent_scores_100(records: list[Record], tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    write_jsonl(path, records)
    with FakeLLMServer(responder=scripted(records)) as server:
        code, output = _run_cli(path, server, tmp_path)
    assert code == 0, output
    assert f"passed {len(records)}/{len(records)} records (100%)" in output, output
    assert "overall score 100%" in output


def test_an_agent_that_drops_an_argument_scores_lower(
    records: list[Record], tmp_path: Path
) -> None:
    path = tmp_path / "records.jsonl"
    write_jsonl(path, records)
    with_args = [r for r in records if any(
        json.loads(c.function.arguments) for m in r.messages for c in (m.tool_calls or ()))]
    careless = frozenset(r.conversation_id for r in with_args[:3])
    with FakeLLMServer(responder=scripted(records, careless)) as server:
        code, output = _run_cli(path, server, tmp_path)
    assert code == 0, output
    assert "overall score 100%" not in output
    failed = {line.split()[1].rstrip(":") for line in output.splitlines()
              if line.startswith("failed ")}
    assert failed == careless, output
