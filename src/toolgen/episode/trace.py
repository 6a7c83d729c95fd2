"""Recording a turn: the message it adds, and a step trace per executed call."""

from __future__ import annotations

from typing import Literal

import orjson

from toolgen.episode.state import EpisodeState, Executed, Utterance
from toolgen.executor import endpoint_info
from toolgen.records import (
    ArgumentTrace,
    FunctionCall,
    Message,
    Paraphrase,
    StepTrace,
    ToolCall,
)

_EFFECTS: dict[str, Literal["create", "update", "delete"]] = {
    "create": "create", "update": "update", "delete": "delete"}


def record_utterance(state: EpisodeState, said: Utterance) -> int:
    """Append `said` as a message; returns its index."""
    tool_calls = tuple(
        ToolCall(id=c.call_id, function=FunctionCall(
            name=c.endpoint.function_name, arguments=orjson.dumps(c.arguments).decode()))
        for c in said.calls
    ) or None
    weight = 0 if any(c.intended for c in said.calls) else None
    at = state.add(Message(role=said.role, content=said.content, tool_calls=tool_calls,
                           weight=weight))
    state.utterances.append(said)
    for key in said.states:
        state.said[key] = at
    if said.before is not None and said.before != said.content:
        state.paraphrases.append(Paraphrase(message_index=at, before=said.before))
    if said.offline is not None:
        state.replaced[at] = said.offline
    if "decision" in said.note:  # a live assistant was asked for this message's calls
        state.origins[at] = said.origin
    return at


def record_call(state: EpisodeState, done: Executed, at: int) -> None:
    """The step trace and the tool message of one executed call of message `at`."""
    state.executed.append(done)
    state.steps.append(step_trace(state, done, at))
    call = done.call
    state.add(Message(role="tool", tool_call_id=call.call_id, name=call.endpoint.function_name,
                      content=orjson.dumps(done.result.output).decode()))
    if done.result.status == "ok":
        state.outputs[call.call_id] = done.result.output


def step_trace(state: EpisodeState, done: Executed, at: int) -> StepTrace:
    r = done.call
    args: dict[str, ArgumentTrace] = {}
    for name, value in r.arguments.items():
        src = r.sources.get(name)
        kind = src.source if src is not None else "injected"
        if r.intended and kind != "tool_output":
            kind = "injected" if kind == "user" and r.mistake else kind
        said = r.said_at.get(name, state.said.get(f"{r.planned_id}.{name}"))
        args[name] = ArgumentTrace(
            value=value,
            source=kind,
            message_index=said if kind in ("user", "clarification") else None,
            call_id=src.call_id if src is not None and kind == "tool_output" else None,
            path=src.path if src is not None and kind == "tool_output" else None,
        )
    depends = tuple(dict.fromkeys(a.call_id for a in args.values() if a.call_id is not None))
    result = done.result
    effect = _EFFECTS.get(endpoint_info(r.endpoint).action) if result.status == "ok" else None
    return StepTrace(
        step=len(state.steps) + 1, call_id=r.call_id, endpoint_id=r.endpoint.id,
        function_name=r.endpoint.function_name, depends_on=depends, arguments=args,
        output_refs=result.output_refs, status=result.status, intended=r.intended,
        mistake=r.mistake if r.intended else None, effect=effect, message_index=at,
        fault=done.fault.to_dict() if done.fault is not None else None,
    )
