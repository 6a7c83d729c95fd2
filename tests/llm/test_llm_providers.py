"""Both providers against the fake HTTP server: text, tool calls, JSON, errors, headers."""

from __future__ import annotations

import json

import pytest

from llm_server import Call, FakeLLMServer, HTTPError, JSONReply, RawBody, Text, ToolCalls
from toolgen.llm.errors import FatalLLMError, RateLimitedError, ServerError
from toolgen.llm.registry import ProviderConfig, build_provider

from .helpers import SECRET, WEATHER_TOOL, ask, gemini_provider, openai_provider

PROVIDERS = [openai_provider, gemini_provider]


@pytest.mark.parametrize("make", PROVIDERS)
async def test_text_reply(make, fake_llm_server: FakeLLMServer) -> None:
    fake_llm_server.push(Text("hi there"))
    provider = make(fake_llm_server)
    try:
        completion = await provider.complete(ask(max_tokens=50, temperature=0.2, seed=7))
    finally:
        await provider.aclose()
    assert completion.text == "hi there"
    assert completion.finish_reason == "stop"
    assert completion.usage.prompt_tokens > 0
    sent = fake_llm_server.requests[0]
    assert sent.max_tokens == 50
    assert sent.messages[-1]["content"] == "Hello"


@pytest.mark.parametrize("make", PROVIDERS)
async def test_tool_call_round_trip(make, fake_llm_server: FakeLLMServer) -> None:
    fake_llm_server.push(ToolCalls((Call("get_weather", {"city": "Paris"}),)))
    provider = make(fake_llm_server)
    try:
        completion = await provider.complete(ask("Weather in Paris?", tools=(WEATHER_TOOL,)))
    finally:
        await provider.aclose()
    assert completion.finish_reason == "tool_calls"
    (call,) = completion.tool_calls
    assert call.name == "get_weather"
    assert call.arguments == {"city": "Paris"}
    sent = fake_llm_server.requests[0]
    assert sent.tools[0]["name"] == "get_weather"
    assert sent.tools[0]["parameters"]["required"] == ["city"]


@pytest.mark.parametrize("make", PROVIDERS)
async def test_history_with_tool_results_is_mapped(make, fake_llm_server: FakeLLMServer) -> None:
    provider = make(fake_llm_server)
    history = (
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Weather in Paris?"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": '{"temp_c": 21}'},
    )
    from toolgen.llm.types import LLMRequest

    try:
        completion = await provider.complete(LLMRequest(messages=history, tools=(WEATHER_TOOL,)))
    finally:
        await provider.aclose()
    assert completion.text == "Here is what I found."  # smart reply after a tool result
    sent = fake_llm_server.requests[0]
    assert [m["role"] for m in sent.messages] == ["system", "user", "assistant", "tool"]
    assert json.loads(sent.messages[-1]["content"]) == {"temp_c": 21}


async def test_gemini_key_only_in_header(fake_llm_server: FakeLLMServer) -> None:
    provider = gemini_provider(fake_llm_server)
    try:
        await provider.complete(ask())
    finally:
        await provider.aclose()
    sent = fake_llm_server.requests[0]
    assert sent.headers["x-goog-api-key"] == SECRET
    assert SECRET not in sent.path
    assert "key=" not in sent.path
    assert sent.path == "/v1beta/models/gemini-3.1-flash-lite:generateContent"


async def test_gemini_structured_output_and_tool_choice(fake_llm_server: FakeLLMServer) -> None:
    schema = {"type": "object", "properties": {"goal": {"type": "string"}}, "required": ["goal"]}
    provider = gemini_provider(fake_llm_server)
    try:
        completion = await provider.complete(ask(response_schema=schema))
        await provider.complete(
            ask(
                tools=(WEATHER_TOOL,),
                tool_choice={"type": "function", "function": {"name": "get_weather"}},
            )
        )
    finally:
        await provider.aclose()
    assert json.loads(completion.text or "") == {"goal": "example"}
    body = fake_llm_server.requests[0].body
    assert body["generationConfig"]["responseMimeType"] == "application/json"
    assert body["generationConfig"]["responseJsonSchema"] == schema
    config = fake_llm_server.requests[1].body["toolConfig"]["functionCallingConfig"]
    assert config == {"mode": "ANY", "allowedFunctionNames": ["get_weather"]}


