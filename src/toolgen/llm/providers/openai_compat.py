"""The `openai` provider: the official SDK's AsyncOpenAI against any compatible server.

Serves OpenAI, vLLM, Ollama, llama.cpp server, LM Studio, OpenRouter and Gemini's
OpenAI-compatible endpoint through `base_url`. The SDK's own retries are off: retrying
is the retry wrapper's job, so each attempt here is exactly one HTTP request.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import orjson

from toolgen.llm.errors import (
    LLMConnectionError,
    LLMError,
    LLMTimeoutError,
    MalformedResponseError,
)
from toolgen.llm.providers.http_errors import check_size, error_for_status, json_object, mapped
from toolgen.llm.registry import ProviderConfig, require_module
from toolgen.llm.types import Completion, CompletionToolCall, LLMRequest, Usage

if TYPE_CHECKING:
    from openai import AsyncOpenAI

# Local servers ignore the key but the SDK insists on one.
_PLACEHOLDER_KEY = "not-needed"


def build(config: ProviderConfig) -> OpenAIProvider:
    require_module("openai", "openai")
    return OpenAIProvider(config)


def request_body(request: LLMRequest, default_model: str) -> dict[str, Any]:
    """The chat.completions keyword arguments for `request` (no None values)."""
    body: dict[str, Any] = {
        "model": request.model or default_model,
        "messages": [_clean_message(m) for m in request.messages],
    }
    if request.tools:
        body["tools"] = list(request.tools)
        if request.tool_choice is not None:
            body["tool_choice"] = request.tool_choice
    if request.response_schema is not None:
        body["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": "reply", "schema": request.response_schema},
        }
    for key in ("temperature", "max_tokens", "seed", "reasoning_effort"):
        value = getattr(request, key)
        if value is not None:
            body[key] = value
    return body


def _clean_message(message: dict[str, Any]) -> dict[str, Any]:
    # Record-only keys (training weight, Gemini signatures) are not part of the API.
    cleaned = {k: v for k, v in message.items() if k != "weight"}
    if "tool_calls" in cleaned:
        cleaned["tool_calls"] = [
            {k: v for k, v in call.items() if k != "thought_signature"}
            for call in cleaned["tool_calls"]
        ]
    return cleaned


def completion_from_payload(payload: dict[str, Any], fallback_model: str) -> Completion:
    """A `Completion` from a chat.completions response body (dict form).

    Raises `MalformedResponseError` for a body of the wrong shape.
    """
    return mapped("openai", lambda: _completion(payload, fallback_model))


def _completion(payload: dict[str, Any], fallback_model: str) -> Completion:
    choices = payload.get("choices") or []
    if not isinstance(choices, list):
        raise MalformedResponseError("openai: 'choices' is not a list")
    if not choices:
        return Completion(model=payload.get("model") or fallback_model, finish_reason="empty")
    choice = choices[0]
    message = choice.get("message") or {}
    calls = []
    for index, call in enumerate(message.get("tool_calls") or []):
        function = call.get("function") or {}
        if not isinstance(function.get("name"), str) or not function["name"].strip():
            raise MalformedResponseError("openai: a tool call has no function name")
        raw = function.get("arguments") or ""
        arguments: dict[str, Any] | str
        try:
            parsed = orjson.loads(raw) if isinstance(raw, str) else raw
            arguments = parsed if isinstance(parsed, dict) else raw
        except orjson.JSONDecodeError:
            arguments = raw
        calls.append(
            CompletionToolCall(
                id=call.get("id") or f"call_{index}",
                name=function.get("name") or "",
                arguments=arguments,
            )
        )
    usage = payload.get("usage") or {}
    return Completion(
        text=message.get("content"),
        tool_calls=tuple(calls),
        usage=Usage(
            prompt_tokens=usage.get("prompt_tokens") or 0,
            completion_tokens=usage.get("completion_tokens") or 0,
        ),
        model=payload.get("model") or fallback_model,
        finish_reason=choice.get("finish_reason") or "stop",
    )


def _content_length(headers: Any) -> int | None:
    value = headers.get("content-length")
    return int(value) if isinstance(value, str) and value.isdigit() else None


class OpenAIProvider:
    """`LLM` over the OpenAI chat-completions API."""

    name = "openai"

    def __init__(self, config: ProviderConfig) -> None:
        self.default_model = config.default_model
        self._config = config
        self._client: AsyncOpenAI | None = None

    def _get_client(self) -> AsyncOpenAI:
        if self._client is None:
            from openai import AsyncOpenAI

            key = self._config.api_key
            self._client = AsyncOpenAI(
                api_key=key.get_secret_value() if key else _PLACEHOLDER_KEY,
                base_url=self._config.base_url,
                timeout=self._config.timeout_s,
                max_retries=0,
            )
        return self._client

    async def complete(self, request: LLMRequest) -> Completion:
        import httpx
        import openai

        body = request_body(request, self.default_model)
        try:
            raw = await self._get_client().chat.completions.with_raw_response.create(**body)
            http = raw.http_response
            check_size("openai", _content_length(http.headers))
            content = await http.aread()
        except openai.APITimeoutError:
            raise LLMTimeoutError("openai: request timed out") from None
        except openai.APIConnectionError as exc:
            reason = self._config.redactor.text(type(exc).__name__)
            raise LLMConnectionError(f"openai: connection failed ({reason})") from None
        except openai.APIStatusError as exc:
            raise self._status_error(exc) from None
        except httpx.TimeoutException:
            raise LLMTimeoutError("openai: request timed out") from None
        except httpx.TransportError as exc:
            raise LLMConnectionError(f"openai: connection failed ({type(exc).__name__})") from None
        return completion_from_payload(json_object("openai", content), body["model"])

    def _status_error(self, exc: Any) -> LLMError:
        response = exc.response
        try:
            body = response.text
        except Exception:  # the body may be unreadable; the status is what matters
            body = ""
        return error_for_status(
            "openai", exc.status_code, dict(response.headers), body, self._config.redactor
        )

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None
