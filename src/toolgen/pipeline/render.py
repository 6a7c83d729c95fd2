"""Pass two of realising a plan: the dialogue text around the executed calls.

User turns state exactly the values the trace says they state (message indexes are
recorded as messages are appended); assistant answers report facts read from the tool
outputs. All language comes from `toolgen.agents.offline`.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import orjson

from toolgen.agents import offline as lang
from toolgen.agents.offline import Fact, Intent, Slot
from toolgen.executor import endpoint_info
from toolgen.pipeline.execute import CallRecord, Execution
from toolgen.pipeline.facts import facts_from
from toolgen.records import (
    ArgumentTrace,
    Endpoint,
    FunctionCall,
    Message,
    Paraphrase,
    PlannedCall,
    PlannedTurn,
    Role,
    StepTrace,
    ToolCall,
)

_SYSTEM_PROMPTS = (
    "You are a helpful assistant with access to tools. Call them when they help, and "
    "answer from their results.",
    "You are an assistant that can call functions. Ask for missing details before calling "
    "a tool.",
    "Use the available tools to help the user. Base every answer on tool results.",
    "You help users by calling the provided APIs and summarising what they return.",
)


class Transcript:
    """Messages and step traces built in conversation order."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.steps: list[StepTrace] = []
        self.said: dict[str, int] = {}  # "call_id.arg" -> index of the user message
        self.overlays: list[str] = []  # text-only patterns realised here
        self.paraphrases: list[Paraphrase] = []

    def add(self, message: Message) -> int:
        self.messages.append(message)
        return len(self.messages) - 1

    def user(self, text: str, keys: Sequence[str]) -> None:
        index = self.add(Message(role="user", content=text))
        for key in keys:
            self.said[key] = index

    def varied(self, role: Role, text: str, protected: Sequence[str], rng: random.Random,
               keys: Sequence[str] = ()) -> None:
        """Adds `text` after lexical-diversity post-processing, keeping the original."""
        new = lang.paraphrase(text, protected, rng, strength=0.5)
        index = self.add(Message(role=role, content=new))
        if new != text:
            self.paraphrases.append(Paraphrase(message_index=index, before=text))
        for key in keys:
            self.said[key] = index

    def calls(self, records: Sequence[CallRecord], content: str | None) -> None:
        tool_calls = tuple(
            ToolCall(id=r.call_id, function=FunctionCall(
                name=r.endpoint.function_name,
                arguments=orjson.dumps(r.arguments).decode()))
            for r in records
        )
        weight = 0 if any(r.intended for r in records) else None
        at = self.add(Message(role="assistant", content=content, tool_calls=tool_calls,
                              weight=weight))
        for r in records:
            self.steps.append(self._trace(r, at))
            self.add(Message(role="tool", tool_call_id=r.call_id, name=r.endpoint.function_name,
                             content=orjson.dumps(r.result.output).decode()))

    def _trace(self, r: CallRecord, at: int) -> StepTrace:
        args: dict[str, ArgumentTrace] = {}
        for name, value in r.arguments.items():
            src = r.sources.get(name)
            kind = src.source if src is not None else "injected"
            if r.intended and kind != "tool_output":
                kind = "injected" if kind == "user" and r.mistake else kind
            args[name] = ArgumentTrace(
                value=value,
                source=kind,
                message_index=self.said.get(f"{r.planned_id}.{name}")
                if kind in ("user", "clarification") else None,
                call_id=src.call_id if src is not None and kind == "tool_output" else None,
                path=src.path if src is not None and kind == "tool_output" else None,
            )
        depends = tuple(dict.fromkeys(
            a.call_id for a in args.values() if a.call_id is not None))
        return StepTrace(
            step=len(self.steps) + 1, call_id=r.call_id, endpoint_id=r.endpoint.id,
            function_name=r.endpoint.function_name, depends_on=depends, arguments=args,
            output_refs=r.result.output_refs, status=r.result.status, intended=r.intended,
            mistake=r.mistake if r.intended else None,
            effect=_effect(r),
            message_index=at,
            fault=r.fault.to_dict() if r.fault is not None else None,
        )


def _effect(r: CallRecord) -> Literal["create", "update", "delete"] | None:
    if r.result.status != "ok":
        return None
    return _EFFECTS.get(endpoint_info(r.endpoint).action)


_EFFECTS: dict[str, Literal["create", "update", "delete"]] = {
    "create": "create", "update": "update", "delete": "delete"}


