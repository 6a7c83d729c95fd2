"""The whole pipeline live against the fake OpenAI-compatible server, in each profile."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import orjson
import pytest

from llm_server import FakeLLMServer, HTTPError
from toolgen.io.jsonl import full_dict
from toolgen.judge import has_errors, validate
from toolgen.pipeline.live_runner import generate_live
from toolgen.pipeline.replay import make_replay
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Record

from .helpers import cooperative, live_settings

N = 6


def _records(path: Path) -> list[Record]:
    return [Record.model_validate_json(line) for line in path.read_bytes().splitlines()]


def _errors(rt: Runtime, record: Record) -> list[str]:
    judge = dataclasses.replace(rt.judge, replay=make_replay(rt.executor, rt.endpoints))
    findings = validate(record, judge)
    return [f.message for f in findings if f.severity == "error"] if has_errors(findings) else []


@pytest.fixture(scope="module")
def runtime() -> Runtime:
    return Runtime.build(RunConfig(n=N, seed=7))


@pytest.mark.parametrize("profile", ["hybrid", "compact", "full"])
def test_profile_generates_valid_live_records(
    profile: str, runtime: Runtime, tmp_path: Path
) -> None:
    config = RunConfig(n=N, seed=7)
    with FakeLLMServer(responder=cooperative) as server:
        settings = live_settings(server.openai_base_url, tmp_path, profile)
        out = tmp_path / "run" / "out.jsonl"
        result = generate_live(config, out, settings, runtime=runtime)
        first_calls = len(server.requests)
        assert result.accepted + result.rejected == N
        records = _records(out)
        assert len(records) >= N - 1
        for record in records:
            md = record.metadata
            assert md.llm_mode == "live" and md.live_profile == profile
            assert md.live_calls >= 2
            assert "judge" in md.models and record.judge_scores.judge == md.models["judge"]
            assert _errors(runtime, record) == [], record.conversation_id
            if profile == "compact":
                assert md.live_calls <= 3
        assert first_calls == sum(r.metadata.live_calls for r in records) + sum(
            full_dict(orjson.loads(line))["record"]["metadata"]["live_calls"]
            for line in result.rejects.read_bytes().splitlines()
            if full_dict(orjson.loads(line)).get("record")
        )
        if profile in ("compact", "full"):  # the cooperative model's texts were used
            live_users = sum(
                1 for r in records for m in r.messages
                if m.role == "user" and (m.content or "").startswith(("Hi, I'd", "Hello!"))
            )
            assert live_users >= N // 2
        # a rerun against the same server is served from the cache: zero live calls
        again = tmp_path / "again" / "out.jsonl"
        generate_live(config, again, settings, runtime=runtime)
        assert len(server.requests) == first_calls
        rerun = _records(again)
        assert all(r.metadata.live_calls == 0 for r in rerun)

        def without_calls(r: Record) -> Record:
            return r.model_copy(update={"metadata": r.metadata.model_copy(
                update={"live_calls": 0})})

        assert [without_calls(r) for r in rerun] == [without_calls(r) for r in records]


def test_no_cache_calls_again(runtime: Runtime, tmp_path: Path) -> None:
    config = RunConfig(n=2, seed=7)
    with FakeLLMServer(responder=cooperative) as server:
        settings = live_settings(server.openai_base_url, tmp_path, "compact")
        generate_live(config, tmp_path / "a" / "o.jsonl", settings, runtime=runtime)
        first = len(server.requests)
        fresh = settings.model_copy(update={"no_cache": True})
        generate_live(config, tmp_path / "b" / "o.jsonl", fresh, runtime=runtime)
        assert len(server.requests) == 2 * first


def test_default_smart_server_falls_back_but_stays_valid(
    runtime: Runtime, tmp_path: Path
) -> None:
    with FakeLLMServer() as server:
        settings = live_settings(server.openai_base_url, tmp_path, "full")
        out = tmp_path / "o.jsonl"
        generate_live(RunConfig(n=4, seed=7), out, settings, runtime=runtime)
    records = _records(out)
    assert records
    assert any(r.metadata.fallbacks for r in records)
    for record in records:
        assert _errors(runtime, record) == []


def test_server_errors_fall_back_and_are_recorded(runtime: Runtime, tmp_path: Path) -> None:
    with FakeLLMServer(responder=lambda req: HTTPError(500)) as server:
        settings = live_settings(server.openai_base_url, tmp_path, "hybrid",
                                 TOOLGEN_LLM_MAX_ATTEMPTS="1")
        out = tmp_path / "o.jsonl"
        result = generate_live(RunConfig(n=4, seed=7), out, settings, runtime=runtime)
    assert result.accepted == 4
    for record in _records(out):
        fallbacks = record.metadata.fallbacks
        assert any(f.startswith("planner") for f in fallbacks)
        assert any(f.startswith("judge") for f in fallbacks)
        assert record.judge_scores.judge == "heuristic"
        assert _errors(runtime, record) == []
