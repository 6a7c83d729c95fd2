"""Counting live calls: every attempt that reaches the provider, in total and by role.

This is the `live_calls=N` figure of the progress bar and of record metadata; cache
hits never reach it.
"""

from __future__ import annotations

from collections import Counter

from toolgen.llm.protocol import LLM
from toolgen.llm.types import Completion, LLMRequest


class CallCounter:
    """Mutable tally shared by every role of a run."""

    def __init__(self) -> None:
        self.total = 0
        self.by_role: Counter[str] = Counter()

    def add(self, role: str) -> None:
        self.total += 1
        self.by_role[role] += 1


class CountingLLM:
    def __init__(self, inner: LLM, counter: CallCounter) -> None:
        self._inner = inner
        self._counter = counter

    async def complete(self, request: LLMRequest) -> Completion:
        self._counter.add(request.role)  # counted when started, whatever the outcome
        return await self._inner.complete(request)
