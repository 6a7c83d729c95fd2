"""The live agents' acceptance checks, feedback retries and fallbacks (scripted LLM)."""

from __future__ import annotations

from typing import Any

from toolgen.agents.live import (
    AnswerSlot,
    LiveAssistant,
    UserSlot,
    cites_any,
    final_answer,
    missing_values,
    scaffold_dialogue,
    user_turn,
)
from toolgen.episode import EpisodeState, MadeCall, Utterance
from toolgen.llm import ScriptedLLM
from toolgen.llm.scripted import tool_call_completion
from toolgen.records import Endpoint, Message, Parameter, PlannedArg

TOOLS = ({"type": "function", "function": {"name": "get_weather", "parameters": {
    "type": "object", "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
    "required": ["city"]}}},)
WEATHER = Endpoint(
    id="Weather/w/get_weather", function_name="get_weather", tool_id="Weather/w",
    tool_name="W", category="Weather", name="get weather",
    parameters=(Parameter(name="city", raw_name="city", type_label="STRING",
                          json_schema={"type": "string"}, required=True),
                Parameter(name="days", raw_name="days", type_label="NUMBER",
                          json_schema={"type": "integer"}, required=False)),
)
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


class _Policy:
    """The offline side: proposes the planned call, once."""

    def __init__(self, args: dict[str, Any]) -> None:
        sources = {k: PlannedArg(name=k, source="user", value=v) for k, v in args.items()}
        self.call = MadeCall("call_1", WEATHER, args, sources, "call_1")

    async def next(self, state: EpisodeState) -> Utterance | None:
        return Utterance("assistant", None, calls=[self.call], act="call")


async def _guard(label: str, step: Any) -> Any:
    return await step


async def _decide(llm: ScriptedLLM, planned: dict[str, Any], said: str) -> Utterance | None:
    state = EpisodeState(messages=[Message(role="user", content=said)])
    agent = LiveAssistant(_Policy(planned), llm, TOOLS, {WEATHER.id: WEATHER}, 1, _guard)
    return await agent.next(state)


async def test_assistant_keeps_its_own_grounded_call() -> None:
    llm = ScriptedLLM([tool_call_completion("get_weather", {"city": "Lyon", "days": 3})])
    said = await _decide(llm, {"city": "Lyon", "days": 3}, "Weather in Lyon for 3 days?")
    assert said is not None and said.origin == "llm" and len(llm.requests) == 1
    # Another value the user stated is the model's to choose; it is what gets executed.
    llm = ScriptedLLM([tool_call_completion("get_weather", {"city": "Nice", "days": 3})])
    said = await _decide(llm, {"city": "Lyon"}, "Lyon or maybe Nice, for 3 days")
    assert said is not None and said.origin == "llm"
    assert said.calls[0].arguments == {"city": "Nice", "days": 3}
    assert said.calls[0].said_at == {"city": 0, "days": 0}


async def test_assistant_ungrounded_value_gets_feedback_without_the_answer() -> None:
    wrong = tool_call_completion("get_weather", {"city": "Paris"})
    llm = ScriptedLLM([wrong, tool_call_completion("get_weather", {"city": "Lyon"})])
    said = await _decide(llm, {"city": "Lyon"}, "Weather in Lyon?")
    assert said is not None and said.origin == "llm_retry"
    feedback = str(llm.requests[1].messages[-1]["content"])
    assert llm.requests[1].messages[-1]["role"] == "tool"
    assert "'Paris'" in feedback and "Lyon" not in feedback  # names the problem, not the answer
    llm = ScriptedLLM([wrong, wrong])
    said = await _decide(llm, {"city": "Lyon"}, "Weather in Lyon?")
    assert said is not None and said.origin == "offline"
    assert said.calls[0].arguments == {"city": "Lyon"}  # the policy's call stands


async def test_assistant_invalid_or_other_call_is_named() -> None:
    llm = ScriptedLLM([tool_call_completion("get_weather", {"days": 3}),
                       tool_call_completion("get_weather", {"city": "Lyon"})])
    said = await _decide(llm, {"city": "Lyon"}, "Weather in Lyon?")
    assert said is not None and said.origin == "llm_retry"
    assert "city" in str(llm.requests[1].messages[-1]["content"])


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


async def test_user_turn_refuses_a_preamble_the_assistant_voice_and_a_withheld_value() -> None:
    llm = ScriptedLLM(["Here's the user's next message: Lyon for 3 days", "Lyon for 3 days"])
    text = await user_turn(llm, persona="p", goal="g", history="", values=["Lyon"],
                           hint="h", seed=1)
    assert text == "Lyon for 3 days"
    assert "preamble" in str(llm.requests[1].messages[-1]["content"])
    llm = ScriptedLLM(["Lyon? How can I help you with that?", "What about Lyon?"])
    assert await user_turn(llm, persona="p", goal="g", history="", values=["Lyon"],
                           hint="h", seed=1) == "What about Lyon?"
    assert "as the user" in str(llm.requests[1].messages[-1]["content"])
    llm = ScriptedLLM(["Lyon, from 2026-05-02", "Lyon, from 2026-05-02 please"])
    assert await user_turn(llm, persona="p", goal="g", history="", values=["Lyon"],
                           hint="h", seed=1, withheld=["2026-05-02"]) is None
    assert "2026-05-02" in str(llm.requests[1].messages[-1]["content"])


async def test_summary_refuses_a_reply_about_the_reply() -> None:
    llm = ScriptedLLM(["Here is a friendly reply to the user: it is 21 degrees.",
                       "It will be 21 degrees."])
    assert await final_answer(llm, HISTORY, ["21"], 1) == "It will be 21 degrees."
    assert "preamble" in str(llm.requests[1].messages[-1]["content"])
