"""Counting live calls: every attempt that reaches the provider, in total and by role.

This is the `live_calls=N` figure of the progress bar and of record metadata; cache
hits never reach it.
"""

from __future__ import annotations

from collections import Counter
from contextvars import ContextVar

from toolgen.llm.protocol import LLM
from toolgen.llm.types import Completion, LLMRequest

# Per-task tally (one conversation): set by the caller with `task_tally()`; asyncio tasks
# inherit a copy of the context, so concurrent conversations count separately.
_TASK_TALLY: ContextVar[Counter[str] | None] = ContextVar("toolgen_task_tally", default=None)


def task_tally() -> Counter[str]:
    """Start counting this task's provider calls by role; returns the live tally."""
    tally: Counter[str] = Counter()
    _TASK_TALLY.set(tally)
    return tally


class CallCounter:
    """Mutable tally shared by every role of a run."""

    def __init__(self) -> None:
        self.total = 0
        self.by_role: Counter[str] = Counter()

    def add(self, role: str) -> None:
        self.total += 1
        self.by_role[role] += 1
        tally = _TASK_TALLY.get()
        if tally is not None:
            tally[role] += 1


class CountingLLM:
    def __init__(self, inner: LLM, counter: CallCounter) -> None:
        self._inner = inner
        self._counter = counter

    async def complete(self, request: LLMRequest) -> Completion:
        self._counter.add(request.role)  # counted when started, whatever the outcome
        return await self._inner.complete(request)
