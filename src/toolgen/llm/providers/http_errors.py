"""Mapping an HTTP status (plus headers and a body excerpt) to a typed LLM error.

Shared by the providers so 429/503/5xx/4xx mean the same thing everywhere. Bodies are
cut short and redacted before they go into a message.
"""

from __future__ import annotations

import email.utils
import re
import time
from collections.abc import Mapping

from toolgen.llm.errors import FatalLLMError, LLMError, RateLimitedError, ServerError
from toolgen.llm.redact import Redactor

_BODY_LIMIT = 300
_RETRY_DELAY = re.compile(r'"retryDelay"\s*:\s*"(\d+(?:\.\d+)?)s"')


def parse_retry_after(headers: Mapping[str, str], body: str = "") -> float | None:
    """Seconds to wait from `Retry-After` (seconds or HTTP date) or Gemini's RetryInfo."""
    raw = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    if raw:
        raw = raw.strip()
        try:
            return max(0.0, float(raw))
        except ValueError:
            parsed = email.utils.parsedate_to_datetime(raw) if raw else None
            if parsed is not None:
                return max(0.0, parsed.timestamp() - time.time())
    match = _RETRY_DELAY.search(body)
    return float(match.group(1)) if match else None


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
