"""The live agents' acceptance checks, feedback retries and fallbacks (scripted LLM)."""

from __future__ import annotations

from toolgen.agents.live import (
    AnswerSlot,
    PlannedToolCall,
    UserSlot,
    cites_any,
    decide_calls,
    final_answer,
    missing_values,
    scaffold_dialogue,
    user_turn,
)
from toolgen.llm import ScriptedLLM
from toolgen.llm.scripted import tool_call_completion

TOOLS = ({"type": "function", "function": {"name": "get_weather", "parameters": {
    "type": "object", "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
    "required": ["city"]}}},)
PLANNED = [PlannedToolCall("get_weather", {"city": "Lyon", "days": 3}, frozenset({"city"}))]
HISTORY = [{"role": "user", "content": "Weather in Lyon for 3 days?"}]


def test_checks() -> None:
    assert missing_values("Book 2 seats in Lyon", ["Lyon", 2, "Nice"]) == ["Nice"]
    assert cites_any("It costs 12.50 EUR", ["12.50"]) and not cites_any("ok", ["x1"])


async def test_user_turn_retries_once_then_falls_back() -> None:
    llm = ScriptedLLM(["Hello there", "Lyon for 3 days please"])
    text = await user_turn(llm, persona="p", goal="g", history="", values=["Lyon", 3],
                           hint="h", seed=1)
    assert text == "Lyon for 3 days please"
    assert "Lyon" in str(llm.requests[1].messages[-1]["content"])  # feedback names it
    llm = ScriptedLLM(["no values", "still none"])
    assert await user_turn(llm, persona="p", goal="g", history="", values=["Lyon"],
                           hint="h", seed=1) is None


async def test_assistant_accepts_planned_call_and_grounded_extras() -> None:
    llm = ScriptedLLM([tool_call_completion("get_weather", {"city": "Lyon", "days": 3})])
    decision = await decide_calls(llm, HISTORY, TOOLS, PLANNED, HISTORY[0]["content"], 1)
    assert decision.accepted and decision.attempts == 1
    only_city = [PlannedToolCall("get_weather", {"city": "Lyon"}, frozenset({"city"}))]
    llm = ScriptedLLM([tool_call_completion("get_weather", {"city": "Lyon", "days": 3})] * 3)
    grounded = await decide_calls(llm, HISTORY, TOOLS, only_city, "Lyon for 3 days", 1)
    assert grounded.accepted  # the extra argument is stated by the user
    ungrounded = await decide_calls(llm, HISTORY, TOOLS, only_city, "Lyon please", 1)
    assert not ungrounded.accepted


async def test_assistant_mismatch_gets_one_retry_then_rejected() -> None:
    wrong = tool_call_completion("get_weather", {"city": "Paris"})
    llm = ScriptedLLM([wrong, tool_call_completion("get_weather", {"city": "Lyon", "days": 3})])
    decision = await decide_calls(llm, HISTORY, TOOLS, PLANNED, HISTORY[0]["content"], 1)
    assert decision.accepted and decision.attempts == 2
    assert llm.requests[1].messages[-1]["role"] == "tool"  # the feedback
    llm = ScriptedLLM([wrong, wrong])
    decision = await decide_calls(llm, HISTORY, TOOLS, PLANNED, HISTORY[0]["content"], 1)
    assert not decision.accepted and decision.problems


async def test_summary_must_cite_a_fact() -> None:
    llm = ScriptedLLM(["All good!", "It will be 21 degrees."])
    assert await final_answer(llm, HISTORY, ["21"], 1) == "It will be 21 degrees."
    llm = ScriptedLLM(["All good!", "Sunny."])
    assert await final_answer(llm, HISTORY, ["21"], 1) is None


async def test_compact_scaffold_is_one_call() -> None:
    reply = ('{"persona": "a hiker", "summary": "Wants the Lyon forecast for a trip.", '
             '"user_messages": ["Forecast for Lyon, 3 days?"], "answers": ["21 degrees."]}')
    llm = ScriptedLLM([reply])
    scaffold = await scaffold_dialogue(
        llm, domain="weather", persona="p", summary="s",
        calls=[{"function": "get_weather", "arguments": {"city": "Lyon"}}],
        users=[UserSlot(("Lyon", 3), "draft")], answers=[AnswerSlot(("21",), ("get_weather",))],
        seed=1)
    assert scaffold is not None and len(llm.requests) == 1
    assert scaffold.user_messages == ("Forecast for Lyon, 3 days?",)
