"""Issue 11 cases 2 and 8 (live side): malformed 200 bodies are typed provider errors,
Retry-After is parsed per RFC 9110 and long waits give up, replies are size-capped,
the timeout setting is validated and the RPM holds as the server counts arrivals."""

from __future__ import annotations

import asyncio
import bisect
import json
import random
from pathlib import Path

import pytest
from tests.llm.helpers import ask, gemini_provider, openai_provider
from tests.safety.helpers import invoke

from llm_server import FakeLLMServer, HTTPError, RawBody
from toolgen.llm import errors
from toolgen.llm.errors import RateLimitedError, RetriesExhaustedError
from toolgen.llm.providers import http_errors
from toolgen.llm.providers.http_errors import parse_retry_after
from toolgen.llm.ratelimit import SlidingWindowLimiter
from toolgen.llm.retry import RetryingLLM, RetryPolicy
from toolgen.llm.runtime import open_llm_runtime
from toolgen.llm.scripted import ScriptedLLM
from toolgen.llm.settings import LLMSettings, SettingsError, resolve_llm_settings
from toolgen.llm.types import Completion

_CALL_NAME_NULL = {"id": "x", "model": "m", "choices": [{"index": 0, "finish_reason": "stop",
                   "message": {"role": "assistant", "content": None, "tool_calls": [
                       {"id": "c1", "type": "function",
                        "function": {"name": None, "arguments": "{}"}}]}}]}

MALFORMED = {
    "not_json": "<html>oops</html>",
    "truncated": '{"id": "x", "choices": [{"message": {"content": "hel',
    "choices_string": '{"id": "x", "model": "m", "choices": "oops"}',
    "choices_items_strings": '{"id": "x", "model": "m", "choices": ["oops"]}',
    "tool_call_name_null": json.dumps(_CALL_NAME_NULL),
    "json_array": "[1, 2, 3]",
    "empty": "",
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
async def test_malformed_openai_body_is_a_typed_error(case: str,
                                                      fake_llm_server: FakeLLMServer) -> None:
    fake_llm_server.push(RawBody(200, MALFORMED[case]))
    provider = openai_provider(fake_llm_server)
    try:
        with pytest.raises(errors.MalformedResponseError):
            await provider.complete(ask())
    finally:
        await provider.aclose()


@pytest.mark.parametrize("body", [
    '{"candidates": "oops"}',
    '{"candidates": [{"content": {"parts": [{"functionCall": {"name": null}}]}}]}',
    '{"candidates": [{"content', "[]"])
async def test_malformed_gemini_body_is_a_typed_error(body: str,
                                                      fake_llm_server: FakeLLMServer) -> None:
    fake_llm_server.push(RawBody(200, body))
    provider = gemini_provider(fake_llm_server)
    try:
        with pytest.raises(errors.MalformedResponseError):
            await provider.complete(ask())
    finally:
        await provider.aclose()


async def test_oversized_reply_is_refused(fake_llm_server: FakeLLMServer) -> None:
    text = "x" * (http_errors.MAX_REPLY_BYTES + 1024)
    body = json.dumps({"id": "x", "model": "m", "choices": [{"index": 0, "message": {
        "role": "assistant", "content": text}, "finish_reason": "stop"}]})
    fake_llm_server.push(RawBody(200, body))
    provider = openai_provider(fake_llm_server)
    try:
        with pytest.raises(errors.MalformedResponseError, match="limit"):
            await provider.complete(ask())
    finally:
        await provider.aclose()


def test_malformed_reply_in_a_strict_cli_run_is_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeLLMServer(responder=lambda _r: RawBody(200, '{"choices": "oops"}')) as server:
        monkeypatch.chdir(tmp_path)
        for name, value in {
            "TOOLGEN_LLM_PROVIDER": "openai", "TOOLGEN_LLM_BASE_URL": server.openai_base_url,
            "OPENAI_API_KEY": "test-key-123456", "TOOLGEN_LIVE_PROFILE": "compact",
            "TOOLGEN_LLM_MAX_ATTEMPTS": "2", "TOOLGEN_LLM_REQUESTS_PER_MINUTE": "100000",
            "TOOLGEN_REQUIRE_LIVE_LLM": "true", "TOOLGEN_LLM_CACHE_DIR": str(tmp_path / "c"),
        }.items():
            monkeypatch.setenv(name, value)
        result = invoke("generate", "--live", "-n", "3", "-o", str(tmp_path / "o.jsonl"))
    # (the fake server's thread may log a reset connection; only our lines are checked)
    assert isinstance(result.exception, SystemExit) and result.exit_code != 0
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "'choices' is not a list" in errors[0], result.output
    assert 'File "' + str(Path(__file__).parents[2] / "src") not in result.output
    monkeypatch.delenv("TOOLGEN_REQUIRE_LIVE_LLM")
    with FakeLLMServer(responder=lambda _r: RawBody(200, "not json")) as server:
        monkeypatch.setenv("TOOLGEN_LLM_BASE_URL", server.openai_base_url)
        result = invoke("generate", "--live", "-n", "3", "-o", str(tmp_path / "o.jsonl"))
    assert isinstance(result.exception, SystemExit)
    assert result.exit_code == 3, result.output  # fell back offline, and says so


@pytest.mark.parametrize(("value", "expected"), [
    ("3", 3.0), ("0", 0.0), ("soon", None), ("-1", None), ("nan", None), ("1.5", None),
    ("", None), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0), ("99999999999999999999", None),
])
def test_retry_after_per_rfc_9110(value: str, expected: float | None) -> None:
    assert parse_retry_after({"Retry-After": value}) == expected


