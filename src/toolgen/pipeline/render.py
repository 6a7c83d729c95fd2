"""Pass two of realising a plan: the dialogue text around the executed calls.

User turns state exactly the values the trace says they state (message indexes are
recorded as messages are appended); assistant answers report facts read from the tool
outputs. All language comes from `toolgen.agents.offline`.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import orjson

from toolgen.agents import offline as lang
from toolgen.agents.offline import Fact, Intent, Outcome, Slot
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
from toolgen.records.paths import walk_leaves

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
        new = lang.paraphrase(text, protected, rng, strength=0.5, disfluent=role == "user")
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
    step_of = {cid: k for k, step in enumerate(
        st for t in scenario.turns for st in t.steps) for cid in step}
    for turn in scenario.turns:
        turn_calls = [calls[cid] for step in turn.steps for cid in step]
        intents = [lang.intent_of(endpoints[c.endpoint_id]) for c in turn_calls]
        _user_turn(out, turn, scenario.calls, turn_calls, intents, facts, goal, endpoints,
                   step_of, rng)
        if turn.clarify:
            labels = [lang.slot_label(k.split(".", 1)[1]) for k in turn.clarify]
            out.add(Message(role="assistant",
                            content=lang.assistant_clarify(labels, rng, goal.style)))
            continue
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
        if turn.steps:
            outcomes = lang.said_once([_outcome(execution.attempts[c.call_id][-1], intent)
                                       for c, intent in zip(turn_calls, intents, strict=True)])
            facts = [f for o in outcomes for f in o.facts]
            text = lang.assistant_report(outcomes, rng)
            out.varied("assistant", text, [f.value for f in facts], rng)
    if "irrelevance" in scenario.patterns:
        question = lang.user_irrelevant(rng)
        out.add(Message(role="user", content=question))
        out.add(Message(role="assistant", content=lang.assistant_irrelevant_answer(question, rng)))
        out.overlays.append("irrelevance")
    _closing(out, goal.style, rng)
    return out


_FAILED = {"failed", "declined", "rejected", "denied", "error"}
_ID_LIKE = re.compile(r"[A-Za-z]\w*[_\d]|\d\w*[A-Za-z]")


def _outcome(r: CallRecord, intent: Intent) -> Outcome:
    """What the call the user asked for came to, read from its final attempt's result."""
    action = endpoint_info(r.endpoint).action
    action = action if action in _EFFECTS else ""
    status = r.result.status
    output = r.result.output
    if status == "http_404":
        return Outcome(intent, "not_found", action)
    if status != "ok" and status != "empty":
        return Outcome(intent, "error", action, reason=_plain_reason(status))
    if status == "empty" or _empty(output):
        return Outcome(intent, "empty", action)
    facts = facts_from(output, limit=5) or _any_facts(output)  # said_once keeps two
    if not action:  # a lookup reports what came back, not the id the user gave it
        given = {v for v in r.arguments.values() if isinstance(v, str) and _ID_LIKE.search(v)}
        fresh = [f for f in facts if f.value not in given]
        facts = fresh if len(fresh) >= 2 else facts
    state = str(output.get("status", "")).lower() if isinstance(output, dict) else ""
    if state in _FAILED or (action == "create" and state in ("cancelled", "canceled")):
        said = Fact(label="status", value=str(output["status"]))
        return Outcome(intent, "failed", action, (said, *[f for f in facts if f != said][:1]))
    if action and isinstance(output, dict) and isinstance(output.get("status"), str) and (
            output["status"] and all(f.label != "status" for f in facts)):
        facts = [*facts[:1], Fact(label="status", value=output["status"]), *facts[1:]]
    elif action:  # a state change reports its status second ("the payment is pending")
        facts = [*facts[:1], *[f for f in facts[1:] if f.label == "status"],
                 *[f for f in facts[1:] if f.label != "status"]]
    if not facts:
        flags = [v for _, v in walk_leaves(output) if isinstance(v, bool)]
        if flags and not all(flags):  # {"cancel_status": false}: it did not happen
            return Outcome(intent, "error", action,
                           reason="the service reported it did not succeed")
        if flags:
            return Outcome(intent, "ok", action or "update")
        return Outcome(intent, "ok" if _said_text(output) else "empty", action)
    return Outcome(intent, "ok", action, tuple(facts))


def _empty(output: Any) -> bool:
    if output in (None, "", [], {}):
        return True
    if isinstance(output, dict):
        lists = [v for v in output.values() if isinstance(v, list)]
        return bool(lists) and all(not v for v in lists) and not any(
            isinstance(v, dict) and v for v in output.values())
    return False


def _any_facts(output: Any) -> list[Fact]:
    """Any short scalar when no salient field is there: something real to report."""
    out: list[Fact] = []
    for parts, value in walk_leaves(output):
        if isinstance(value, bool) or not isinstance(value, str | int | float) or not parts:
            continue
        text = lang.value_text(value)
        keys = [p for p in parts if isinstance(p, str)]
        if text.strip() and len(text) <= 60 and keys:
            out.append(Fact(label=lang.slot_label(keys[-1]), value=text))
        if len(out) == 2:
            break
    return out or _long_facts(output)


