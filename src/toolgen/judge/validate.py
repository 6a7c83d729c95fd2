"""`validate()`: run every validator over a record, sharing one view and one serialization.

The order is fixed (format, grounding, plan, weight0, secrets, replay, then the realism
criteria) so findings are deterministic. `VALIDATORS` lists the per-rule entry points
for callers that want one. `has_errors` answers the generation gate's question (an
error that rejects a fresh record, per `realism.policy`); `error_findings` lists every
error, gating or not.
"""

from __future__ import annotations

from collections.abc import Callable

from toolgen.judge import format as format_rule
from toolgen.judge import grounding, plan, realism, replay, secrets, weights
from toolgen.judge.context import JudgeContext
from toolgen.judge.view import view_of
from toolgen.records import Finding, Record

Validator = Callable[[Record, JudgeContext], list[Finding]]

VALIDATORS: dict[str, Validator] = {
    format_rule.NAME: format_rule.check,
    grounding.NAME: grounding.check,
    plan.NAME: plan.check,
    weights.NAME: weights.check,
    secrets.NAME: secrets.check,
    replay.NAME: replay.check,
    **{name: realism.on_record(name) for name in realism.CHECKS},
}


def validate(
    record: Record, ctx: JudgeContext, serialized: str | bytes | None = None,
    gated: bool = True,
) -> list[Finding]:
    """All findings for `record`. Pass `serialized` (its JSON line) if you already have it.
    Checks whose gate is shut are skipped (see `judge.gates`); `gated=False` runs every
    check, whatever the record (the same findings, at full cost: the gates' oracle)."""
    view = view_of(record)
    out = format_rule.check_view(view, ctx)
    out += grounding.check_view(view, ctx)
    out += plan.check_view(view, ctx)
    out += weights.check_view(view, ctx)
    out += secrets.check_view(view, ctx, serialized)
    out += replay.check_view(view, ctx)
    out += realism.check_view(view, ctx, gated)
    return out


def has_errors(findings: list[Finding]) -> bool:
    """True when a finding rejects a generated record (see `realism.policy.GATING_KINDS`)."""
    return any(realism.gates(f) for f in findings)


def error_findings(findings: list[Finding]) -> list[Finding]:
    """Every error finding, whether or not it gates generation."""
    return [f for f in findings if f.severity == "error"]
