"""Structural repairs: dangling calls, missing tool results, invalid arguments.

Each fix works on the record's messages and trace only and is re-judged by the caller.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

import orjson

from toolgen.executor import validator_for
from toolgen.records import Endpoint, Finding, FunctionCall, Message, Record, ToolCall


class _Runtime(Protocol):
    @property
    def endpoints(self) -> Mapping[str, Endpoint]: ...


Note = tuple[str, str]

_DANGLING = {"call_unanswered", "dangling_call", "missing_tool_result", "unanswered_call"}
_INVALID = {"invalid_arguments", "arguments_invalid", "schema_invalid", "args_invalid"}


def repair_record(
    record: Record, findings: Sequence[Finding], rt: _Runtime
) -> tuple[Record | None, Note | None]:
    """The first structural fix that applies to `findings`, or (None, None)."""
    kinds = {f.kind for f in findings if f.severity == "error"}
    if kinds & _DANGLING:
        return drop_unanswered_calls(record), ("drop_dangling_call",
                                               "removed tool calls that had no tool result")
    if kinds & _INVALID:
        fixed = drop_invalid_optional_arguments(record, rt)
        if fixed is not None:
            return fixed, ("drop_invalid_arguments",
                           "removed optional arguments the schema rejects")
    return None, None


def drop_unanswered_calls(record: Record) -> Record:
    """Remove tool calls that no tool message answers (and their trace steps)."""
    answered = {m.tool_call_id for m in record.messages if m.role == "tool"}
    messages: list[Message] = []
    for m in record.messages:
        if m.tool_calls:
            kept = tuple(tc for tc in m.tool_calls if tc.id in answered)
            if not kept and not m.content:
                continue
            m = m.model_copy(update={"tool_calls": kept or None})
        messages.append(m)
    steps = tuple(s for s in record.step_trace if s.call_id in answered)
    return record.model_copy(update={"messages": tuple(messages), "step_trace": steps})


def drop_invalid_optional_arguments(record: Record, rt: _Runtime) -> Record | None:
    """Drop optional arguments that fail their schema; None when a required one fails."""
    changed = False
    messages: list[Message] = []
    steps = {s.call_id: s for s in record.step_trace}
    new_steps = dict(steps)
    for m in record.messages:
        if not m.tool_calls:
            messages.append(m)
            continue
        calls: list[ToolCall] = []
        for tc in m.tool_calls:
            step = steps.get(tc.id)
            endpoint = rt.endpoints.get(step.endpoint_id) if step else None
            if endpoint is None or step is None:
                calls.append(tc)
                continue
            args = orjson.loads(tc.function.arguments)
            errors = validator_for(endpoint)(args)
            required = {p.name for p in endpoint.parameters if p.required}
            bad = {n for n in args if any(f"'{n}'" in e for e in errors)}
            if bad & required:
                return None
            if bad:
                changed = True
                args = {k: v for k, v in args.items() if k not in bad}
                new_steps[tc.id] = step.model_copy(update={"arguments": {
                    k: v for k, v in step.arguments.items() if k not in bad}})
                tc = tc.model_copy(update={"function": FunctionCall(
                    name=tc.function.name, arguments=orjson.dumps(args).decode())})
            calls.append(tc)
        messages.append(m.model_copy(update={"tool_calls": tuple(calls)}))
    if not changed:
        return None
    trace = tuple(new_steps[s.call_id] for s in record.step_trace)
    return record.model_copy(update={"messages": tuple(messages), "step_trace": trace})
