"""A reply cut off for length (or empty) is asked again once, with double the budget.

Every role's budget is `TOOLGEN_LLM_MAX_OUTPUT_TOKENS` (the role binding fills it); when
the provider stops for length (OpenAI `finish_reason: length`, Gemini `MAX_TOKENS`), the
same request is sent once more with twice the budget (at most `cap`). Each such retry is
recorded three ways: a `length_retry` line in the run's `llm_calls.jsonl`, the run-wide
`LengthRetries.notes`, and the conversation's own notes (`task_length_retries()`, which
the live pipeline turns into a `length_retry` entry of `metadata.repairs`).
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field

from toolgen.llm.protocol import LLM
from toolgen.llm.recorder import CallRecorder
from toolgen.llm.types import Completion, LLMRequest

DEFAULT_CAP = 4096

_TASK_NOTES: ContextVar[list[str] | None] = ContextVar("toolgen_length_retries", default=None)


def task_length_retries() -> list[str]:
    """Start collecting this task's length retries (one conversation); the live list."""
    notes: list[str] = []
    _TASK_NOTES.set(notes)
    return notes


@dataclass
class LengthRetries:
    """Every length retry of a run, as one-line notes (`role: from -> to tokens`)."""

    notes: list[str] = field(default_factory=list)


class LengthRetryLLM:
    def __init__(
        self,
        inner: LLM,
        retries: LengthRetries,
        *,
        recorder: CallRecorder | None = None,
        cap: int = DEFAULT_CAP,
    ) -> None:
        self._inner = inner
        self._retries = retries
        self._recorder = recorder
        self._cap = cap

    async def complete(self, request: LLMRequest) -> Completion:
        completion = await self._inner.complete(request)
        budget = request.max_tokens
        # A reasoning model can spend the whole budget thinking: an empty reply is one too.
        empty = not (completion.text or "").strip() and not completion.tool_calls
        if not (completion.truncated or empty) or budget is None or budget >= self._cap:
            return completion
        bigger = min(self._cap, budget * 2)
        why = "cut off" if completion.truncated else "empty"
        note = f"{request.role}: reply {why} at {budget} output tokens; asked again with {bigger}"
        self._retries.notes.append(note)
        task = _TASK_NOTES.get()
        if task is not None:
            task.append(note)
        if self._recorder is not None:
            self._recorder.write({"event": "length_retry", "role": request.role,
                                  "model": request.model, "max_tokens": budget,
                                  "retry_max_tokens": bigger})
        return await self._inner.complete(request.with_updates(max_tokens=bigger))
