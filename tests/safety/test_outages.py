"""Issue 11 case 5: a provider outage costs the records made during it, not the rest of the
run (roles come back after backoff and probes), and the summary and exit code say so;
a run where every record was rejected exits non-zero."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from tests.live.helpers import cooperative
from tests.safety.helpers import error_lines, invoke

from llm_server import FakeLLMServer, FakeRequest, HTTPError, Reply
from toolgen.llm import resolve_llm_settings
from toolgen.llm.health import RoleHealth
from toolgen.pipeline import runner
from toolgen.pipeline.live_runner import generate_live_async
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Record, Rejection


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_role_is_probed_after_backoff_and_comes_back() -> None:
    clock = FakeClock()
    health = RoleHealth(limit=3, base_backoff_s=5, max_backoff_s=40, clock=clock)
    for _ in range(3):
        assert not health.down("planner")
        health.fail("planner")
    assert health.down("planner")
    clock.now += 5
    assert not health.down("planner")  # the probe goes through...
    assert health.down("planner")  # ...while the others keep skipping
    health.fail("planner")  # probe failed: backoff doubles
    clock.now += 9
    assert health.down("planner")
    clock.now += 1
    assert not health.down("planner")
    health.ok("planner")
    assert not health.down("planner") and not health.down("planner")
    assert health.probes["planner"] == 2


class Outage:
    """The first `failures` requests get HTTP 503; the server answers well afterwards."""

    def __init__(self, failures: int) -> None:
        self.left = failures
        self.lock = threading.Lock()

    def __call__(self, req: FakeRequest) -> Reply:
        with self.lock:
            if self.left > 0:
                self.left -= 1
                return HTTPError(503, message="down for maintenance")
        return cooperative(req)


def _settings(server: FakeLLMServer, tmp_path: Path) -> object:
    return resolve_llm_settings({
        "TOOLGEN_LLM_PROVIDER": "openai", "TOOLGEN_LLM_BASE_URL": server.openai_base_url,
        "OPENAI_API_KEY": "test-key-123456", "TOOLGEN_LIVE_PROFILE": "hybrid",
        "TOOLGEN_LLM_REQUESTS_PER_MINUTE": "100000", "TOOLGEN_LLM_MAX_ATTEMPTS": "1",
        "TOOLGEN_MAX_PARALLEL_CONVERSATIONS": "1", "TOOLGEN_LLM_NO_CACHE": "true",
        "TOOLGEN_LLM_CACHE_DIR": str(tmp_path / "cache")}, None)


async def test_outage_does_not_turn_the_rest_of_the_run_offline(tmp_path: Path) -> None:
    config = RunConfig(n=10, seed=11)
    runtime = Runtime.build(config)
    items: list[Record | Rejection] = []
    with FakeLLMServer(responder=Outage(12)) as server:
        settings = _settings(server, tmp_path)
        result = await generate_live_async(
            config, tmp_path / "out.jsonl", settings, runtime=runtime,  # type: ignore[arg-type]
            health=RoleHealth(base_backoff_s=0.0),
            on_result=lambda _i, item, _calls: items.append(item))
    records = [i if isinstance(i, Record) else i.record for i in items]
    late = [r for r in records[-4:] if r is not None]
    assert late
    for record in late:
        failed = [f for f in record.metadata.fallbacks if f.endswith((":skipped", ":error"))]
        assert failed == [], (record.conversation_id, record.metadata.fallbacks)
        assert "planner" in record.metadata.models
    assert result.fallback_records >= 1  # the outage itself is reported
    assert "planner" in result.fallback_roles


def test_cli_reports_fallbacks_in_summary_and_exit_code(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeLLMServer(responder=lambda _req: HTTPError(500)) as server:
        monkeypatch.chdir(tmp_path)
        for name, value in {
            "TOOLGEN_LLM_PROVIDER": "openai", "TOOLGEN_LLM_BASE_URL": server.openai_base_url,
            "OPENAI_API_KEY": "test-key-123456", "TOOLGEN_LIVE_PROFILE": "compact",
            "TOOLGEN_LLM_MAX_ATTEMPTS": "1", "TOOLGEN_LLM_REQUESTS_PER_MINUTE": "100000",
            "TOOLGEN_LLM_CACHE_DIR": str(tmp_path / "cache"),
        }.items():
            monkeypatch.setenv(name, value)
        result = invoke("generate", "--live", "-n", "4", "-o", str(tmp_path / "o.jsonl"))
    assert result.exit_code == 3, result.output
    assert "provider fallbacks" in result.output
    assert "fell back to offline text after provider failures" in result.output


def test_all_rejected_run_exits_non_zero(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def reject(rt, config, index, chain, scenario):  # type: ignore[no-untyped-def]
        return Rejection(conversation_id=f"c{index}", index=index, seed=index,
                         reasons=("judge/low: overall 1 < 3.5",))

    monkeypatch.setattr(runner, "run_episode", reject)
    result = invoke("generate", "-n", "3", "-o", str(tmp_path / "o.jsonl"))
    assert result.exit_code == 1, result.output
    lines = error_lines(result)
    assert any("no conversation was accepted" in line for line in lines), lines
