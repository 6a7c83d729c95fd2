"""The fake server's smart responder: schema-valid JSON and grounded tool calls."""

from __future__ import annotations

import json
from typing import Any

from jsonschema import Draft202012Validator
from pydantic import BaseModel, Field

from llm_server import FakeLLMServer, example_for_schema
from toolgen.llm.types import LLMRequest

from .helpers import WEATHER_TOOL, openai_provider


class Turn(BaseModel):
    speaker: str
    intent: str | None = None


class Plan(BaseModel):
    goal: str
    score: int = Field(ge=1, le=5)
    turns: list[Turn]


def test_example_is_valid_for_pydantic_schema() -> None:
    schema = Plan.model_json_schema()
    value = example_for_schema(schema)
    Draft202012Validator(schema).validate(value)
    assert value["score"] == 5
    assert len(value["turns"]) == 1


async def test_smart_tool_call_grounds_arguments(fake_llm_server: FakeLLMServer) -> None:
    booking = {
        "type": "function",
        "function": {
            "name": "book_hotel",
            "parameters": {
                "type": "object",
                "properties": {"hotel_id": {"type": "string"}, "nights": {"type": "integer"}},
                "required": ["hotel_id", "nights"],
            },
        },
    }
    messages: tuple[dict[str, Any], ...] = (
        {"role": "user", "content": "Find a hotel and book it, nights: 3"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "c1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": "{}"},
                }
            ],
        },
        {
            "role": "tool",
            "tool_call_id": "c1",
            "content": json.dumps({"hotels": [{"hotel_id": "H-42"}]}),
        },
    )
    provider = openai_provider(fake_llm_server)
    try:
        completion = await provider.complete(
            LLMRequest(messages=messages, tools=(WEATHER_TOOL, booking), tool_choice="required")
        )
    finally:
        await provider.aclose()
    (call,) = completion.tool_calls
    assert call.name == "book_hotel"  # get_weather was already called
    assert call.arguments == {"hotel_id": "H-42", "nights": 3}
