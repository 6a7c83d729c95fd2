"""The LLM seam: one async protocol, typed request/completion, providers and wrappers.

Owns everything between "a role wants a completion" and the provider's HTTP API:
the `LLM` protocol, provider registry (lazy SDK imports), rate limiting, retries,
caching, recording, call counting and robust parsing of replies. It must not know
about tools, records or dialogues beyond its own request/response types.

Importing this package is cheap: SDKs load only when a provider is built.
"""

from __future__ import annotations

from toolgen.llm.errors import (
    BadReplyError,
    EmptyReplyError,
    LLMError,
    ProviderUnavailableError,
    TruncatedReplyError,
)
from toolgen.llm.protocol import LLM
from toolgen.llm.runtime import LLMRuntime, open_llm_runtime
from toolgen.llm.scripted import ScriptedLLM
from toolgen.llm.settings import LLMSettings, resolve_llm_settings
from toolgen.llm.types import Completion, CompletionToolCall, LLMRequest, Usage

__all__ = [
    "LLM",
    "BadReplyError",
    "Completion",
    "CompletionToolCall",
    "EmptyReplyError",
    "LLMError",
    "LLMRequest",
    "LLMRuntime",
    "LLMSettings",
    "ProviderUnavailableError",
    "ScriptedLLM",
    "TruncatedReplyError",
    "Usage",
    "open_llm_runtime",
    "resolve_llm_settings",
]
