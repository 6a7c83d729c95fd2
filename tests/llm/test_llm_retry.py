"""Retries against the fake server: 429 with Retry-After, 500, timeouts, exhaustion."""

from __future__ import annotations

import random

import pytest

from llm_server import FakeLLMServer, HTTPError, Slow, Text
from toolgen.llm.errors import (
    FatalLLMError,
    LLMTimeoutError,
    RateLimitedError,
    RetriesExhaustedError,
)
from toolgen.llm.retry import RetryingLLM, RetryPolicy
from toolgen.llm.timeout import TimeoutLLM

from .helpers import ask, gemini_provider, openai_provider


class SleepLog:
    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.mark.parametrize("make", [openai_provider, gemini_provider])
async def test_429_honours_retry_after_then_succeeds(make, fake_llm_server: FakeLLMServer) -> None:
    fake_llm_server.push(HTTPError(429, retry_after=3), HTTPError(500), Text("finally"))
    sleep = SleepLog()
    provider = make(fake_llm_server)
    llm = RetryingLLM(provider, RetryPolicy(base_delay_s=0.5), sleep=sleep, rng=random.Random(1))
    try:
        completion = await llm.complete(ask())
    finally:
        await provider.aclose()
    assert completion.text == "finally"
    assert len(fake_llm_server.requests) == 3
    assert 3.0 <= sleep.delays[0] <= 3.5  # Retry-After is the floor, plus small jitter
    assert 0.0 <= sleep.delays[1] <= 1.0  # second failure: backoff ceiling 0.5 * 2


async def test_503_with_retry_after_is_rate_limited(fake_llm_server: FakeLLMServer) -> None:
    fake_llm_server.push(HTTPError(503, retry_after=2))
    provider = openai_provider(fake_llm_server)
    try:
        with pytest.raises(RateLimitedError) as caught:
            await provider.complete(ask())
    finally:
        await provider.aclose()
    assert caught.value.retry_after == 2


async def test_retries_exhausted_carries_last_error(fake_llm_server: FakeLLMServer) -> None:
    fake_llm_server.push(*[HTTPError(500)] * 3)
    sleep = SleepLog()
    provider = gemini_provider(fake_llm_server)
    llm = RetryingLLM(provider, RetryPolicy(max_attempts=3), sleep=sleep)
    try:
        with pytest.raises(RetriesExhaustedError) as caught:
            await llm.complete(ask())
    finally:
        await provider.aclose()
    assert caught.value.attempts == 3
    assert len(sleep.delays) == 2
    assert len(fake_llm_server.requests) == 3


async def test_fatal_errors_are_not_retried(fake_llm_server: FakeLLMServer) -> None:
    fake_llm_server.push(HTTPError(400), Text("never"))
    sleep = SleepLog()
    provider = openai_provider(fake_llm_server)
    llm = RetryingLLM(provider, sleep=sleep)
    try:
        with pytest.raises(FatalLLMError):
            await llm.complete(ask())
    finally:
        await provider.aclose()
    assert sleep.delays == []
    assert len(fake_llm_server.requests) == 1


@pytest.mark.parametrize("make", [openai_provider, gemini_provider])
async def test_slow_answer_times_out_then_retry_succeeds(
    make, fake_llm_server: FakeLLMServer
) -> None:
    fake_llm_server.push(Slow(Text("too late"), 2.0), Text("in time"))
    provider = make(fake_llm_server, timeout_s=0.3)
    llm = RetryingLLM(provider, sleep=SleepLog())
    try:
        completion = await llm.complete(ask())
    finally:
        await provider.aclose()
    assert completion.text == "in time"


async def test_timeout_wrapper_raises_typed_error(fake_llm_server: FakeLLMServer) -> None:
    fake_llm_server.push(Slow(Text("too late"), 2.0))
    provider = gemini_provider(fake_llm_server, timeout_s=10)
    try:
        with pytest.raises(LLMTimeoutError):
            await TimeoutLLM(provider, 0.2).complete(ask())
    finally:
        await provider.aclose()


def test_http_date_retry_after_is_parsed() -> None:
    from toolgen.llm.providers.http_errors import parse_retry_after

    assert parse_retry_after({"Retry-After": "12"}) == 12
    assert parse_retry_after({}, '{"retryDelay": "17s"}') == 17
    assert parse_retry_after({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}) == 0
    assert parse_retry_after({}) is None
