"""The replay validator: re-executing the trace with the record's seed gives the same outputs.

`ctx.replay` (provided by the pipeline, built on the executor) returns one output per
step_trace entry; each is compared with that step's tool message parsed as JSON (or
the raw text when it is not JSON). Skipped, with no finding, when `ctx.replay` is None.
`evaluate` replays from the corpus; during generation the pipeline hands the outputs the
executor logged when it ran the very same trace (`pipeline.call_log`), so an output
edited afterwards is caught without executing again.
"""

from __future__ import annotations

from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.view import NOT_JSON, RecordView, build_view
from toolgen.records import Finding, Record

NAME = "replay"


def _recorded(view: RecordView, call_id: str) -> Any:
    value = view.output(call_id)
    if value is NOT_JSON:
        return view.record.messages[view.answer_at[call_id]].content
    return value


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    if ctx.replay is None:
        return []
    try:
        outputs = list(ctx.replay(view.record))
    except Exception as exc:
        return [
            Finding(validator=NAME, kind="replay_error", message=f"replay failed: {exc!r}"[:300])
        ]
    steps = view.record.step_trace
    out: list[Finding] = []
    if len(outputs) != len(steps):
        out.append(
            Finding(
                validator=NAME,
                kind="replay_length",
                message=f"replay gave {len(outputs)} outputs for {len(steps)} steps",
            )
        )
    for step, got in zip(steps, outputs, strict=False):
        if step.call_id not in view.answer_at:
            continue  # unanswered: the format validator reports it
        want = _recorded(view, step.call_id)
        raw = view.record.messages[view.answer_at[step.call_id]].content
        if isinstance(got, str) and not isinstance(want, str) and got == raw:
            continue  # a replay may hand back the raw tool message text
        if got != want:
            out.append(
                Finding(
                    validator=NAME,
                    kind="replay_mismatch",
                    message=f"step {step.step} ({step.function_name}): replayed output differs",
                )
            )
    return out


def check(record: Record, ctx: JudgeContext) -> list[Finding]:
    """Replay findings for `record`; empty when `ctx.replay` is None."""
    return check_view(build_view(record), ctx)