async def test_gemini_thought_signature_is_echoed(fake_llm_server: FakeLLMServer) -> None:
    fake_llm_server.push(ToolCalls((Call("get_weather", {"city": "Oslo"}, signature="c2lnLTE="),)))
    provider = gemini_provider(fake_llm_server)
    try:
        first = await provider.complete(ask(tools=(WEATHER_TOOL,)))
        message = first.assistant_message()
        message["tool_calls"][0].pop("thought_signature")  # a pipeline that drops it
        history = (
            {"role": "user", "content": "Weather in Oslo?"},
            message,
            {"role": "tool", "tool_call_id": first.tool_calls[0].id, "content": '{"t": 3}'},
        )
        from toolgen.llm.types import LLMRequest

        await provider.complete(LLMRequest(messages=history, tools=(WEATHER_TOOL,)))
    finally:
        await provider.aclose()
    model_turn = fake_llm_server.requests[1].body["contents"][1]
    assert model_turn["parts"][0]["thoughtSignature"] == "c2lnLTE="
    response = fake_llm_server.requests[1].body["contents"][2]["parts"][0]["functionResponse"]
    assert response == {"name": "get_weather", "response": {"t": 3}}


async def test_openai_structured_output_request(fake_llm_server: FakeLLMServer) -> None:
    fake_llm_server.push(JSONReply({"goal": "book"}))
    schema = {"type": "object", "properties": {"goal": {"type": "string"}}}
    provider = openai_provider(fake_llm_server)
    try:
        completion = await provider.complete(ask(response_schema=schema))
    finally:
        await provider.aclose()
    assert json.loads(completion.text or "") == {"goal": "book"}
    sent = fake_llm_server.requests[0]
    assert sent.response_schema == schema
    assert sent.headers["authorization"] == f"Bearer {SECRET}"


@pytest.mark.parametrize("make", PROVIDERS)
async def test_status_codes_map_to_typed_errors(make, fake_llm_server: FakeLLMServer) -> None:
    fake_llm_server.push(
        HTTPError(429, retry_after=7, message=f"slow down {SECRET}"),
        HTTPError(500),
        HTTPError(401, message="bad key"),
    )
    provider = make(fake_llm_server)
    try:
        with pytest.raises(RateLimitedError) as limited:
            await provider.complete(ask())
        with pytest.raises(ServerError):
            await provider.complete(ask())
        with pytest.raises(FatalLLMError) as fatal:
            await provider.complete(ask())
    finally:
        await provider.aclose()
    assert limited.value.retry_after == 7
    assert SECRET not in str(limited.value)
    assert fatal.value.status == 401


async def test_gemini_non_json_body_is_a_server_error(fake_llm_server: FakeLLMServer) -> None:
    fake_llm_server.push(RawBody(200, "<html>oops</html>", "text/html"))
    provider = gemini_provider(fake_llm_server)
    try:
        with pytest.raises(ServerError):
            await provider.complete(ask())
    finally:
        await provider.aclose()


def test_registry_builds_by_name_and_rejects_unknown() -> None:
    from toolgen.llm.errors import ProviderUnavailableError

    provider = build_provider("openai", ProviderConfig(default_model="m", base_url="http://x/v1"))
    assert provider.name == "openai"
    with pytest.raises(ProviderUnavailableError, match="unknown LLM provider"):
        build_provider("nope", ProviderConfig(default_model="m"))


def test_missing_sdk_gives_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from toolgen.llm.errors import ProviderUnavailableError

    monkeypatch.setitem(sys.modules, "openai", None)  # makes `import openai` fail
    with pytest.raises(ProviderUnavailableError, match=r"toolgen\[live\]"):
        build_provider("openai", ProviderConfig(default_model="m"))
