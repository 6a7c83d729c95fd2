"""The format validator: OpenAI chat structure, call/answer pairing, argument schemas.

Checks role order (optional system, then a user first), that every assistant tool call
is answered by exactly one tool message in the block right after it, that no tool
message answers an unknown call, unique call ids, that called names are offered in
`tools` and arguments are a JSON object valid against the tool's schema, that the
conversation ends with assistant text, and that step_trace matches the calls 1:1.
Deliberate mistakes (weight-0 turns, intended steps) are exempt from the name and
schema checks: they are meant to be wrong.
"""

from __future__ import annotations

from toolgen.judge.context import JudgeContext
from toolgen.judge.schemas import checker
from toolgen.judge.view import NOT_JSON, RecordView, build_view
from toolgen.records import Finding, Record
from toolgen.records.dialogue import Severity

NAME = "format"


def _f(kind: str, message: str, severity: Severity = "error") -> Finding:
    return Finding(validator=NAME, kind=kind, message=message, severity=severity)


def _roles(view: RecordView, out: list[Finding]) -> None:
    msgs = view.record.messages
    start = 1 if msgs and msgs[0].role == "system" else 0
    if start >= len(msgs) or msgs[start].role != "user":
        out.append(_f("role_order", "conversation must start with a user message"))
    for i, m in enumerate(msgs):
        if m.role == "system" and i != 0:
            out.append(_f("role_order", f"message {i}: system message after the start"))
        elif m.role in ("user", "assistant") and m.tool_call_id is not None:
            out.append(_f("role_order", f"message {i}: {m.role} message carries tool_call_id"))
        elif m.role == "assistant" and not m.tool_calls and not (m.content or "").strip():
            out.append(_f("empty_message", f"message {i}: assistant message with no text or calls"))
    last = msgs[-1] if msgs else None
    if (
        last is None
        or last.role != "assistant"
        or last.tool_calls
        or not (last.content or "").strip()
    ):
        out.append(_f("no_final_answer", "conversation does not end with assistant text"))


def _pairing(view: RecordView, out: list[Finding]) -> None:
    msgs = view.record.messages
    seen: set[str] = set()
    pending: set[str] = set()
    answered: set[str] = set()
    for i, m in enumerate(msgs):
        if m.role == "tool":
            cid = m.tool_call_id
            if cid is None or cid not in seen:
                out.append(
                    _f(
                        "dangling_tool_message",
                        f"message {i}: tool message answers no earlier call ({cid!r})",
                    )
                )
            elif cid in answered:
                out.append(_f("duplicate_tool_message", f"message {i}: call {cid} answered twice"))
            elif cid not in pending:
                out.append(
                    _f("late_tool_message", f"message {i}: call {cid} answered outside its block")
                )
            else:
                pending.discard(cid)
                answered.add(cid)
            continue
        # Any non-tool message closes the previous call block.
        for cid in sorted(pending):
            out.append(_f("unanswered_call", f"call {cid} has no tool message right after it"))
        pending.clear()
        if m.role == "assistant" and m.tool_calls:
            for c in m.tool_calls:
                if c.id in seen:
                    out.append(_f("duplicate_call_id", f"message {i}: call id {c.id} reused"))
                    continue
                seen.add(c.id)
                pending.add(c.id)
    for cid in sorted(pending):
        out.append(_f("unanswered_call", f"call {cid} has no tool message right after it"))


def _arguments(view: RecordView, out: list[Finding]) -> None:
    for site in view.calls:
        call = site.call
        if call.id in view.intended:
            continue
        name = call.function.name
        where = f"message {site.message_index}, call {call.id}"
        schema = view.schemas.get(name)
        if schema is None:
            out.append(_f("unknown_function", f"{where}: {name!r} is not an offered tool"))
            continue
        args = view.arguments(call.id)
        if args is NOT_JSON:
            out.append(_f("arguments_not_json", f"{where}: arguments are not JSON"))
            continue
        if not isinstance(args, dict):
            out.append(_f("arguments_not_object", f"{where}: arguments are not a JSON object"))
            continue
        check = checker(schema)
        if isinstance(check, str):
            out.append(_f("schema_unusable", f"{where}: {name}: {check}", "warning"))
            continue
        reason = check(args)
        if reason is not None:
            out.append(_f("arguments_schema", f"{where}: {name}: {reason}"))


def _trace(view: RecordView, out: list[Finding]) -> None:
    by_call = {s.call.id: s for s in view.calls}
    traced: set[str] = set()
    for step in view.record.step_trace:
        site = by_call.get(step.call_id)
        if step.call_id in traced:
            out.append(_f("trace_mismatch", f"step {step.step}: call {step.call_id} traced twice"))
        elif site is None:
            out.append(
                _f("trace_mismatch", f"step {step.step}: call {step.call_id} was never made")
            )
        elif site.call.function.name != step.function_name:
            out.append(
                _f(
                    "trace_mismatch",
                    f"step {step.step}: traced {step.function_name!r}, "
                    f"call {step.call_id} made {site.call.function.name!r}",
                )
            )
        traced.add(step.call_id)
    for site in view.calls:
        if site.call.id not in traced:
            out.append(_f("trace_mismatch", f"call {site.call.id} has no step_trace entry"))


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    _roles(view, out)
    _pairing(view, out)
    _arguments(view, out)
    _trace(view, out)
    return out


def check(record: Record, ctx: JudgeContext) -> list[Finding]:
    """Format findings for `record` (empty when the structure is valid)."""
    return check_view(build_view(record), ctx)
