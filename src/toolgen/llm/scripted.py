"""`ScriptedLLM`: a deterministic in-process LLM for tests, answering from a script.

Script items are answered in order: a `Completion`, a string (a text reply), an
exception (raised), or a callable receiving the request. When the script runs out the
`fallback` callable answers, or a `LLMError` says so. Every request is kept.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from typing import Any

from toolgen.llm.errors import LLMError
from toolgen.llm.types import Completion, CompletionToolCall, LLMRequest

Responder = Callable[[LLMRequest], Completion]
ScriptItem = Completion | str | BaseException | Responder


def tool_call_completion(
    name: str, arguments: dict[str, Any], call_id: str = "call_0"
) -> Completion:
    """A completion with one tool call (test shorthand)."""
    call = CompletionToolCall(id=call_id, name=name, arguments=arguments)
    return Completion(tool_calls=(call,), finish_reason="tool_calls", model="scripted")


class ScriptedLLM:
    name = "scripted"
    default_model = "scripted"

    def __init__(
        self, script: Iterable[ScriptItem] = (), fallback: Responder | None = None
    ) -> None:
        self._script: deque[ScriptItem] = deque(script)
        self._fallback = fallback
        self.requests: list[LLMRequest] = []

    def push(self, *items: ScriptItem) -> None:
        self._script.extend(items)

    async def complete(self, request: LLMRequest) -> Completion:
        self.requests.append(request)
        if not self._script:
            if self._fallback is None:
                raise LLMError(f"ScriptedLLM: script exhausted at call {len(self.requests)}")
            return self._fallback(request)
        item = self._script.popleft()
        if isinstance(item, BaseException):
            raise item
        if isinstance(item, Completion):
            return item
        if isinstance(item, str):
            return Completion(text=item, model="scripted")
        return item(request)

    async def aclose(self) -> None:
        return None
