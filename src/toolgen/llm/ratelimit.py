"""One shared rate limiter for every live call of a run, and the wrapper that applies it.

Two rules, both enforced per request start:
- a sliding-window log: at most `requests_per_minute` starts (and optionally
  `tokens_per_minute` tokens) in any window (t - 60 s, t];
- pacing: starts follow a cadence of one per 60 s / rpm, so the budget is spread over
  the minute instead of burnt in a burst that providers often punish with 429s. The
  cadence is kept on ideal slots (a start that was woken a little late does not push
  every later slot back), so timer overshoot does not eat into the budget.
Together they keep a long run at ~100 % of the limit without ever exceeding it. The
provider counts arrivals, not our starts: with `guard_s` the window we enforce is that
much longer, so network jitter (an early request arriving late, a later one on time)
cannot squeeze one request too many into the server's 60 s. Waiters
queue behind one lock, so they are served first come, first served. Clock and sleep are
injectable: tests drive a fake clock and never measure wall time.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from toolgen.llm.protocol import LLM
from toolgen.llm.types import Completion, LLMRequest

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]
_MIN_SLEEP = 1e-6  # guards against a float-rounding wait that never advances the clock


@dataclass(slots=True)
class Ticket:
    """One granted start; its token count is corrected once the real usage is known."""

    started_at: float
    tokens: int


class SlidingWindowLimiter:
    """Requests (and optionally tokens) per window, with even pacing between starts."""

    def __init__(
        self,
        requests_per_minute: int,
        tokens_per_minute: int | None = None,
        *,
        window_s: float = 60.0,
        pace: bool = True,
        guard_s: float = 0.0,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if requests_per_minute <= 0:
            raise ValueError("requests_per_minute must be positive")
        self.requests_per_window = requests_per_minute
        self.tokens_per_window = tokens_per_minute
        self.window_s = window_s + max(0.0, guard_s)
        self.interval_s = window_s / requests_per_minute if pace else 0.0
        self._clock = clock
        self._sleep = sleep
        self._log: deque[Ticket] = deque()
        self._next_slot: float | None = None
        self._lock = asyncio.Lock()
        self.granted = 0

    def _wait_needed(self, now: float, tokens: int) -> float:
        while self._log and self._log[0].started_at <= now - self.window_s:
            self._log.popleft()
        wait = 0.0
        if len(self._log) >= self.requests_per_window:
            # The head is still inside the window (not pruned): wait > 0 even if rounding
            # makes `started_at + window - now` come out as 0.
            wait = max(self._log[0].started_at + self.window_s - now, _MIN_SLEEP)
        if self._next_slot is not None:
            wait = max(wait, self._next_slot - now)
        if self.tokens_per_window and tokens and self._log:
            # A request larger than the whole budget runs alone rather than never.
            excess = sum(t.tokens for t in self._log) + tokens - self.tokens_per_window
            for ticket in self._log:
                if excess <= 0:
                    break
                excess -= ticket.tokens
                wait = max(wait, ticket.started_at + self.window_s - now, _MIN_SLEEP)
        return wait

    async def acquire(self, tokens: int = 0) -> Ticket:
        """Wait until a request of about `tokens` tokens may start, and record the start."""
        async with self._lock:
            while True:
                now = self._clock()
                wait = self._wait_needed(now, tokens)
                if wait <= 0:
                    ticket = Ticket(now, tokens)
                    self._log.append(ticket)
                    slot = self._next_slot
                    # Late by less than one interval: stay on the cadence; idle: restart it.
                    base = slot if slot is not None and now - slot < self.interval_s else now
                    self._next_slot = base + self.interval_s
                    self.granted += 1
                    return ticket
                await self._sleep(max(wait, _MIN_SLEEP))

    def settle(self, ticket: Ticket, tokens: int) -> None:
        """Replace a ticket's estimated tokens with the provider-reported count."""
        ticket.tokens = tokens


def estimate_tokens(request: LLMRequest) -> int:
    """A cheap upper-ish estimate (4 chars per token) used before the real usage is known."""
    chars = sum(len(str(m.get("content") or "")) for m in request.messages)
    chars += sum(len(str(t)) for t in request.tools)
    return chars // 4 + (request.max_tokens or 256)


class RateLimitedLLM:
    """Every call waits for the shared limiter before it reaches the provider."""

    def __init__(self, inner: LLM, limiter: SlidingWindowLimiter) -> None:
        self._inner = inner
        self._limiter = limiter

    async def complete(self, request: LLMRequest) -> Completion:
        estimate = estimate_tokens(request) if self._limiter.tokens_per_window else 0
        ticket = await self._limiter.acquire(estimate)
        completion = await self._inner.complete(request)
        if estimate and completion.usage.total_tokens:
            self._limiter.settle(ticket, completion.usage.total_tokens)
        return completion
