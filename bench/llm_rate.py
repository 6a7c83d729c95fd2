"""Benchmark: does the shared limiter use its whole budget without ever exceeding it?

Runs a fake OpenAI-compatible server (tests/llm_server.py) with ~300 ms latency and N
conversations in parallel, each issuing calls back to back through the real runtime
stack (`open_llm_runtime`, cache off) under one requests-per-minute limit. Prints the
achieved request rate vs the limit and the most request starts seen in any 60 s window
and in any scaled window (limit * window / 60). Prints figures; asserts nothing.

    .venv/bin/python bench/llm_rate.py                 # 30 s, 8 conversations, 600 rpm
    .venv/bin/python bench/llm_rate.py --duration 70   # the full 60 s window check

Note: with the default 30 s the 60 s window cannot fill up; the 10 s scaled window is
the meaningful bound then. Use --duration 65 or more for the full-window check.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from pydantic import SecretStr  # noqa: E402

from llm_server import FakeLLMServer  # noqa: E402
from toolgen.llm.ratelimit import SlidingWindowLimiter, Ticket  # noqa: E402
from toolgen.llm.runtime import open_llm_runtime  # noqa: E402
from toolgen.llm.settings import LLMSettings  # noqa: E402
from toolgen.llm.types import LLMRequest  # noqa: E402


class TimedLimiter(SlidingWindowLimiter):
    """The real limiter, keeping every grant time for the window check."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.starts: list[float] = []

    async def acquire(self, tokens: int = 0) -> Ticket:
        ticket = await super().acquire(tokens)
        self.starts.append(ticket.started_at)
        return ticket


def max_in_window(starts: list[float], window: float) -> int:
    """Most starts in any window (t - window, t] (the limiter's own definition)."""
    best = 0
    for i, t in enumerate(starts):
        best = max(best, i + 1 - bisect.bisect_right(starts, t - window))
    return best


async def run(duration: float, conversations: int, rpm: int, latency: float) -> None:
    with FakeLLMServer(latency_s=latency) as server:
        settings = LLMSettings(
            provider="openai",
            base_url=server.openai_base_url,
            openai_api_key=SecretStr("bench-key"),
            generation_model="bench-model",
            requests_per_minute=rpm,
            no_cache=True,
        )
        limiter = TimedLimiter(rpm)
        deadline = time.monotonic() + duration
        async with open_llm_runtime(settings, limiter=limiter) as runtime:
            llm = runtime.for_role("assistant")

            async def conversation(index: int) -> int:
                calls = 0
                while time.monotonic() < deadline:
                    content = f"conversation {index} turn {calls}"
                    await llm.complete(LLMRequest(messages=({"role": "user", "content": content},)))
                    calls += 1
                return calls

            started = time.monotonic()
            per_conversation = await asyncio.gather(
                *(conversation(i) for i in range(conversations))
            )
            elapsed = time.monotonic() - started
            live_calls = runtime.live_calls
    starts = sorted(limiter.starts)
    span = starts[-1] - starts[0] if len(starts) > 1 else float("nan")
    steady = (len(starts) - 1) / span * 60 if span else float("nan")
    scaled_window = 10.0
    scaled_limit = rpm * scaled_window / 60
    print(f"fake server latency        {latency * 1000:.0f} ms, {conversations} conversations")
    print(
        f"run                        {elapsed:.1f} s, {len(starts)} requests, "
        f"live_calls={live_calls}"
    )
    print(f"calls per conversation     {min(per_conversation)}..{max(per_conversation)}")
    print(f"limit                      {rpm} requests/minute")
    print(f"achieved (first..last)     {steady:.1f} /min = {steady / rpm:.1%} of the limit")
    print(f"achieved (over the run)    {len(starts) / elapsed * 60:.1f} /min")
    print(
        f"max in any 60 s window     {max_in_window(starts, 60.0)} (limit {rpm})"
        + ("" if elapsed >= 60 else "  [run shorter than 60 s]")
    )
    print(
        f"max in any {scaled_window:.0f} s window     {max_in_window(starts, scaled_window)} "
        f"(scaled limit {scaled_limit:.0f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=30.0, help="seconds (default 30)")
    parser.add_argument("--conversations", type=int, default=8)
    parser.add_argument("--rpm", type=int, default=600)
    parser.add_argument("--latency", type=float, default=0.3, help="server latency, seconds")
    args = parser.parse_args()
    asyncio.run(run(args.duration, args.conversations, args.rpm, args.latency))


if __name__ == "__main__":
    main()
