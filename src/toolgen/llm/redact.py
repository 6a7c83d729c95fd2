"""Redaction of secret values from anything the LLM layer writes or raises.

Providers and the recorder pass text through a `Redactor` built from the configured
keys, so a key echoed by a server (error bodies, headers) never reaches a log line,
error message, cache file or `llm_calls.jsonl`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

REDACTED = "***"
# Header names whose values are credentials whatever they contain.
SECRET_HEADERS = frozenset({"authorization", "x-goog-api-key", "api-key", "x-api-key"})


class Redactor:
    """Replaces each known secret value (and header credentials) with `***`."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        # Longest first so a secret containing another is replaced whole.
        self._secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)

    @property
    def active(self) -> bool:
        return bool(self._secrets)

    def text(self, value: str) -> str:
        for secret in self._secrets:
            if secret in value:
                value = value.replace(secret, REDACTED)
        return value

    def data(self, value: Any) -> Any:
        """A deep copy of JSON-like data with secret values and credential headers hidden."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {
                k: (REDACTED if str(k).lower() in SECRET_HEADERS else self.data(v))
                for k, v in value.items()
            }
        if isinstance(value, list | tuple):
            return [self.data(v) for v in value]
        return value


class RedactingLLM:
    """Hides the configured keys in every reply, so an echoed key never reaches a record."""

    def __init__(self, inner: Any, redactor: Redactor) -> None:
        self._inner = inner
        self._redactor = redactor

    async def complete(self, request: Any) -> Any:
        completion = await self._inner.complete(request)
        if not self._redactor.active:
            return completion
        calls = tuple(
            call.model_copy(update={"arguments": self._redactor.data(call.arguments),
                                    "name": self._redactor.text(call.name)})
            for call in completion.tool_calls
        )
        text = completion.text
        return completion.model_copy(update={
            "text": self._redactor.text(text) if text is not None else None,
            "tool_calls": calls,
        })
