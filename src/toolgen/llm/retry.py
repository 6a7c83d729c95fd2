"""Retrying transient failures with exponential backoff, full jitter and Retry-After.

Only `TransientLLMError`s are retried (429, 5xx, timeouts, dropped connections,
malformed 200 bodies); a server's Retry-After is a floor on the wait, unless it asks for
more than `max_retry_after_s`: then waiting would stall the run, so the call gives up at
once and the caller falls back (the role's circuit breaker probes again later). After
the last attempt the caller gets a `RetriesExhaustedError` carrying the final error.
Sleep and randomness are injectable.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from toolgen.llm.errors import RetriesExhaustedError, TransientLLMError
from toolgen.llm.protocol import LLM
from toolgen.llm.types import Completion, LLMRequest

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 5
    base_delay_s: float = 1.0
    max_delay_s: float = 60.0
    # A server asking for more than this is treated as "give up now", not obeyed blindly.
    max_retry_after_s: float = 60.0

    def gives_up(self, error: TransientLLMError) -> bool:
        """The server asks for a wait longer than this policy will block a call."""
        return error.retry_after is not None and error.retry_after > self.max_retry_after_s

    def delay(self, attempt: int, error: TransientLLMError, rng: random.Random) -> float:
        """Seconds to wait after failed attempt number `attempt` (1-based)."""
        ceiling = min(self.max_delay_s, self.base_delay_s * 2 ** (attempt - 1))
        backoff = rng.uniform(0.0, ceiling)
        if error.retry_after is not None:
            # Honour the server, plus a little jitter so parallel retries do not stampede.
            floor = min(error.retry_after, self.max_retry_after_s)
            return floor + rng.uniform(0.0, min(1.0, self.base_delay_s))
        return backoff


class RetryingLLM:
    """Retries the inner LLM on transient errors."""

    def __init__(
        self,
        inner: LLM,
        policy: RetryPolicy = RetryPolicy(),
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self._inner = inner
        self._policy = policy
        self._sleep = sleep
        self._rng = rng or random.Random()

    async def complete(self, request: LLMRequest) -> Completion:
        attempts = self._policy.max_attempts
        for attempt in range(1, attempts + 1):
            try:
                return await self._inner.complete(request)
            except TransientLLMError as exc:
                if attempt == attempts:
                    raise RetriesExhaustedError(
                        f"gave up after {attempts} attempts: {exc}", attempts=attempts, last=exc
                    ) from exc
                if self._policy.gives_up(exc):
                    raise RetriesExhaustedError(
                        f"gave up after {attempt} attempts: the server asks to wait "
                        f"{exc.retry_after:.0f}s (over {self._policy.max_retry_after_s:.0f}s): "
                        f"{exc}", attempts=attempt, last=exc,
                    ) from exc
                delay = self._policy.delay(attempt, exc, self._rng)
                log.warning(
                    "llm %s attempt %d/%d failed (%s); retrying in %.1fs",
                    request.role,
                    attempt,
                    attempts,
                    exc,
                    delay,
                )
                await self._sleep(delay)
        raise AssertionError("unreachable")  # the loop returns or raises
