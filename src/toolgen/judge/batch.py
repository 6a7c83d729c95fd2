"""Judging a stream of records read from a file: rescore each, tally findings by kind.

`judge_one` validates and scores one record (the same calls the pipeline makes);
`EvaluationTally` counts what `evaluate` reports (records passing the validators and
reaching the score threshold, rule failures and realism findings by kind, malformed
lines, and agreement between the heuristic and the LLM judge where both ran).
File reading and writing stay in `toolgen.io`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from toolgen.io.jsonl import LineError, ReadRecord
from toolgen.judge.context import JudgeContext
from toolgen.judge.heuristic import score
from toolgen.judge.realism.policy import is_realism
from toolgen.judge.validate import validate
from toolgen.records import Finding, Record


def judge_one(record: Record, ctx: JudgeContext, raw: bytes | None = None) -> Record:
    """`record` with its judge_scores replaced by fresh validator findings and heuristic scores.
    Every check runs, gates or not (`evaluate` keeps the full, independent path)."""
    findings = validate(record, ctx, raw, gated=False)
    return record.model_copy(update={"judge_scores": score(record, findings)})


@dataclass
class Agreement:
    """Heuristic vs LLM on the records where both ran."""

    records: int = 0
    same_decision: int = 0
    abs_diff_sum: float = 0.0
    llm_failures: int = 0
    disagreement_sum: float = 0.0
    committees: int = 0

    def add(self, scored: Record, threshold: float) -> None:
        s = scored.judge_scores
        heuristic = next((v for v in s.verdicts if v.judge == "heuristic"), None)
        llm = [v for v in s.verdicts if v.judge != "heuristic"]
        if heuristic is None or not llm:
            return
        llm_overall = sorted(v.overall for v in llm)[len(llm) // 2]
        self.records += 1
        self.same_decision += (heuristic.overall >= threshold) == (llm_overall >= threshold)
        self.abs_diff_sum += abs(heuristic.overall - llm_overall)
        if s.disagreement is not None:
            self.committees += 1
            self.disagreement_sum += s.disagreement


@dataclass
class EvaluationTally:
    threshold: float = 3.5
    records: int = 0
    passing: int = 0
    above_threshold: int = 0
    malformed: int = 0
    overall_sum: float = 0.0
    by_kind: Counter[tuple[str, str]] = field(default_factory=Counter)
    records_by_kind: Counter[tuple[str, str]] = field(default_factory=Counter)
    realism: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    malformed_examples: list[str] = field(default_factory=list)
    agreement: Agreement = field(default_factory=Agreement)
    deciders: Counter[str] = field(default_factory=Counter)

    def add_record(self, scored: Record) -> None:
        self.records += 1
        findings = list(scored.judge_scores.findings)
        errors = [f for f in findings if f.severity == "error"]
        self.passing += not errors
        self.above_threshold += not errors and scored.judge_scores.overall >= self.threshold
        self.overall_sum += scored.judge_scores.overall
        self._count([f for f in errors if not is_realism(f)])
        self.realism.update({(f.validator, f.kind, f.severity) for f in findings
                             if is_realism(f)})
        self.agreement.add(scored, self.threshold)
        self.deciders[scored.judge_scores.judge] += 1

    def add_error(self, error: LineError) -> None:
        self.malformed += 1
        if len(self.malformed_examples) < 5:
            self.malformed_examples.append(f"line {error.line}: {error.message}")
        self._count([error.finding()])

    def _count(self, findings: list[Finding]) -> None:
        kinds = [(f.validator, f.kind) for f in findings]
        self.by_kind.update(kinds)
        self.records_by_kind.update(set(kinds))

    @property
    def average_overall(self) -> float:
        return self.overall_sum / self.records if self.records else 0.0


def judge_item(
    item: ReadRecord | LineError, ctx: JudgeContext, tally: EvaluationTally
) -> Record | None:
    """Judge one read item into `tally`; the rescored record, or None for a malformed line."""
    if isinstance(item, LineError):
        tally.add_error(item)
        return None
    scored = judge_one(item.record, ctx, item.raw)
    tally.add_record(scored)
    return scored
