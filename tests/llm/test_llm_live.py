"""Opt-in checks against real providers: run with `pytest --live` and a key in the env."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from toolgen.llm.runtime import open_llm_runtime
from toolgen.llm.settings import resolve_llm_settings

from .helpers import WEATHER_TOOL, ask

pytestmark = pytest.mark.live


@pytest.mark.parametrize("provider", ["gemini", "openai"])
async def test_real_provider_text_and_tool_call(provider: str, tmp_path: Path) -> None:
    key = "GEMINI_API_KEY" if provider == "gemini" else "OPENAI_API_KEY"
    if not os.environ.get(key):
        pytest.skip(f"{key} is not set")
    settings = resolve_llm_settings(
        os.environ,
        Path(".env"),
        {"provider": provider, "cache_dir": tmp_path, "requests_per_minute": 10},
    )
    async with open_llm_runtime(settings) as runtime:
        llm = runtime.for_role("assistant")
        text = await llm.complete(ask("Reply with the single word: ready", max_tokens=64))
        call = await llm.complete(
            ask("What's the weather in Paris?", tools=(WEATHER_TOOL,), tool_choice="required")
        )
    assert text.text
    assert call.tool_calls and call.tool_calls[0].name == "get_weather"
