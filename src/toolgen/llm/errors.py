"""Typed errors of the LLM seam, split by what the caller should do about them.

`TransientLLMError` subclasses are retried by the retry wrapper; the others are not.
Reply-shape errors (`BadReplyError` family) are raised by the parsing helpers so the
caller can ask again (for truncation: with a larger `max_tokens`). Messages never hold
secrets: providers build them from status codes and redacted body excerpts.
"""

from __future__ import annotations


class LLMError(Exception):
    """Base class for every error raised by toolgen.llm."""


class ProviderUnavailableError(LLMError):
    """A provider's optional SDK is missing or it is not configured (no key, bad name)."""


class TransientLLMError(LLMError):
    """Worth retrying: rate limits, server errors, timeouts, dropped connections."""

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class RateLimitedError(TransientLLMError):
    """HTTP 429 (or 503 with Retry-After): the provider asks us to slow down."""


class ServerError(TransientLLMError):
    """HTTP 5xx from the provider."""


class LLMTimeoutError(TransientLLMError):
    """The request took longer than its timeout."""


class LLMConnectionError(TransientLLMError):
    """The connection failed or dropped before an answer."""


class MalformedResponseError(ServerError):
    """HTTP 200 with a body that is no usable completion: not JSON, truncated, wrong types
    or fields (`choices: "oops"`, a tool call without a name), or over the size cap."""


class FatalLLMError(LLMError):
    """Not worth retrying: bad request, auth failure, unknown model."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class RetriesExhaustedError(LLMError):
    """Every attempt failed with a transient error; `last` is the final one."""

    def __init__(self, message: str, *, attempts: int, last: TransientLLMError) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.last = last


class BadReplyError(LLMError):
    """The reply does not have the expected shape (no JSON, invalid JSON, wrong schema)."""


class TruncatedReplyError(BadReplyError):
    """The reply was cut off (JSON unterminated or finish_reason == "length")."""


class EmptyReplyError(BadReplyError):
    """The model answered with nothing usable."""


class MissingToolCallError(BadReplyError):
    """The model answered in prose where a tool call was required."""
