"""Assembling the wrapped client for a run: one provider, limiter, counter, cache, recorder.

The pipeline opens one `LLMRuntime` per run (`open_llm_runtime(settings, run_dir=...)`)
and asks it for an `LLM` per role (`runtime.for_role("planner", seed=record_seed)`).
All roles share the runtime's limiter, so the requests-per-minute budget holds across
every concurrent conversation. Wrapping order, outermost first:

    role binding -> redaction -> length retry -> cache -> retry -> rate limit -> recorder
      -> timeout -> counter -> provider

so a cache hit costs nothing, each retry attempt waits for the limiter and is
recorded and counted, and the timeout measures the HTTP attempt, not the queue. The role
binding gives every role its output budget (`TOOLGEN_LLM_MAX_OUTPUT_TOKENS`, unless
`TOOLGEN_LLM_ROLE_MAX_OUTPUT_TOKENS` sets the role's own) and the reasoning settings
(`TOOLGEN_LLM_REASONING_EFFORT`, Gemini `TOOLGEN_LLM_THINKING_BUDGET`); a reply cut off
for length, or empty, is asked again with double the budget (`length_retry`).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Any

from toolgen.llm.cache import CachedLLM, DiskCache
from toolgen.llm.counter import CallCounter, CountingLLM
from toolgen.llm.errors import ProviderUnavailableError
from toolgen.llm.length_retry import LengthRetries, LengthRetryLLM
from toolgen.llm.protocol import LLM
from toolgen.llm.ratelimit import RateLimitedLLM, SlidingWindowLimiter
from toolgen.llm.recorder import CallRecorder, RecordingLLM
from toolgen.llm.redact import RedactingLLM, Redactor
from toolgen.llm.registry import ProviderConfig, build_provider
from toolgen.llm.retry import RetryingLLM, RetryPolicy
from toolgen.llm.roles import model_for_role
from toolgen.llm.settings import LLMSettings
from toolgen.llm.timeout import TimeoutLLM
from toolgen.llm.types import Completion, LLMRequest

CALLS_FILE = "llm_calls.jsonl"
ARRIVAL_GUARD_S = 1.0
"""Extra window length so request-arrival jitter never breaks the provider's RPM."""


class RoleBoundLLM:
    """Fills the role label, the role's model and the default output budget."""

    def __init__(self, inner: LLM, *, role: str, model: str, max_tokens: int,
                 reasoning_effort: str | None = None,
                 thinking_budget: int | None = None) -> None:
        self._inner = inner
        self.role = role
        self.model = model
        self._max_tokens = max_tokens
        self._effort = reasoning_effort
        self._thinking = thinking_budget

    async def complete(self, request: LLMRequest) -> Completion:
        changes: dict[str, Any] = {}
        if request.model is None:
            changes["model"] = self.model
        if request.role == "other":
            changes["role"] = self.role
        if request.max_tokens is None:
            changes["max_tokens"] = self._max_tokens
        if request.reasoning_effort is None and self._effort is not None:
            changes["reasoning_effort"] = self._effort
        if request.thinking_budget is None and self._thinking is not None:
            changes["thinking_budget"] = self._thinking
        return await self._inner.complete(request.with_updates(**changes) if changes else request)


class LLMRuntime:
    """Everything live for one run; build with `open_llm_runtime`."""

    def __init__(
        self,
        settings: LLMSettings,
        provider: Any,
        *,
        provider_id: str,
        limiter: SlidingWindowLimiter,
        recorder: CallRecorder | None,
        cache: DiskCache | None,
        retry: RetryPolicy,
        redactor: Redactor | None = None,
    ) -> None:
        self.settings = settings
        self.provider = provider
        self.limiter = limiter
        self.counter = CallCounter()
        self.recorder = recorder
        redactor = redactor or Redactor(settings.secret_values())
        self.redactor = redactor
        inner: LLM = CountingLLM(provider, self.counter)
        inner = TimeoutLLM(inner, settings.request_timeout_s)
        if recorder is not None:
            inner = RecordingLLM(inner, recorder, provider=provider_id)
        inner = RateLimitedLLM(inner, limiter)
        inner = RetryingLLM(inner, retry)
        self.cached: CachedLLM | None = None
        if cache is not None:
            self.cached = CachedLLM(
                inner, cache, provider_id=provider_id, default_model=provider.default_model
            )
            inner = self.cached
        self.length_retries = LengthRetries()
        inner = LengthRetryLLM(inner, self.length_retries, recorder=recorder)
        # Outermost but the role binding: cached replies are redacted on the way out too.
        self._stack = RedactingLLM(inner, redactor)

    @property
    def live_calls(self) -> int:
        """Attempts that reached the provider so far (cache hits excluded)."""
        return self.counter.total

    def for_role(self, role: str, seed: int | None = None) -> LLM:
        """The wrapped `LLM` for `role`; `seed` picks from the role's pool when randomizing."""
        model = model_for_role(self.settings, role, seed)
        return RoleBoundLLM(
            self._stack, role=role, model=model, max_tokens=self.settings.output_budget(role),
            reasoning_effort=self.settings.reasoning_effort,
            thinking_budget=self.settings.thinking_budget,
        )

    async def aclose(self) -> None:
        close = getattr(self.provider, "aclose", None)
        if close is not None:
            await close()

    async def __aenter__(self) -> LLMRuntime:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


def open_llm_runtime(
    settings: LLMSettings,
    *,
    run_dir: Path | None = None,
    record: bool = True,
    provider: Any = None,
    retry: RetryPolicy | None = None,
    limiter: SlidingWindowLimiter | None = None,
    secrets: Iterable[str] = (),
) -> LLMRuntime:
    """Build the run's wrapped LLM stack from settings.

    `provider` replaces the configured one (e.g. a `ScriptedLLM` in tests; it needs a
    `default_model`). Calls are recorded to `run_dir/llm_calls.jsonl` when `run_dir` is
    given and `record` is true. Raises `ProviderUnavailableError` when the provider's SDK
    or key is missing. `secrets` (corpus credentials) are hidden like the keys: in replies,
    call records, the cache and error messages.
    """
    redactor = Redactor((*settings.secret_values(), *(s for s in secrets if len(s) >= 8)))
    if provider is None:
        if not settings.live_available():
            key = "GEMINI_API_KEY" if settings.provider == "gemini" else "OPENAI_API_KEY"
            raise ProviderUnavailableError(
                f"live LLM mode needs {key} (or, for provider 'openai', TOOLGEN_LLM_BASE_URL)"
            )
        provider = build_provider(
            settings.provider,
            ProviderConfig(
                default_model=settings.generation_model,
                api_key=settings.api_key(),
                base_url=settings.base_url,
                timeout_s=settings.request_timeout_s,
                redactor=redactor,
            ),
        )
    name = getattr(provider, "name", "custom")
    provider_id = f"{name}@{settings.base_url}" if settings.base_url else name
    return LLMRuntime(
        settings,
        provider,
        provider_id=provider_id,
        limiter=limiter
        or SlidingWindowLimiter(settings.requests_per_minute, settings.tokens_per_minute,
                                guard_s=ARRIVAL_GUARD_S),
        recorder=CallRecorder(run_dir / CALLS_FILE, redactor) if run_dir and record else None,
        cache=None if settings.no_cache else DiskCache(settings.cache_dir, redactor),
        retry=retry or RetryPolicy(max_attempts=settings.max_attempts),
        redactor=redactor,
    )
