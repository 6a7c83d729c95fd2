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