def _long_facts(output: Any) -> list[Fact]:
    """From the first long text: the items of a comma list ("Dubai,Sharjah,...") or the
    text itself when it is one sentence; results the answer must not call empty."""
    for parts, value in walk_leaves(output):
        keys = [p for p in parts if isinstance(p, str)]
        if not isinstance(value, str) or not keys or not value.strip():
            continue
        label = lang.slot_label(keys[-1])
        items = [i.strip() for i in value.split(",")]
        if len(items) >= 3 and all(0 < len(i) <= 40 for i in items):
            return [Fact(label=label, value=i) for i in items[:3]]
        if len(value) <= 160:
            return [Fact(label=label, value=value.strip())]
    return []


def _said_text(output: Any) -> bool:
    """The output holds some text or number: the call did return something."""
    return any((isinstance(v, str) and v.strip()) or isinstance(v, int | float)
               for _, v in walk_leaves(output))


def _plain_reason(status: str) -> str:
    return {"http_401": "the service refused my credentials",
            "http_429": "the service is rate-limiting requests",
            "http_500": "the service had an internal error",
            "http_400": "the service rejected the request",
            "invalid_arguments": "the service rejected the request"}.get(
        status, "the service returned an error")


def _recovery_text(attempt: CallRecord, previous: CallRecord, rng: random.Random) -> str | None:
    """What the assistant says before a retry: it reads what it just got back."""
    kind = attempt.recovery
    if kind is None:
        return None
    if kind == "pagination":
        return lang.assistant_pagination(rng)
    if kind == "wrong_tool":
        return lang.assistant_wrong_tool(lang.intent_of(previous.endpoint),
                                         lang.intent_of(attempt.endpoint), rng)
    error = previous.result.error or ""
    if kind == "validation" and previous.result.status in ("http_500", "http_429", "http_401"):
        kind = previous.result.status
    return lang.assistant_error_recovery(kind, error, rng)


def _missing_tool(
    out: Transcript, missing: Endpoint, offered: Sequence[Endpoint], rng: random.Random
) -> None:
    capability = lang.goal_phrase(lang.intent_of(missing), rng)
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
    step_of: Mapping[str, int],
    rng: random.Random,
) -> None:
    if turn.user_act == "clarification_answer":
        mentioned = list(turn.mentions)
        said = [_slot(all_calls, k, endpoints) for k in mentioned]
        out.user(lang.user_clarification_answer(said, rng, goal.style), mentioned)
        return
    if turn.clarify:  # the request before a clarification names every call it needs
        turn_calls = list(all_calls)
        intents = [lang.intent_of(endpoints[c.endpoint_id]) for c in turn_calls]
    keys: list[str] = []
    slot_intents: list[int] = []
    for i, c in enumerate(turn_calls):
        for a in c.arguments:
            if a.source == "user":
                keys.append(f"{c.call_id}.{a.name}")
                slot_intents.append(i)
    slots = [_slot(all_calls, k, endpoints) for k in keys]
    links = _links(turn_calls, step_of)
    if turn.user_act == "follow_up":
        intent = intents[0] if intents else lang.intent_from_text("help")
        here = {c.call_id for c in turn_calls}
        builds_on = bool(turn_calls) and any(d not in here for d in turn_calls[0].depends_on)
        text = lang.user_follow_up(goal, intent, slots, facts, rng, builds_on=builds_on,
                                   more=intents[1:], slot_intents=slot_intents, links=links)
    else:
        text = lang.user_request(goal, intents, slots, rng, slot_intents, links)
    out.varied("user", text, [s.value for s in slots], rng, keys)


def _links(turn_calls: Sequence[PlannedCall], step_of: Mapping[str, int]) -> list[str]:
    """How each call relates to the one before it: in the same step ("with", made in
    parallel, so said as independent), using an earlier result ("then_it"), or later."""
    links = ["first"]
    for prev, c in itertools.pairwise(turn_calls):
        if step_of.get(c.call_id, -1) == step_of.get(prev.call_id, -2):
            links.append("with")
        elif c.depends_on:
            links.append("then_it")
        else:
            links.append("then")
    return links


def _slot(calls: Sequence[PlannedCall], key: str, endpoints: Mapping[str, Endpoint]) -> Slot:
    call_id, name = key.split(".", 1)
    for c in calls:
        if c.call_id != call_id:
            continue
        param = next((p for p in endpoints[c.endpoint_id].parameters if p.name == name), None)
        schema = param.json_schema if param is not None else {}
        for a in c.arguments:
            if a.name == name:
                text = lang.value_text(a.value)
                if isinstance(a.value, str) and isinstance(schema.get("enum"), list):
                    text = lang.spoken(text)  # the call keeps the exact literal
                elif isinstance(a.value, list | dict):
                    text = _listed(a.value) or text
                kind = schema.get("type") if isinstance(schema.get("type"), str) else ""
                return Slot(name=name, label=lang.slot_label(name), value=text,
                            hint=(param.description if param is not None else "").lower(),
                            kind=str(kind), raw=a.value)
    raise KeyError(key)


def _listed(value: Any) -> str:
    """A list or object said as a person lists things ("itm_1, itm_2 and itm_3"); every
    scalar appears verbatim. Empty when it holds nothing sayable (then JSON is used)."""
    items = [lang.value_text(v) for _, v in walk_leaves(value)
             if isinstance(v, str | int | float) and not isinstance(v, bool)]
    if not items or any(not i.strip() for i in items):
        return ""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _closing(out: Transcript, style: Any, rng: random.Random) -> None:
    if rng.random() >= 0.35:
        return
    text = lang.user_closing(rng, style)
    if text:
        out.add(Message(role="user", content=text))
        out.add(Message(role="assistant", content=lang.assistant_closing(rng)))
