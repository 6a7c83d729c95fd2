"""The weight-0 validator: deliberate mistakes are marked and followed by a recovery.

An assistant message with `"weight": 0` is a mistake trainers leave out of the loss
(issue 6). It must make at least one call, its steps must be `intended=True` in
step_trace, and a later trained assistant turn must call an offered function that
succeeds (status ok). Conversely an `intended` step must sit in a weight-0 message.
Intended errors themselves are not defects: other validators skip them.
"""

from __future__ import annotations

from toolgen.judge.context import JudgeContext
from toolgen.judge.view import RecordView, build_view
from toolgen.records import Finding, Record

NAME = "weight0"


def _f(kind: str, message: str) -> Finding:
    return Finding(validator=NAME, kind=kind, message=message)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    msgs = view.record.messages
    out: list[Finding] = []
    for i, m in enumerate(msgs):
        if m.weight is not None and m.weight not in (0, 1):
            out.append(_f("bad_weight", f"message {i}: weight must be 0 or 1, got {m.weight}"))
        if m.weight != 0:
            continue
        if m.role != "assistant" or not m.tool_calls:
            out.append(
                _f("weight0_not_call", f"message {i}: weight 0 on a message without tool calls")
            )
            continue
        for c in m.tool_calls:
            step = view.steps.get(c.id)
            if step is not None and not step.intended:
                out.append(
                    _f(
                        "weight0_not_intended",
                        f"message {i}: step for {c.id} is not marked intended",
                    )
                )
        if not _recovered(view, i):
            out.append(
                _f("weight0_no_recovery", f"message {i}: no later successful call recovers from it")
            )
    for step in view.record.step_trace:
        at = view.call_at.get(step.call_id)
        if step.intended and at is not None and msgs[at].weight != 0:
            out.append(
                _f(
                    "intended_not_weight0",
                    f"step {step.step}: intended but its message has weight {msgs[at].weight}",
                )
            )
    return out


def _recovered(view: RecordView, after: int) -> bool:
    for site in view.calls:
        if site.message_index <= after or site.weight0:
            continue
        step = view.steps.get(site.call.id)
        if site.call.function.name in view.schemas and step is not None and step.status == "ok":
            return True
    return False


def check(record: Record, ctx: JudgeContext) -> list[Finding]:
    """Weight-0 findings for `record`."""
    return check_view(build_view(record), ctx)
