"""The grounding validator: every traced argument value is found in its cited source.

Sources: `user` (in the cited user message or an earlier one), `tool_output` (equal to
the value at the cited path of an earlier call's output), `default` (the schema's
default or one of its enum values), `clarification` (in a user message that answers an
assistant question), `context` (in a system message before the call: a credential the
session holds), `injected` (only on intended, weight-0 steps). The traced value
must also be the value actually passed in the call. Final-answer citations are
checked by `toolgen.judge.answer` under the same validator name.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.assistant_made import assistant_made
from toolgen.executor.first_page import first_page
from toolgen.executor.number_codes import stated_default
from toolgen.judge.answer import check_answers
from toolgen.judge.context import JudgeContext
from toolgen.judge.values import occurs_in, same_value
from toolgen.judge.view import NOT_JSON, RecordView, build_view
from toolgen.records import ArgumentTrace, Finding, Record, StepTrace
from toolgen.records.dialogue import Severity
from toolgen.records.paths import PathError, resolve

NAME = "grounding"


def _f(kind: str, message: str, severity: Severity = "error") -> Finding:
    return Finding(validator=NAME, kind=kind, message=message, severity=severity)


def _user_texts(view: RecordView, upto: int, seen: dict[int, list[str]]) -> list[str]:
    """Lower-cased contents of the user messages at or before index `upto` (kept in `seen`:
    a record's arguments mostly cite the same one or two user messages)."""
    try:
        return seen[upto]
    except KeyError:
        pass
    texts = seen[upto] = [(m.content or "").lower() for m in view.record.messages[: upto + 1]
                          if m.role == "user"]
    return texts


def _param_schema(view: RecordView, step: StepTrace, name: str) -> dict[str, Any]:
    params = view.schemas.get(step.function_name) or {}
    props = params.get("properties") if isinstance(params, dict) else None
    prop = props.get(name) if isinstance(props, dict) else None
    return prop if isinstance(prop, dict) else {}


def _check_arg(
    view: RecordView, step: StepTrace, name: str, arg: ArgumentTrace, call_at: int,
    seen: dict[int, list[str]],
) -> Finding | None:
    where = f"step {step.step} ({step.function_name}).{name}"
    msgs = view.record.messages
    src = arg.source
    if src == "injected":
        return _f("injected_not_intended", f"{where}: injected value on a step not marked intended")
    if src in ("user", "clarification"):
        idx = arg.message_index
        if idx is None or not 0 <= idx < len(msgs) or msgs[idx].role != "user":
            return _f("bad_citation", f"{where}: message_index {idx} is not a user message")
        if idx > call_at:
            return _f("bad_citation", f"{where}: cites message {idx}, after the call")
        if src == "clarification":
            prev = msgs[idx - 1] if idx > 0 else None
            if prev is None or prev.role != "assistant" or prev.tool_calls:
                return _f(
                    "clarification_unasked",
                    f"{where}: message {idx} does not answer an assistant question",
                )
            texts = [(msgs[idx].content or "").lower()]
        else:
            texts = _user_texts(view, idx, seen)
        if not occurs_in(arg.value, texts):
            return _f("user_value_missing", f"{where}: {arg.value!r} not found in message {idx}")
        return None
    if src == "tool_output":
        cid = arg.call_id
        if cid is None or arg.path is None:
            return _f("bad_citation", f"{where}: tool_output without call_id and path")
        src_at = view.call_at.get(cid)
        if src_at is None or cid not in view.answer_at:
            return _f("bad_citation", f"{where}: cites call {cid}, which has no output")
        if src_at >= call_at:
            return _f("bad_citation", f"{where}: cites call {cid}, which is not earlier")
        doc = view.output(cid)
        if doc is NOT_JSON:
            return _f("tool_output_unresolved", f"{where}: output of {cid} is not JSON")
        try:
            found = resolve(doc, arg.path)
        except PathError:
            return _f("tool_output_unresolved", f"{where}: {arg.path} not in output of {cid}")
        if not same_value(found, arg.value):
            return _f(
                "tool_output_mismatch", f"{where}: {arg.value!r} != {found!r} at {cid} {arg.path}"
            )
        return None
    if src == "context":
        said = [(m.content or "").lower() for m in msgs[:call_at] if m.role == "system"]
        if not occurs_in(arg.value, said):
            return _f("context_value_missing", f"{where}: {arg.value!r} not in a system message")
        return None
    # default
    prop = _param_schema(view, step, name)
    enum = prop.get("enum")
    if "default" in prop and same_value(prop["default"], arg.value):
        return None
    if isinstance(enum, list) and any(same_value(e, arg.value) for e in enum):
        return None
    if assistant_made(name, f"{prop.get('description', '')} {enum or ''}"):
        return None  # a client-made request id, a `format` the assistant picks
    if "default" not in prop and same_value(first_page(name, prop.get("type")), arg.value):
        return None  # a first page the assistant asks for: offset 0, ten to a page
    if "default" not in prop and prop.get("type") == "boolean" and arg.value is False:
        return None  # a flag the assistant leaves off, as a missing one reads
    described = stated_default(str(prop.get("description") or ""))
    if described is not None and str(described) == str(arg.value):
        return None  # "The default Value is 2." where the schema's default is empty
    return _f(
        "default_mismatch",
        f"{where}: {arg.value!r} is neither the schema default nor an enum value",
    )


def _check_step(view: RecordView, step: StepTrace, out: list[Finding],
                seen: dict[int, list[str]]) -> None:
    call_at = view.call_at.get(step.call_id)
    if call_at is None:
        return  # the format validator reports traces without calls
    intended = step.call_id in view.intended
    args = view.arguments(step.call_id)
    if not isinstance(args, dict):
        args = {}  # format reports it
    if not intended:
        for name in args:
            if name not in step.arguments:
                out.append(
                    _f("argument_untraced", f"step {step.step}: argument {name!r} has no trace")
                )
    for name, arg in step.arguments.items():
        if intended:
            continue  # a deliberate mistake: its values are wrong on purpose
        if name not in args:
            out.append(
                _f(
                    "trace_value_mismatch",
                    f"step {step.step}: traced {name!r} not passed in the call",
                )
            )
            continue
        if not same_value(args[name], arg.value):
            out.append(
                _f(
                    "trace_value_mismatch",
                    f"step {step.step}: {name} traced as {arg.value!r}, passed as {args[name]!r}",
                )
            )
            continue
        finding = _check_arg(view, step, name, arg, call_at, seen)
        if finding is not None:
            out.append(finding)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    seen: dict[int, list[str]] = {}
    for step in view.record.step_trace:
        _check_step(view, step, out, seen)
    out.extend(check_answers(view, ctx))
    return out


def check(record: Record, ctx: JudgeContext) -> list[Finding]:
    """Grounding findings for `record` (arguments and final-answer citations)."""
    return check_view(build_view(record), ctx)
