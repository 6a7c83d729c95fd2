"""Live texts are participant behaviour in the episode loop, not a pass over a finished
record: the compact scaffold is written before the loop, the full profile's answers
when the episode reaches them (fake server, one conversation at a time)."""

from __future__ import annotations

from pathlib import Path

import pytest

from llm_server import FakeLLMServer, FakeRequest
from toolgen.agents.live.compact import SCAFFOLD_MARK
from toolgen.agents.live.summary import FACTS_MARK
from toolgen.agents.live.user import VALUES_MARK
from toolgen.judge.llm_judge import RUBRIC_MARK
from toolgen.pipeline.live_runner import generate_live
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Record

from .helpers import cooperative, live_settings

CONFIG = RunConfig(n=5, seed=7)


def _kind(req: FakeRequest) -> str:
    text = "\n".join(str(m.get("content") or "") for m in req.messages)
    for mark, kind in ((SCAFFOLD_MARK, "scaffold"), (RUBRIC_MARK, "judge"),
                       (FACTS_MARK, "answer"), (VALUES_MARK, "user")):
        if mark in text:
            return kind
    return "other"


def _run(runtime: Runtime, tmp: Path, profile: str) -> tuple[list[Record], list[FakeRequest]]:
    with FakeLLMServer(responder=cooperative) as server:
        settings = live_settings(server.openai_base_url, tmp, profile,
                                 TOOLGEN_MAX_PARALLEL_CONVERSATIONS="1")
        generate_live(CONFIG, tmp / "out.jsonl", settings, runtime=runtime)
        requests = list(server.requests)
    records = [Record.model_validate_json(x) for x in (tmp / "out.jsonl").read_bytes().splitlines()]
    return records, requests


@pytest.fixture(scope="module")
def runtime() -> Runtime:
    return Runtime.build(CONFIG)


def test_compact_scaffolds_before_the_loop_in_at_most_three_calls(
    runtime: Runtime, tmp_path: Path
) -> None:
    records, requests = _run(runtime, tmp_path, "compact")
    assert records and all(r.metadata.live_calls <= 3 for r in records)
    kinds = [_kind(r) for r in requests]
    assert set(kinds) == {"scaffold", "judge"}
    # One conversation at a time: each starts with its scaffold and ends with its judge.
    assert kinds[::2] == ["scaffold"] * (len(kinds) // 2) and kinds[1::2] == ["judge"] * (
        len(kinds) // 2)
    # The scaffold's texts reach the records (those validators accept: the helper's
    # model writes plain texts that do not always ask for the action or report it).
    texts = [m.content or "" for r in records for m in r.messages]
    assert any(t.startswith("Done. The result shows") for t in texts)
    assert any(t.startswith("Hello! Could you help me with") for t in texts)
    assert not [f for r in records for f in r.metadata.fallbacks if f.startswith("scaffold")]


def test_full_answers_are_written_when_the_episode_reaches_them(
    runtime: Runtime, tmp_path: Path
) -> None:
    records, requests = _run(runtime, tmp_path, "full")
    kinds = [_kind(r) for r in requests]
    answers = [r for r in requests if _kind(r) == "answer"]
    assert answers
    for req in answers:  # asked right after the turn's tool results, nothing later
        said = [m for m in req.messages if m.get("role") != "system"]
        assert said[-1]["role"] == "tool"
    # A user turn is asked after an answer within one conversation: turns interleave.
    assert any(a == "answer" and "user" in kinds[i + 1:i + 4]
               for i, a in enumerate(kinds)), kinds
    texts = [m.content or "" for r in records for m in r.messages if m.role == "assistant"]
    assert any(t.startswith("Here is what I found:") for t in texts)


def test_a_live_user_asking_for_a_missing_capability_must_still_ask_for_it() -> None:
    from toolgen.agents.live.user import problem_with

    # The assistant's reply is about the capability: a thank-you would not fit it.
    assert problem_with("Great, thanks for your help!", [], [], "see my saved cards") == (
        "It must ask the assistant to see my saved cards.")
    assert problem_with("Can you pull up my saved card list?", [], [], "see my saved cards") is None
