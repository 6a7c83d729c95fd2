"""The assembled runtime against the fake server: cache (rerun = zero calls), recorder,
live_calls, role binding, in-flight sharing."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import orjson
import pytest
from pydantic import SecretStr

from llm_server import FakeLLMServer, HTTPError, Text
from toolgen.llm.cache import request_key
from toolgen.llm.errors import (
    LLMConnectionError,
    ProviderUnavailableError,
    RetriesExhaustedError,
)
from toolgen.llm.retry import RetryPolicy
from toolgen.llm.runtime import CALLS_FILE, open_llm_runtime
from toolgen.llm.settings import LLMSettings
from toolgen.llm.types import LLMRequest

from .helpers import SECRET, WEATHER_TOOL, ask


def live_settings(server: FakeLLMServer, tmp_path: Path, **changes: object) -> LLMSettings:
    values: dict[str, object] = {
        "provider": "openai",
        "base_url": server.openai_base_url,
        "openai_api_key": SecretStr(SECRET),
        "generation_model": "gen-model",
        "judge_model": "judge-model",
        "requests_per_minute": 6000,
        "cache_dir": tmp_path / "cache",
    }
    values.update(changes)
    return LLMSettings(**values)  # type: ignore[arg-type]


async def run_job(settings: LLMSettings, run_dir: Path | None = None) -> tuple[list[str], int]:
    async with open_llm_runtime(settings, run_dir=run_dir) as runtime:
        planner = runtime.for_role("planner")
        judge = runtime.for_role("judge")
        texts = []
        for i in range(3):
            texts.append((await planner.complete(ask(f"plan {i}"))).text or "")
        texts.append((await judge.complete(ask("judge it"))).text or "")
        return texts, runtime.live_calls


async def test_rerun_with_cache_makes_zero_calls(
    fake_llm_server: FakeLLMServer, tmp_path: Path
) -> None:
    settings = live_settings(fake_llm_server, tmp_path)
    first, calls = await run_job(settings)
    assert calls == 4
    assert len(fake_llm_server.requests) == 4
    second, calls_again = await run_job(settings)
    assert calls_again == 0
    assert len(fake_llm_server.requests) == 4
    assert second == first


async def test_no_cache_bypasses(fake_llm_server: FakeLLMServer, tmp_path: Path) -> None:
    settings = live_settings(fake_llm_server, tmp_path, no_cache=True)
    await run_job(settings)
    await run_job(settings)
    assert len(fake_llm_server.requests) == 8
    assert not (tmp_path / "cache").exists()


async def test_role_binding_sets_model_and_budget(
    fake_llm_server: FakeLLMServer, tmp_path: Path
) -> None:
    await run_job(live_settings(fake_llm_server, tmp_path, max_output_tokens=99))
    models = [r.model for r in fake_llm_server.requests]
    assert models == ["gen-model", "gen-model", "gen-model", "judge-model"]
    assert {r.max_tokens for r in fake_llm_server.requests} == {99}


async def test_recorder_writes_every_attempt(
    fake_llm_server: FakeLLMServer, tmp_path: Path
) -> None:
    fake_llm_server.push(HTTPError(500), Text("ok"))
    settings = live_settings(fake_llm_server, tmp_path)
    async with open_llm_runtime(
        settings, run_dir=tmp_path / "run", retry=RetryPolicy(base_delay_s=0.01)
    ) as runtime:
        llm = runtime.for_role("assistant")
        await llm.complete(ask("hi", tools=(WEATHER_TOOL,)))
        assert runtime.live_calls == 2
        assert runtime.counter.by_role["assistant"] == 2
    lines = [
        orjson.loads(line) for line in (tmp_path / "run" / CALLS_FILE).read_bytes().splitlines()
    ]
    assert len(lines) == 2
    assert lines[0]["error"]["type"] == "ServerError"
    assert lines[1]["completion"]["text"] == "ok"
    assert lines[1]["role"] == "assistant"
    assert lines[1]["model"] == "gen-model"
    assert lines[1]["request"]["tools"][0]["function"]["name"] == "get_weather"


async def test_identical_requests_in_flight_share_one_call(
    fake_llm_server: FakeLLMServer, tmp_path: Path
) -> None:
    fake_llm_server.latency_s = 0.2
    settings = live_settings(fake_llm_server, tmp_path)
    async with open_llm_runtime(settings) as runtime:
        llm = runtime.for_role("planner")
        results = await asyncio.gather(*(llm.complete(ask("same")) for _ in range(4)))
        assert runtime.live_calls == 1
    assert len({r.text for r in results}) == 1
    assert sum(r.cached for r in results) == 3


def test_cache_key_is_canonical_and_ignores_role() -> None:
    a = LLMRequest(
        messages=({"role": "user", "content": "x"},),
        response_schema={"b": 1, "a": 2},
        role="planner",
    )
    b = LLMRequest(
        messages=({"content": "x", "role": "user"},),
        response_schema={"a": 2, "b": 1},
        role="judge",
    )
    assert request_key("openai", a, "m") == request_key("openai", b, "m")
    assert request_key("openai", a, "m") != request_key("gemini", a, "m")
    assert request_key("openai", a, "m") != request_key("openai", a.with_updates(seed=1), "m")
    assert request_key("openai", a, "m") != request_key("openai", a, "other-model")


def test_runtime_without_key_explains_what_is_missing(tmp_path: Path) -> None:
    with pytest.raises(ProviderUnavailableError, match="GEMINI_API_KEY"):
        open_llm_runtime(LLMSettings(cache_dir=tmp_path))


async def test_endpoint_down_fails_cleanly(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = LLMSettings(
        provider="openai", base_url=f"http://127.0.0.1:{port}/v1", cache_dir=tmp_path
    )
    async with open_llm_runtime(
        settings, retry=RetryPolicy(max_attempts=2, base_delay_s=0.01)
    ) as runtime:
        with pytest.raises(RetriesExhaustedError) as caught:
            await runtime.for_role("planner").complete(ask())
    assert isinstance(caught.value.last, LLMConnectionError)
    assert runtime.live_calls == 2
