"""The live paraphraser: its guard (scripted LLM) and the opt-in pipeline stage (fake server)."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from llm_server import FakeLLMServer, FakeRequest, Reply, Text
from toolgen.agents.live import paraphrase_text
from toolgen.agents.live.paraphrase import ORIGINAL_MARK
from toolgen.agents.live.user import VALUES_MARK
from toolgen.judge import has_errors, validate
from toolgen.judge.values import occurs_in
from toolgen.llm import ScriptedLLM, resolve_llm_settings
from toolgen.llm.settings import SettingsError
from toolgen.pipeline.live_runner import generate_live
from toolgen.pipeline.replay import make_replay
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Record

from .helpers import SECRET, cooperative, live_settings

N = 4
PREFIX = "To put it another way: "
# Shaped like an id (a UUID) yet digit-free, so only the validator, not the guard, sees it.
FAKE_ID = "abcdefab-abcd-abcd-abcd-abcdefabcdef"
VAGUE = "Could you help me with that, please?"


# ---------------------------------------------------------------- the agent's guard


async def test_dropped_value_gets_one_retry_naming_it() -> None:
    text = "I need the forecast for Lyon for 3 days."
    llm = ScriptedLLM(["Could you get me the forecast for 3 days?",
                       "Lyon, 3 days: what will the weather be?"])
    new = await paraphrase_text(llm, text, ["Lyon", 3], seed=1, role="user")
    assert new == "Lyon, 3 days: what will the weather be?"
    assert len(llm.requests) == 2
    assert "exactly as written: Lyon." in str(llm.requests[1].messages[-1]["content"])


async def test_second_failure_gives_none() -> None:
    llm = ScriptedLLM(["The forecast, please.", "Just the forecast for a few days."])
    assert await paraphrase_text(llm, "Forecast for Lyon, 3 days?", ["Lyon", 3], seed=1,
                                 role="user") is None
    assert len(llm.requests) == 2  # one retry, no more


async def test_good_rewrite_is_accepted_first_time() -> None:
    llm = ScriptedLLM(["Could you tell me what Lyon's weather looks like over 3 days?"])
    new = await paraphrase_text(llm, "I need the forecast for Lyon for 3 days.", ["Lyon", 3],
                                seed=1, role="user")
    assert new == "Could you tell me what Lyon's weather looks like over 3 days?"
    assert len(llm.requests) == 1
    prompt = str(llm.requests[0].messages[-1]["content"])
    assert ORIGINAL_MARK in prompt and '"Lyon"' in prompt and '"3"' in prompt


@pytest.mark.parametrize("bad", [
    "I need the forecast for Lyon for 3 days!",  # same words: not a paraphrase
    "Forecast for Lyon for 3 days, and for 4 more after that.",  # adds a figure
    "Lyon 3",  # absurdly short
    "Lyon for 3 days. " * 40,  # absurdly long
    "",
])
async def test_unusable_rewrites_are_refused(bad: str) -> None:
    llm = ScriptedLLM([bad, bad])
    assert await paraphrase_text(llm, "I need the forecast for Lyon for 3 days.", ["Lyon", 3],
                                 seed=1, role="user") is None


async def test_answer_keeps_cited_facts_and_figures() -> None:
    text = "Booked: reservation htl_8f3a2c for 2 nights costs 12.50 EUR."
    dropped_price = "Your stay under htl_8f3a2c is confirmed for 2 nights."
    good = "All set: 2 nights under htl_8f3a2c, coming to 12.50 EUR in total."
    llm = ScriptedLLM([dropped_price, good])
    assert await paraphrase_text(llm, text, ["htl_8f3a2c"], seed=3, role="assistant") == good
    assert "12.50" in str(llm.requests[1].messages[-1]["content"])


async def test_value_the_original_does_not_state_is_not_demanded() -> None:
    # Grounded in an earlier message: this text never said "Lyon".
    llm = ScriptedLLM(["Same city, but make it 3 days, please."])
    new = await paraphrase_text(llm, "And for 3 days as well, please.", ["Lyon", 3], seed=1,
                                role="user")
    assert new == "Same city, but make it 3 days, please."


async def test_register_is_drawn_by_seed() -> None:
    async def system(seed: int) -> str:
        llm = ScriptedLLM(["What is the weather in Lyon going to be?"])
        await paraphrase_text(llm, "Forecast for Lyon?", ["Lyon"], seed=seed, role="user")
        return str(llm.requests[0].messages[0]["content"])

    assert await system(5) == await system(5)
    assert len({await system(seed) for seed in range(12)}) > 1


# ---------------------------------------------------------------- the pipeline stage


def _original(req: FakeRequest) -> str | None:
    text = "\n".join(str(m.get("content") or "") for m in req.messages)
    if ORIGINAL_MARK not in text:
        return None
    return text.split(ORIGINAL_MARK, 1)[1].split("<<<\n", 1)[1].split("\n>>>", 1)[0]


def paraphrasing(req: FakeRequest) -> Reply:
    """The cooperative model, plus a paraphraser that keeps every value."""
    original = _original(req)
    return Text(PREFIX + original) if original is not None else cooperative(req)


def vague_user(req: FakeRequest) -> Reply:
    """Like `paraphrasing`, but the live user role never states a value (so falls back)."""
    text = "\n".join(str(m.get("content") or "") for m in req.messages)
    if _original(req) is None and VALUES_MARK in text:
        return Text(VAGUE)
    return paraphrasing(req)


def ungrounded_answers(req: FakeRequest) -> Reply:
    """Paraphrases user turns well, but makes answers cite an id found in no tool output."""
    original = _original(req)
    if original is not None and "the user's message" not in str(req.messages[0]["content"]):
        return Text(f"{PREFIX}{original} Reference {FAKE_ID}.")
    return paraphrasing(req)


def _records(path: Path) -> list[Record]:
    return [Record.model_validate_json(line) for line in path.read_bytes().splitlines()]


def _errors(rt: Runtime, record: Record) -> list[str]:
    judge = dataclasses.replace(rt.judge, replay=make_replay(rt.executor, rt.endpoints))
    findings = validate(record, judge)
    return [f.message for f in findings if f.severity == "error"] if has_errors(findings) else []


def _paraphrase_requests(server: FakeLLMServer) -> int:
    return sum(1 for r in server.requests if _original(r) is not None)


@pytest.fixture(scope="module")
def runtime() -> Runtime:
    return Runtime.build(RunConfig(n=N, seed=7))


def _run(
    runtime: Runtime, tmp: Path, responder: Callable[[FakeRequest], Reply], profile: str,
    **env: str,
) -> tuple[list[Record], int, int]:
    """Records, requests made and paraphrase requests made by one fresh (uncached) run."""
    with FakeLLMServer(responder=responder) as server:
        settings = live_settings(server.openai_base_url, tmp, profile, **env)
        out = tmp / "run" / "out.jsonl"
        generate_live(RunConfig(n=N, seed=7), out, settings, runtime=runtime)
        return _records(out), len(server.requests), _paraphrase_requests(server)


def _before(offline: Record, i: int) -> str:
    """The text of message `i` before any paraphrase, per the run without live paraphrase."""
    for p in offline.metadata.paraphrases:
        if p.message_index == i:
            return p.before
    return offline.messages[i].content or ""


def test_live_paraphrase_rewrites_and_stays_grounded(runtime: Runtime, tmp_path: Path) -> None:
    plain, plain_calls, _ = _run(runtime, tmp_path / "off", paraphrasing, "hybrid")
    live, live_calls, asked = _run(runtime, tmp_path / "on", paraphrasing, "hybrid",
                                   TOOLGEN_LIVE_PARAPHRASE="true")
    assert asked > 0 and live_calls == plain_calls + asked
    assert [r.conversation_id for r in live] == [r.conversation_id for r in plain]
    for off, on in zip(plain, live, strict=True):
        rewritten = 0
        assert _errors(runtime, on) == [], on.conversation_id
        assert "paraphrase" in on.metadata.models
        entries = {p.message_index: p for p in on.metadata.paraphrases}
        for i, (a, b) in enumerate(zip(off.messages, on.messages, strict=True)):
            if a.content == b.content:
                assert i not in entries or entries[i].by == "offline"
                continue
            # Every changed text is a kept live paraphrase, recorded as such.
            assert b.content == PREFIX + (a.content or "")
            assert entries[i].by == "live" and entries[i].before == _before(off, i)
            rewritten += 1
        assert rewritten and not any(f.startswith("paraphrase") for f in on.metadata.fallbacks)
        # Each value a user turn was cited for is still in the cited message.
        for step in on.step_trace:
            for arg in step.arguments.values():
                if arg.source not in ("user", "clarification") or arg.message_index is None:
                    continue
                i = arg.message_index
                if occurs_in(arg.value, [(off.messages[i].content or "").lower()]):
                    assert occurs_in(arg.value, [(on.messages[i].content or "").lower()])


def test_full_profile_paraphrases_only_what_no_role_rewrote(
    runtime: Runtime, tmp_path: Path
) -> None:
    records, _, asked = _run(runtime, tmp_path, vague_user, "full",
                             TOOLGEN_LIVE_PARAPHRASE="true")
    assert asked > 0
    role_written = paraphrased = 0
    for record in records:
        assert _errors(runtime, record) == []
        entries = {p.message_index: p for p in record.metadata.paraphrases}
        fallbacks = record.metadata.fallbacks
        for i, m in enumerate(record.messages):
            text = m.content or ""
            if text.startswith((VAGUE, "Here is what I found")):
                # Written by the live user or summary role: no paraphrase of anything.
                role_written += 1
                assert i not in entries
            elif i in entries and entries[i].by == "live":
                # Only turns whose live role fell back get the paraphraser.
                paraphrased += 1
                assert text.startswith(PREFIX)
                assert f"user:msg{i}" in fallbacks or f"summary:msg{i}" in fallbacks
    assert role_written > 0 and paraphrased > 0


def test_reverted_paraphrase_leaves_no_live_entry(runtime: Runtime, tmp_path: Path) -> None:
    records, _, _ = _run(runtime, tmp_path, ungrounded_answers, "hybrid",
                         TOOLGEN_LIVE_PARAPHRASE="true")
    reverted = 0
    for record in records:
        assert _errors(runtime, record) == []
        live = {p.message_index for p in record.metadata.paraphrases if p.by == "live"}
        for i, m in enumerate(record.messages):
            assert FAKE_ID not in (m.content or "")
            if f"paraphrase:msg{i}:invalid" in record.metadata.fallbacks:
                reverted += 1
                assert m.role == "assistant" and i not in live
        assert any(record.messages[i].role == "user" for i in live)
    assert reverted > 0


def test_option_off_changes_nothing(runtime: Runtime, tmp_path: Path) -> None:
    default, default_calls, asked = _run(runtime, tmp_path / "default", paraphrasing, "hybrid")
    off, off_calls, asked_off = _run(runtime, tmp_path / "off", paraphrasing, "hybrid",
                                     TOOLGEN_LIVE_PARAPHRASE="false")
    assert asked == asked_off == 0
    assert off_calls == default_calls
    assert off == default
    for record in off:
        assert "paraphrase" not in record.metadata.models
        assert all(p.by == "offline" for p in record.metadata.paraphrases)


# ---------------------------------------------------------------- settings and CLI


def test_setting_is_off_by_default_and_parsed_strictly() -> None:
    assert resolve_llm_settings({}, None).live_paraphrase is False
    on = resolve_llm_settings({"TOOLGEN_LIVE_PARAPHRASE": "true"}, None)
    assert on.live_paraphrase is True and on.origin("live_paraphrase") == "environment"
    with pytest.raises(SettingsError, match="TOOLGEN_LIVE_PARAPHRASE"):
        resolve_llm_settings({"TOOLGEN_LIVE_PARAPHRASE": "sometimes"}, None)


def test_cli_flag_turns_it_on(tmp_path: Path) -> None:
    cli = [sys.executable, "-c", "from toolgen.cli.app import main; main()"]
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TOOLGEN_", "OPENAI_", "GEMINI_"))}
    with FakeLLMServer(responder=paraphrasing) as server:
        env.update({"TOOLGEN_LLM_PROVIDER": "openai", "OPENAI_API_KEY": SECRET,
                    "TOOLGEN_LLM_BASE_URL": server.openai_base_url,
                    "TOOLGEN_LLM_REQUESTS_PER_MINUTE": "100000",
                    "TOOLGEN_LLM_CACHE_DIR": str(tmp_path / "cache"), "COLUMNS": "200"})
        proc = subprocess.run(
            [*cli, "generate", "-n", "2", "--live", "--live-paraphrase", "-o", "out/c.jsonl"],
            env=env, cwd=tmp_path, capture_output=True, text=True, timeout=240)
        config = subprocess.run([*cli, "config"], env={**env, "TOOLGEN_LIVE_PARAPHRASE": "on"},
                                cwd=tmp_path, capture_output=True, text=True, timeout=60)
        asked = _paraphrase_requests(server)
    assert proc.returncode == 0, proc.stderr
    assert asked > 0
    records = _records(tmp_path / "out" / "c.jsonl")
    assert any(p.by == "live" for r in records for p in r.metadata.paraphrases)
    row = [line for line in config.stdout.splitlines() if "live paraphrase" in line]
    assert row and "True" in row[0] and "environment" in row[0], config.stdout
