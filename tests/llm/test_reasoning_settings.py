"""Reasoning models: per-role output budgets, escalation on an empty reply, and the
reasoning settings passed through to OpenAI-compatible and Gemini requests."""

from __future__ import annotations

from pathlib import Path

import pytest

from llm_server import FakeLLMServer, Text
from toolgen.llm import LLMRequest, open_llm_runtime, resolve_llm_settings
from toolgen.llm.settings import SettingsError

ASK = LLMRequest(messages=({"role": "user", "content": "hi"},))


def _settings(tmp: Path, base_url: str, provider: str = "openai", **extra: str):  # type: ignore[no-untyped-def]
    env = {"TOOLGEN_LLM_PROVIDER": provider, "TOOLGEN_LLM_BASE_URL": base_url,
           "OPENAI_API_KEY": "sk-test-reasoning-0123456789",
           "GEMINI_API_KEY": "gm-test-reasoning-0123456789",
           "TOOLGEN_LLM_CACHE_DIR": str(tmp / "cache"), "TOOLGEN_LLM_NO_CACHE": "true",
           "TOOLGEN_LLM_REQUESTS_PER_MINUTE": "100000", **extra}
    return resolve_llm_settings(env, None)


async def test_role_budget_and_effort_reach_the_request(tmp_path: Path) -> None:
    with FakeLLMServer() as server:
        settings = _settings(tmp_path, server.openai_base_url,
                             TOOLGEN_LLM_MAX_OUTPUT_TOKENS="300",
                             TOOLGEN_LLM_ROLE_MAX_OUTPUT_TOKENS="assistant=1024",
                             TOOLGEN_LLM_REASONING_EFFORT="high")
        async with open_llm_runtime(settings) as rt:
            await rt.for_role("assistant").complete(ASK)
            await rt.for_role("judge").complete(ASK)
    first, second = server.requests
    assert first.body["max_tokens"] == 1024 and second.body["max_tokens"] == 300
    assert first.body["reasoning_effort"] == "high"


async def test_an_empty_reply_is_asked_again_with_a_bigger_budget(tmp_path: Path) -> None:
    with FakeLLMServer() as server:
        server.push(Text(""), Text("fine"))
        settings = _settings(tmp_path, server.openai_base_url, TOOLGEN_LLM_MAX_OUTPUT_TOKENS="256")
        async with open_llm_runtime(settings) as rt:
            reply = await rt.for_role("assistant").complete(ASK)
    assert reply.text == "fine"
    assert [r.body["max_tokens"] for r in server.requests] == [256, 512]
    assert rt.length_retries.notes and "empty" in rt.length_retries.notes[0]


async def test_gemini_thinking_budget_is_passed_through(tmp_path: Path) -> None:
    with FakeLLMServer() as server:
        settings = _settings(tmp_path, server.gemini_base_url, provider="gemini",
                             TOOLGEN_LLM_THINKING_BUDGET="512")
        async with open_llm_runtime(settings) as rt:
            await rt.for_role("planner").complete(ASK)
    body = server.requests[0].body
    assert body["generationConfig"]["thinkingConfig"] == {"thinkingBudget": 512}


def test_a_bad_role_budget_names_the_variable(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="TOOLGEN_LLM_ROLE_MAX_OUTPUT_TOKENS"):
        _settings(tmp_path, "http://127.0.0.1:9", TOOLGEN_LLM_ROLE_MAX_OUTPUT_TOKENS="assistant")
