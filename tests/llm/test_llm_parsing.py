"""Robust output helpers: JSON extraction, truncation, tool-call validation, retries."""

from __future__ import annotations

import pytest

from toolgen.llm.ask import complete_json, complete_tool_calls
from toolgen.llm.errors import (
    BadReplyError,
    EmptyReplyError,
    MissingToolCallError,
    TruncatedReplyError,
)
from toolgen.llm.parsing import parse_json_object, parse_json_reply, schema_error
from toolgen.llm.scripted import ScriptedLLM, tool_call_completion
from toolgen.llm.toolcalls import require_tool_calls, tool_call_error
from toolgen.llm.types import Completion, CompletionToolCall, LLMRequest

from .helpers import WEATHER_TOOL, ask


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1}',
        '```json\n{"a": 1}\n```',
        'Sure! Here it is:\n```\n{"a": 1}\n```\nAnything else?',
        'Here you go: {"a": 1} Hope this helps {not json}',
        '  {"a": 1}\n\nI chose a=1 because {reasons}.',
        'Result {"a": 1}',
    ],
)
def test_json_is_found(text: str) -> None:
    assert parse_json_reply(text) == {"a": 1}


def test_arrays_and_objects() -> None:
    assert parse_json_reply("[1, 2]") == [1, 2]
    with pytest.raises(BadReplyError, match="expected a JSON object"):
        parse_json_object("[1, 2]")


@pytest.mark.parametrize(
    "text",
    ['{"goal": "book a fl', '```json\n{"a": [1, 2, {"b": "x"\n', '{"a": "}{'],
)
def test_truncated_json_is_detected(text: str) -> None:
    with pytest.raises(TruncatedReplyError):
        parse_json_reply(text)


def test_finish_reason_length_means_truncated() -> None:
    with pytest.raises(TruncatedReplyError):
        parse_json_reply("I will now write the JSON", finish_reason="length")


@pytest.mark.parametrize("text", [None, "", "   \n"])
def test_empty(text: str | None) -> None:
    with pytest.raises(EmptyReplyError):
        parse_json_reply(text)


def test_prose_and_malformed() -> None:
    with pytest.raises(BadReplyError, match="no JSON"):
        parse_json_reply("I cannot help with that.")
    with pytest.raises(BadReplyError, match="invalid JSON"):
        parse_json_reply('{"a": 1,, }')


def test_schema_error_message() -> None:
    schema = {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}
    assert schema_error({"n": 3}, schema) is None
    assert "'n' is a required property" in (schema_error({}, schema) or "")
    assert (schema_error({"n": "x"}, schema) or "").startswith("n: ")


def test_tool_call_error_messages() -> None:
    tools = (WEATHER_TOOL,)
    good = CompletionToolCall(id="1", name="get_weather", arguments={"city": "Rome"})
    assert tool_call_error(good, tools) is None
    unknown = CompletionToolCall(id="1", name="get_wether", arguments={})
    assert "Unknown function 'get_wether'" in (tool_call_error(unknown, tools) or "")
    bad = CompletionToolCall(id="1", name="get_weather", arguments={"city": 3})
    assert "Invalid arguments for get_weather: city" in (tool_call_error(bad, tools) or "")
    broken = CompletionToolCall(id="1", name="get_weather", arguments='{"city": ')
    assert "not valid JSON" in (tool_call_error(broken, tools) or "")
    with pytest.raises(MissingToolCallError):
        require_tool_calls(Completion(text="The weather is nice."))


async def test_complete_json_grows_budget_after_truncation() -> None:
    llm = ScriptedLLM(
        [Completion(text='{"goal": "bo', finish_reason="length"), '```json\n{"goal": "book"}\n```']
    )
    schema = {"type": "object", "required": ["goal"]}
    outcome = await complete_json(llm, ask(max_tokens=200, response_schema=schema))
    assert outcome.value == {"goal": "book"}
    assert outcome.attempts == 2
    assert llm.requests[1].max_tokens == 400
    assert len(llm.requests[1].messages) == 1  # same conversation, bigger budget


async def test_complete_json_sends_schema_error_back() -> None:
    llm = ScriptedLLM(['{"goal": 3}', '{"goal": "ok"}'])
    schema = {"type": "object", "properties": {"goal": {"type": "string"}}}
    outcome = await complete_json(llm, ask(response_schema=schema))
    assert outcome.value == {"goal": "ok"}
    assert "schema" in outcome.problems[0]
    assert "does not match the schema" in llm.requests[1].messages[-1]["content"]


async def test_complete_json_gives_up() -> None:
    llm = ScriptedLLM(["nope", "still no", "never"])
    with pytest.raises(BadReplyError, match="no usable JSON after 3 attempts"):
        await complete_json(llm, ask())


async def test_invalid_arguments_get_one_more_try() -> None:
    llm = ScriptedLLM(
        [
            tool_call_completion("get_weather", {"city": 5}, "c1"),
            tool_call_completion("get_weather", {"city": "Rome"}, "c2"),
        ]
    )
    outcome = await complete_tool_calls(llm, ask(tools=(WEATHER_TOOL,)))
    assert outcome.completion.tool_calls[0].arguments == {"city": "Rome"}
    assert outcome.problems and "city" in outcome.problems[0]
    retry: LLMRequest = llm.requests[1]
    assert retry.messages[-2]["tool_calls"][0]["id"] == "c1"
    assert retry.messages[-1]["role"] == "tool"
    assert retry.messages[-1]["content"].startswith("Error: Invalid arguments")


async def test_prose_instead_of_call_is_nudged() -> None:
    llm = ScriptedLLM(["It is sunny.", tool_call_completion("get_weather", {"city": "Rome"})])
    outcome = await complete_tool_calls(llm, ask(tools=(WEATHER_TOOL,)))
    assert outcome.attempts == 2
    assert llm.requests[1].tool_choice == "required"


async def test_tool_call_repairs_run_out() -> None:
    llm = ScriptedLLM(["prose", "more prose"])
    with pytest.raises(MissingToolCallError):
        await complete_tool_calls(llm, ask(tools=(WEATHER_TOOL,)))
