"""A per-attempt deadline around the inner LLM, raised as a retryable `LLMTimeoutError`.

Providers set HTTP timeouts too; this one also covers time spent waiting for a
connection from the pool and anything an SDK does outside the socket.
"""

from __future__ import annotations

import asyncio

from toolgen.llm.errors import LLMTimeoutError
from toolgen.llm.protocol import LLM
from toolgen.llm.types import Completion, LLMRequest


class TimeoutLLM:
    def __init__(self, inner: LLM, seconds: float) -> None:
        self._inner = inner
        self._seconds = seconds

    async def complete(self, request: LLMRequest) -> Completion:
        try:
            async with asyncio.timeout(self._seconds):
                return await self._inner.complete(request)
        except TimeoutError:
            raise LLMTimeoutError(f"no answer within {self._seconds:g}s") from None
