"""Counting live calls: every attempt that reaches the provider, in total and by role.

This is the `live_calls=N` figure of the progress bar and of record metadata; cache
hits never reach it, except one: a reply this same conversation of this same run paid
for before the run was interrupted and resumed (its task origin, see `set_task_origin`),
so a resumed record says what it cost, byte-identical to an uninterrupted run.
Tokens are tallied by role from the provider's usage reports.
"""

from __future__ import annotations

from collections import Counter
from contextvars import ContextVar

from toolgen.llm.protocol import LLM
from toolgen.llm.types import Completion, LLMRequest

# Per-task tally (one conversation): set by the caller with `task_tally()`; asyncio tasks
# inherit a copy of the context, so concurrent conversations count separately.
_TASK_TALLY: ContextVar[Counter[str] | None] = ContextVar("toolgen_task_tally", default=None)
_TASK_ORIGIN: ContextVar[str | None] = ContextVar("toolgen_task_origin", default=None)


def set_task_origin(origin: str) -> None:
    """Name this task's conversation (run id and index) for the cache to remember."""
    _TASK_ORIGIN.set(origin)


def task_origin() -> str | None:
    return _TASK_ORIGIN.get()


def count_replayed(role: str) -> None:
    """A cached reply this conversation paid for in an earlier attempt of the run."""
    tally = _TASK_TALLY.get()
    if tally is not None:
        tally[role] += 1


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
        self.prompt_tokens: Counter[str] = Counter()
        self.completion_tokens: Counter[str] = Counter()

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
        completion = await self._inner.complete(request)
        self._counter.prompt_tokens[request.role] += completion.usage.prompt_tokens
        self._counter.completion_tokens[request.role] += completion.usage.completion_tokens
        return completion
