"""The `gemini` provider: native generateContent over httpx.

The key travels only in the `x-goog-api-key` header, never in the URL (URLs end up in
logs and proxies). Thought signatures the model returns are remembered by call id and
sent back with the matching calls, which Gemini 3 requires for multi-step tool use.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from toolgen.llm.errors import (
    LLMConnectionError,
    LLMTimeoutError,
    MalformedResponseError,
    ProviderUnavailableError,
)
from toolgen.llm.providers import gemini_mapping
from toolgen.llm.providers.http_errors import check_size, error_for_status, json_object, mapped
from toolgen.llm.registry import ProviderConfig, require_module
from toolgen.llm.types import Completion, LLMRequest

if TYPE_CHECKING:
    import httpx

DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com"
_SIGNATURE_MEMORY = 8192


def build(config: ProviderConfig) -> GeminiProvider:
    require_module("httpx", "gemini")
    if config.api_key is None and config.base_url is None:
        raise ProviderUnavailableError("the 'gemini' LLM provider needs GEMINI_API_KEY")
    return GeminiProvider(config)


def _checked_completion(payload: dict[str, Any], model: str) -> Completion:
    completion = gemini_mapping.completion_from_payload(payload, model)
    if any(not isinstance(c.name, str) or not c.name.strip() for c in completion.tool_calls):
        raise MalformedResponseError("gemini: a function call has no name")
    return completion


class GeminiProvider:
    """`LLM` over Gemini's generateContent REST API."""

    name = "gemini"

    def __init__(self, config: ProviderConfig) -> None:
        self.default_model = config.default_model
        self._config = config
        self._client: httpx.AsyncClient | None = None
        self._signatures: OrderedDict[str, str] = OrderedDict()

    def _get_client(self) -> httpx.AsyncClient:
        if self._client is None:
            import httpx

            headers = {"content-type": "application/json"}
            if self._config.api_key is not None:
                headers["x-goog-api-key"] = self._config.api_key.get_secret_value()
            self._client = httpx.AsyncClient(
                base_url=(self._config.base_url or DEFAULT_BASE_URL).rstrip("/"),
                headers=headers,
                timeout=self._config.timeout_s,
            )
        return self._client

    def _remember(self, completion: Completion) -> None:
        for call in completion.tool_calls:
            if call.signature:
                self._signatures[call.id] = call.signature
                while len(self._signatures) > _SIGNATURE_MEMORY:
                    self._signatures.popitem(last=False)

    async def complete(self, request: LLMRequest) -> Completion:
        import httpx

        model = (request.model or self.default_model).removeprefix("models/")
        body = gemini_mapping.request_body(request, model, self._signatures.get)
        try:
            response = await self._get_client().post(
                f"/v1beta/models/{model}:generateContent", json=body
            )
        except httpx.TimeoutException:
            raise LLMTimeoutError("gemini: request timed out") from None
        except httpx.TransportError as exc:
            raise LLMConnectionError(f"gemini: connection failed ({type(exc).__name__})") from None
        length = response.headers.get("content-length", "")
        check_size("gemini", int(length) if length.isdigit() else len(response.content))
        if response.status_code >= 400:
            raise error_for_status(
                "gemini",
                response.status_code,
                dict(response.headers),
                response.text,
                self._config.redactor,
            )
        payload = json_object("gemini", response.content)
        completion = mapped("gemini", lambda: _checked_completion(payload, model))
        self._remember(completion)
        return completion

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