def render(
    execution: Execution,
    endpoints: Mapping[str, Endpoint],
    rng: random.Random,
    missing: Endpoint | None = None,
) -> Transcript:
    """The dialogue; `missing` is an endpoint the user asks for that is not offered."""
    scenario = execution.scenario
    goal = scenario.goal
    calls = {c.call_id: c for c in scenario.calls}
    out = Transcript()
    if rng.random() < 0.5:
        out.add(Message(role="system", content=rng.choice(_SYSTEM_PROMPTS)))
    if missing is not None and "missing_tool" in scenario.patterns:
        _missing_tool(out, missing, [endpoints[c.endpoint_id] for c in scenario.calls], rng)
    facts: list[Fact] = []
    for turn in scenario.turns:
        turn_calls = [calls[cid] for step in turn.steps for cid in step]
        intents = [lang.intent_of(endpoints[c.endpoint_id]) for c in turn_calls]
        _user_turn(out, turn, scenario.calls, turn_calls, intents, facts, goal, endpoints, rng)
        if turn.clarify:
            labels = [lang.slot_label(k.split(".", 1)[1]) for k in turn.clarify]
            out.add(Message(role="assistant",
                            content=lang.assistant_clarify(labels, rng, goal.style)))
            continue
        turn_facts: list[Fact] = []
        for n, step in enumerate(turn.steps):
            rounds = max(len(execution.attempts[cid]) for cid in step)
            for k in range(rounds):
                records = [execution.attempts[cid][k] for cid in step
                           if k < len(execution.attempts[cid])]
                if k == 0:
                    content = lang.assistant_preamble(intents, rng) if n == 0 else None
                else:
                    content = _recovery_text(records[0], execution.attempts[step[0]][k - 1], rng)
                out.calls(records, content)
            for cid in step:
                r = execution.attempts[cid][-1]
                if r.result.status == "ok":
                    turn_facts.extend(facts_from(r.result.output, limit=2))
        if turn.steps:
            facts = turn_facts[:4]
            if turn.user_act == "follow_up":
                text = lang.assistant_follow_up_answer(facts, intents[0] if intents else None, rng)
            else:
                text = lang.assistant_final(facts, intents, rng)
            out.varied("assistant", text, [f.value for f in facts], rng)
    if "irrelevance" in scenario.patterns:
        question = lang.user_irrelevant(rng)
        out.add(Message(role="user", content=question))
        out.add(Message(role="assistant", content=lang.assistant_irrelevant_answer(question, rng)))
        out.overlays.append("irrelevance")
    _closing(out, goal.style, rng)
    return out


def _recovery_text(attempt: CallRecord, previous: CallRecord, rng: random.Random) -> str | None:
    """What the assistant says before a retry: it reads the error it just got."""
    kind = attempt.recovery
    if kind is None:
        return None
    if kind == "pagination":
        return lang.assistant_pagination(rng)
    return lang.assistant_error_recovery(kind, previous.result.error or "", rng)


def _missing_tool(
    out: Transcript, missing: Endpoint, offered: Sequence[Endpoint], rng: random.Random
) -> None:
    capability = lang.intent_of(missing).phrase
    alternatives = list(dict.fromkeys(lang.intent_of(e) for e in offered))
    out.add(Message(role="user", content=lang.user_request_missing_capability(capability, rng)))
    out.add(Message(role="assistant",
                    content=lang.assistant_missing_tool(capability, alternatives, rng)))
    out.overlays.append("missing_tool")


def _user_turn(
    out: Transcript,
    turn: PlannedTurn,
    all_calls: Sequence[PlannedCall],
    turn_calls: Sequence[PlannedCall],
    intents: list[Intent],
    facts: list[Fact],
    goal: Any,
    endpoints: Mapping[str, Endpoint],
    rng: random.Random,
) -> None:
    if turn.user_act == "clarification_answer":
        keys = [k for k in turn.mentions]
        slots = [_slot(all_calls, k) for k in keys]
        out.user(lang.user_clarification_answer(slots, rng, goal.style), keys)
        return
    if turn.clarify:  # the request before a clarification names every call it needs
        turn_calls = list(all_calls)
        intents = [lang.intent_of(endpoints[c.endpoint_id]) for c in turn_calls]
    keys = [f"{c.call_id}.{a.name}" for c in turn_calls for a in c.arguments
            if a.source == "user"]
    slots = [_slot(all_calls, k) for k in keys]
    if turn.user_act == "follow_up":
        intent = intents[0] if intents else lang.intent_from_text("help")
        text = lang.user_follow_up(goal, intent, slots, facts, rng)
    else:
        text = lang.user_request(goal, intents, slots, rng)
    out.varied("user", text, [s.value for s in slots], rng, keys)


def _slot(calls: Sequence[PlannedCall], key: str) -> Slot:
    call_id, name = key.split(".", 1)
    for c in calls:
        if c.call_id == call_id:
            for a in c.arguments:
                if a.name == name:
                    return Slot(name=name, label=lang.slot_label(name),
                                value=lang.value_text(a.value))
    raise KeyError(key)


def _closing(out: Transcript, style: Any, rng: random.Random) -> None:
    if rng.random() >= 0.35:
        return
    text = lang.user_closing(rng, style)
    if text:
        out.add(Message(role="user", content=text))
        out.add(Message(role="assistant", content=lang.assistant_closing(rng)))

