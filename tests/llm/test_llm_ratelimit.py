"""The shared limiter on a fake clock: never over the window budget, and close to it."""

from __future__ import annotations

import asyncio
import bisect
import itertools

from toolgen.llm.ratelimit import RateLimitedLLM, SlidingWindowLimiter
from toolgen.llm.scripted import ScriptedLLM
from toolgen.llm.types import Completion, LLMRequest, Usage


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)


def max_in_window(starts: list[float], window: float) -> int:
    """Most starts in any window (t - window, t]."""
    best = 0
    for i, t in enumerate(starts):
        first = bisect.bisect_right(starts, t - window)
        best = max(best, i + 1 - first)
    return best


async def test_requests_per_minute_never_exceeded_and_budget_used() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(600, clock=clock, sleep=clock.sleep)
    starts: list[float] = []

    async def conversation() -> None:
        while clock.now < 180:
            await limiter.acquire()
            starts.append(clock.now)
            await clock.sleep(0.0)

    await asyncio.gather(*(conversation() for _ in range(8)))
    starts.sort()
    assert max_in_window(starts, 60.0) <= 600
    in_first_three_minutes = sum(1 for t in starts if t < 180)
    assert in_first_three_minutes >= 0.95 * 1800


async def test_unpaced_limiter_bursts_but_respects_window() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(10, pace=False, clock=clock, sleep=clock.sleep)
    starts = []
    for _ in range(25):
        await limiter.acquire()
        starts.append(clock.now)
    assert starts[:10] == [0.0] * 10  # the whole budget at once
    assert starts[10] == 60.0
    assert max_in_window(starts, 60.0) == 10


async def test_pacing_spaces_starts_evenly() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(120, clock=clock, sleep=clock.sleep)
    starts = []
    for _ in range(5):
        await limiter.acquire()
        starts.append(clock.now)
    gaps = [round(b - a, 6) for a, b in itertools.pairwise(starts)]
    assert gaps == [0.5, 0.5, 0.5, 0.5]


async def test_tokens_per_minute_budget() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(1000, 1000, pace=False, clock=clock, sleep=clock.sleep)
    await limiter.acquire(600)
    await limiter.acquire(300)
    assert clock.now == 0.0
    await limiter.acquire(300)  # 1200 > 1000: waits for the first to leave the window
    assert clock.now == 60.0


async def test_settle_replaces_estimate_with_usage() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(1000, 1000, pace=False, clock=clock, sleep=clock.sleep)
    scripted = ScriptedLLM(
        [Completion(text="x", usage=Usage(prompt_tokens=10, completion_tokens=5))] * 3
    )
    llm = RateLimitedLLM(scripted, limiter)
    request = LLMRequest(messages=({"role": "user", "content": "hi"},), max_tokens=400)
    for _ in range(3):  # estimates of ~400 would exceed 1000, real usage (15) does not
        await llm.complete(request)
    assert clock.now == 0.0
