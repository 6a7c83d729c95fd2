"""Mapping an HTTP answer to a typed LLM error: status codes, Retry-After, bad bodies.

Shared by the providers so 429/503/5xx/4xx mean the same thing everywhere. Bodies are
cut short and redacted before they go into a message. A 200 whose body is not a JSON
object, is over `MAX_REPLY_BYTES`, or does not map to a completion becomes a
`MalformedResponseError` (retried like a server error), never a traceback.

Retry-After follows RFC 9110 section 10.2.3: delay-seconds (a non-negative integer) or
an HTTP-date; anything else is ignored. Values are bounded at `MAX_RETRY_AFTER_S` (a
day); the retry policy decides how much of a long wait it honours.
"""

from __future__ import annotations

import email.utils
import math
import re
import time
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import orjson
from pydantic import ValidationError

from toolgen.llm.errors import (
    FatalLLMError,
    LLMError,
    MalformedResponseError,
    RateLimitedError,
    ServerError,
)
from toolgen.llm.redact import Redactor

T = TypeVar("T")

_BODY_LIMIT = 300
_RETRY_DELAY = re.compile(r'"retryDelay"\s*:\s*"(\d+(?:\.\d+)?)s"')
_DELAY_SECONDS = re.compile(r"^\d{1,10}$")
MAX_RETRY_AFTER_S = 86400.0
MAX_REPLY_BYTES = 8 * 1024 * 1024
"""Far above any real completion; a bigger body is a broken or hostile server."""


def parse_retry_after(headers: Mapping[str, str], body: str = "") -> float | None:
    """Seconds to wait (capped) from `Retry-After` per RFC 9110, or Gemini's RetryInfo."""
    raw = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    seconds = _retry_after_value(raw.strip()) if raw else None
    if seconds is None:
        match = _RETRY_DELAY.search(body)
        seconds = float(match.group(1)) if match else None
    return None if seconds is None else min(seconds, MAX_RETRY_AFTER_S)


def _retry_after_value(raw: str) -> float | None:
    if _DELAY_SECONDS.match(raw):
        return float(raw)
    try:
        parsed = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None  # "soon", "-1", "nan": not a delay RFC 9110 allows
    if parsed is None or parsed.tzinfo is None:
        return None
    delay = parsed.timestamp() - time.time()
    return max(0.0, delay) if math.isfinite(delay) else None


def check_size(provider: str, size: int | None) -> None:
    """Refuse a reply body over the cap (by Content-Length or bytes read)."""
    if size is not None and size > MAX_REPLY_BYTES:
        raise MalformedResponseError(
            f"{provider}: reply of {size} bytes is over the {MAX_REPLY_BYTES} byte limit")


def json_object(provider: str, content: bytes) -> dict[str, Any]:
    """The reply body as a JSON object, or a `MalformedResponseError`."""
    check_size(provider, len(content))
    try:
        payload = orjson.loads(content)
    except orjson.JSONDecodeError:
        kind = "truncated or not JSON" if content.strip() else "empty"
        raise MalformedResponseError(f"{provider}: reply body is {kind}") from None
    if not isinstance(payload, dict):
        raise MalformedResponseError(
            f"{provider}: reply body is a JSON {type(payload).__name__}, not an object")
    return payload


def mapped(provider: str, build: Callable[[], T]) -> T:
    """Run a payload mapping; a body of the wrong shape becomes `MalformedResponseError`."""
    try:
        return build()
    except MalformedResponseError:
        raise
    except (AttributeError, TypeError, KeyError, IndexError, ValueError,
            ValidationError) as exc:
        raise MalformedResponseError(
            f"{provider}: reply has unexpected fields or types ({type(exc).__name__})"
        ) from None


def error_for_status(
    provider: str,
    status: int,
    headers: Mapping[str, str],
    body: str,
    redactor: Redactor,
) -> LLMError:
    excerpt = redactor.text(" ".join(body.split())[:_BODY_LIMIT])
    message = f"{provider}: HTTP {status}: {excerpt}" if excerpt else f"{provider}: HTTP {status}"
    retry_after = parse_retry_after(headers, body)
    if status == 429 or (status == 503 and retry_after is not None):
        return RateLimitedError(message, retry_after=retry_after)
    if status >= 500 or status == 408:
        return ServerError(message, retry_after=retry_after)
    return FatalLLMError(message, status=status)
