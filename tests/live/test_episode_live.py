"""Live roles really act: the assistant's own calls reach the record (fake server that
answers like an imperfect open model, with seeded mistakes)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from llm_server import FakeLLMServer, FakeRequest, JSONReply, Reply, SeededMistakes, Text
from toolgen.judge import has_errors, validate
from toolgen.judge.llm_judge import RUBRIC_MARK
from toolgen.pipeline.live_runner import generate_live
from toolgen.pipeline.replay import make_replay
from toolgen.pipeline.runner import realise_all
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Record

from .helpers import answer_key, cooperative, informed, live_settings

N = 8
CONFIG = RunConfig(n=N, seed=7)


@pytest.fixture(scope="module")
def runtime() -> Runtime:
    return Runtime.build(CONFIG)


@pytest.fixture(scope="module")
def offline(runtime: Runtime) -> list[Record]:
    return [r for r in realise_all(runtime, CONFIG, workers=1) if isinstance(r, Record)]


def _records(path: Path) -> list[Record]:
    return [Record.model_validate_json(line) for line in path.read_bytes().splitlines()]


def _errors(rt: Runtime, record: Record) -> list[str]:
    judge = dataclasses.replace(rt.judge, replay=make_replay(rt.executor, rt.endpoints))
    findings = validate(record, judge)
    return [f.message for f in findings if f.severity == "error"] if has_errors(findings) else []


@pytest.mark.parametrize("profile", ["hybrid", "full"])
def test_the_llm_decides_most_calls_and_records_stay_valid(
    profile: str, runtime: Runtime, offline: list[Record], tmp_path: Path
) -> None:
    # 0.4: the first 8 bundled records offer few calls a mistake can garble (0.3 made one)
    model = SeededMistakes(informed(answer_key(offline)), rate=0.4, seed=3)
    with FakeLLMServer(responder=model) as server:
        settings = live_settings(server.openai_base_url, tmp_path, profile)
        generate_live(CONFIG, tmp_path / "out.jsonl", settings, runtime=runtime)
    records = _records(tmp_path / "out.jsonl")
    assert len(records) >= N - 1
    decided = [o for r in records for o in r.metadata.decisions.values()]
    calls = [m for r in records for m in r.messages if m.tool_calls and m.weight != 0]
    assert len(decided) == len(calls)  # every kept call message says who decided it
    llm = sum(o in ("llm", "llm_retry") for o in decided)
    assert llm / len(decided) >= 0.8, decided
    assert sum(model.made.values()) >= 3  # the model did make mistakes ...
    assert "llm_retry" in decided  # ... and fixed some of them after the feedback
    for record in records:
        assert _errors(runtime, record) == [], record.conversation_id
    feedback = [m for r in server.requests for m in r.messages
                if m.get("role") == "tool" and "not executed" in str(m.get("content"))]
    assert feedback and not any("expected" in str(m["content"]) for m in feedback)


def test_no_kept_text_starts_with_a_preamble(
    runtime: Runtime, offline: list[Record], tmp_path: Path
) -> None:
    model = SeededMistakes(informed(answer_key(offline)), rate=0.0, preamble_rate=0.4, seed=5)
    with FakeLLMServer(responder=model) as server:
        settings = live_settings(server.openai_base_url, tmp_path, "full")
        generate_live(CONFIG, tmp_path / "out.jsonl", settings, runtime=runtime)
    assert model.made.get("preamble", 0) >= 3
    records = _records(tmp_path / "out.jsonl")
    texts = [m.content or "" for r in records for m in r.messages
             if m.role in ("user", "assistant") and m.content]
    assert texts and not [t for t in texts if t.lower().startswith("here's the user")]
    live_users = [m for r in records for m in r.messages
                  if m.role == "user" and (m.content or "").startswith(("Hi, I'd", "Hello!"))]
    assert live_users  # the retried live texts were kept


def test_strict_mode_keeps_no_record_with_a_fallback(
    runtime: Runtime, tmp_path: Path
) -> None:
    def no_calls(req: FakeRequest) -> Reply:  # the assistant role never calls a tool
        if req.tools and not req.response_schema:
            return Text("I would rather not call anything.")
        return cooperative(req)

    with FakeLLMServer(responder=no_calls) as server:
        settings = live_settings(server.openai_base_url, tmp_path, "hybrid",
                                 TOOLGEN_REQUIRE_LIVE_LLM="true")
        result = generate_live(RunConfig(n=3, seed=7), tmp_path / "out.jsonl", settings,
                               runtime=runtime)
    records = _records(tmp_path / "out.jsonl") if (tmp_path / "out.jsonl").exists() else []
    for record in records:
        assert not record.metadata.fallbacks
        assert "offline" not in record.metadata.decisions.values()
    assert result.rejected >= 1


def test_a_live_record_the_judge_scores_low_is_regenerated(
    runtime: Runtime, tmp_path: Path
) -> None:
    judged: list[int] = []

    def harsh_once(req: FakeRequest) -> Reply:
        if RUBRIC_MARK in " ".join(str(m.get("content") or "") for m in req.messages):
            judged.append(1)
            if len(judged) == 1:  # the first conversation's first judgement only
                return JSONReply({"tool_correctness": 1, "naturalness": 1, "task_completion": 1,
                                  "overall": 1, "rationale": "Poor."})
        return cooperative(req)

    with FakeLLMServer(responder=harsh_once) as server:
        settings = live_settings(server.openai_base_url, tmp_path, "hybrid",
                                 TOOLGEN_MAX_PARALLEL_CONVERSATIONS="1")
        result = generate_live(RunConfig(n=2, seed=7), tmp_path / "out.jsonl", settings,
                               runtime=runtime)
    assert result.accepted == 2
    records = _records(tmp_path / "out.jsonl")
    redone = [r for r in records if any(n.kind == "regenerate" for n in r.metadata.repairs)]
    assert len(redone) == 1 and "overall" in redone[0].metadata.repairs[0].note
