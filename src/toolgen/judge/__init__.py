"""Judging: validators for DESIGN.md's validity rules and the heuristic scorer.

Public API: `JudgeContext`, `validate(record, ctx) -> list[Finding]`, `VALIDATORS`
(one `(record, ctx) -> list[Finding]` per rule) and `score(record, findings) ->
JudgeScores`. Nothing here modifies a record; repair lives in `toolgen.repair`.
"""

from toolgen.judge.context import JudgeContext, Replay
from toolgen.judge.heuristic import score
from toolgen.judge.validate import VALIDATORS, Validator, has_errors, validate

__all__ = ["VALIDATORS", "JudgeContext", "Replay", "Validator", "has_errors", "score", "validate"]
