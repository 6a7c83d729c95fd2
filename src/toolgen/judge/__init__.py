"""Judging: rule and realism validators, the heuristic scorer, the gate and the LLM judge.

Public API: `JudgeContext`, `validate(record, ctx) -> list[Finding]`, `VALIDATORS`
(one `(record, ctx) -> list[Finding]` per rule or realism criterion), `score(record,
findings) -> JudgeScores`, `has_errors` (the generation gate's question) and
`error_findings` (every error). Realism severities and gating kinds live in
`judge.realism.policy`; the LLM judge in `judge.llm_judge` (prompt in `judge.rubric`).
Nothing here modifies a record; repair lives in `toolgen.repair`.
"""

from toolgen.judge.context import JudgeContext, Replay
from toolgen.judge.heuristic import score
from toolgen.judge.validate import VALIDATORS, Validator, error_findings, has_errors, validate

__all__ = [
    "VALIDATORS",
    "JudgeContext",
    "Replay",
    "Validator",
    "error_findings",
    "has_errors",
    "score",
    "validate",
]