async def test_long_retry_after_gives_up_instead_of_blocking() -> None:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    inner = ScriptedLLM([RateLimitedError("429", retry_after=3600),
                         Completion(text="late")])
    llm = RetryingLLM(inner, RetryPolicy(max_attempts=5), sleep=sleep)
    with pytest.raises(RetriesExhaustedError, match="3600"):
        await llm.complete(ask())
    assert slept == []
    short = RetryingLLM(ScriptedLLM([RateLimitedError("429", retry_after=2),
                                     Completion(text="ok")]), RetryPolicy(), sleep=sleep)
    assert (await short.complete(ask())).text == "ok"
    assert 2 <= slept[0] < 3


async def test_retry_after_soon_from_server_is_no_traceback(
        fake_llm_server: FakeLLMServer) -> None:
    fake_llm_server.push(HTTPError(429, retry_after="soon"))
    provider = openai_provider(fake_llm_server)
    try:
        with pytest.raises(RateLimitedError) as caught:
            await provider.complete(ask())
        assert caught.value.retry_after is None
    finally:
        await provider.aclose()


@pytest.mark.parametrize("value", ["-1", "nan", "inf", "0"])
def test_timeout_setting_is_validated(value: str) -> None:
    with pytest.raises(SettingsError, match="TOOLGEN_LLM_TIMEOUT"):
        resolve_llm_settings({"TOOLGEN_LLM_TIMEOUT": value}, None)
    with pytest.raises(ValueError):
        LLMSettings(request_timeout_s=float(value))


def _max_in_window(times: list[float], window: float) -> int:
    return max(i + 1 - bisect.bisect_right(times, t - window) for i, t in enumerate(times))


async def test_rpm_holds_at_the_server_despite_arrival_jitter(tmp_path: Path) -> None:
    runtime = open_llm_runtime(
        LLMSettings(requests_per_minute=120, cache_dir=tmp_path), provider=ScriptedLLM())
    guard = runtime.limiter.window_s - 60.0
    assert guard > 0

    class Clock:
        now = 0.0

        def __call__(self) -> float:
            return self.now

        async def sleep(self, seconds: float) -> None:
            self.now += seconds
            await asyncio.sleep(0)

    clock = Clock()
    limiter = SlidingWindowLimiter(120, clock=clock, sleep=clock.sleep, guard_s=guard)
    rng = random.Random(1)
    arrivals: list[float] = []
    for i in range(600):
        await limiter.acquire()
        # The first request of each minute is slow on the wire, the rest are quick.
        arrivals.append(clock.now + (0.4 if i % 120 == 0 else rng.uniform(0.0, 0.05)))
    arrivals.sort()
    assert _max_in_window(arrivals, 60.0) <= 120
    assert len(arrivals) / (clock.now / 60.0) >= 0.95 * 120  # budget still used
