"""Judging a stream of records read from a file: rescore each, tally failures by kind.

`judge_one` validates and scores one record (the same calls the pipeline makes);
`EvaluationTally` counts what `evaluate` reports (records passing the validators and
reaching the score threshold, findings by validator and kind, malformed lines).
File reading and writing stay in `toolgen.io`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from toolgen.io.jsonl import LineError, ReadRecord
from toolgen.judge.context import JudgeContext
from toolgen.judge.heuristic import score
from toolgen.judge.validate import validate
from toolgen.records import Finding, Record


def judge_one(record: Record, ctx: JudgeContext, raw: bytes | None = None) -> Record:
    """`record` with its judge_scores replaced by fresh validator findings and heuristic scores."""
    findings = validate(record, ctx, raw)
    return record.model_copy(update={"judge_scores": score(record, findings)})


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
    malformed_examples: list[str] = field(default_factory=list)

    def add_record(self, scored: Record) -> None:
        self.records += 1
        errors = [f for f in scored.judge_scores.findings if f.severity == "error"]
        self.passing += not errors
        self.above_threshold += not errors and scored.judge_scores.overall >= self.threshold
        self.overall_sum += scored.judge_scores.overall
        self._count(errors)

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
