"""The one seam: an async `LLM` that turns an `LLMRequest` into a `Completion`.

Providers implement it; wrappers (limit, retry, cache, record, count) take an `LLM` and
are one. Callers depend only on this protocol.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from toolgen.llm.types import Completion, LLMRequest


@runtime_checkable
class LLM(Protocol):
    """Anything that can complete a request."""

    async def complete(self, request: LLMRequest) -> Completion: ...
