"""The acceptance gate: does a freshly generated (or live-judged) record go out?

A record is accepted when no finding gates (`realism.policy.gates`: rule errors and the
realism kinds in `GATING_KINDS`) and its overall score, counting only gating findings,
reaches the threshold. The record keeps its full, honest scores; realism kinds outside
`GATING_KINDS` lower them without stopping generation, so the generator's known
defects stay visible in `evaluate` and the dashboard while they are being fixed.
"""

from __future__ import annotations

from dataclasses import dataclass

from toolgen.judge import heuristic
from toolgen.judge.realism.policy import GATING_KINDS, gates, is_realism
from toolgen.records import Finding, Record


@dataclass(frozen=True, slots=True)
class Verdict:
    accepted: bool
    reasons: tuple[str, ...]


def gating_findings(findings: list[Finding]) -> list[Finding]:
    """The findings the gate counts: all but realism kinds outside `GATING_KINDS`."""
    return [f for f in findings if not is_realism(f) or f.kind in GATING_KINDS]


def gate_overall(record: Record, findings: list[Finding]) -> float:
    """The heuristic overall the gate compares with the threshold."""
    return heuristic.overall(record, gating_findings(findings))


def verdict(record: Record, findings: list[Finding], threshold: float,
            overall: float | None = None) -> Verdict:
    """Accept or reject `record`; `overall` overrides the heuristic's (a live judge's score)."""
    errors = [f"{f.validator}/{f.kind}: {f.message}" for f in findings if gates(f)]
    if errors:
        return Verdict(False, tuple(errors))
    value = gate_overall(record, findings) if overall is None else overall
    if value < threshold:
        return Verdict(False, (f"overall {value} < {threshold}",))
    return Verdict(True, ())
