"""Shared builders for the LLM tests: providers pointed at the fake server."""

from __future__ import annotations

from pydantic import SecretStr

from llm_server import FakeLLMServer
from toolgen.llm.providers.gemini import GeminiProvider
from toolgen.llm.providers.openai_compat import OpenAIProvider
from toolgen.llm.redact import Redactor
from toolgen.llm.registry import ProviderConfig
from toolgen.llm.types import LLMRequest

SECRET = "sk-test-SECRET-1234567890abcdef"

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city.",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
            "required": ["city"],
        },
    },
}


def openai_provider(server: FakeLLMServer, timeout_s: float = 5.0) -> OpenAIProvider:
    return OpenAIProvider(
        ProviderConfig(
            default_model="fake-model",
            api_key=SecretStr(SECRET),
            base_url=server.openai_base_url,
            timeout_s=timeout_s,
            redactor=Redactor([SECRET]),
        )
    )


def gemini_provider(server: FakeLLMServer, timeout_s: float = 5.0) -> GeminiProvider:
    return GeminiProvider(
        ProviderConfig(
            default_model="gemini-3.1-flash-lite",
            api_key=SecretStr(SECRET),
            base_url=server.gemini_base_url,
            timeout_s=timeout_s,
            redactor=Redactor([SECRET]),
        )
    )


def ask(text: str = "Hello", **fields: object) -> LLMRequest:
    return LLMRequest(messages=({"role": "user", "content": text},), **fields)  # type: ignore[arg-type]
