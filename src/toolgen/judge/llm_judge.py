"""The LLM judge: one rubric call per model, aggregated over a committee, beside the heuristic.

`TOOLGEN_JUDGE_MODEL` may name one model or several (comma-separated): each member
gets the same prompt (`rubric.prompt`), their scores are aggregated by the median per
criterion and the spread of overall is recorded as `disagreement`. Members' raw scores
are kept as `verdicts`, next to the heuristic's. The deciding scores respect the
validators: with error findings, tool_correctness is capped at the heuristic's value and
overall at `ERROR_CAP` (1 for a leaked secret). Provider errors propagate to the caller
(which falls back to the heuristic scorer).
"""

from __future__ import annotations

import asyncio
from statistics import median

from toolgen.judge.heuristic import ERROR_CAP
from toolgen.judge.heuristic import score as heuristic_score
from toolgen.judge.rubric import CRITERIA, JUDGE_SCHEMA, RUBRIC_MARK, prompt
from toolgen.llm import LLM, LLMRequest
from toolgen.llm.ask import complete_json
from toolgen.records import Finding, JudgeScores, JudgeVerdict, Record

__all__ = ["JUDGE_SCHEMA", "RUBRIC_MARK", "committee", "judge_request", "llm_score",
           "llm_verdict"]


def committee(models: str) -> tuple[str, ...]:
    """The judge models named by a `TOOLGEN_JUDGE_MODEL` value ("a" or "a, b, c")."""
    return tuple(dict.fromkeys(m.strip() for m in models.split(",") if m.strip()))


def judge_request(record: Record, findings: list[Finding], seed: int,
                  model: str | None = None) -> LLMRequest:
    return LLMRequest(
        messages=({"role": "user", "content": prompt(record, findings)},),
        response_schema=JUDGE_SCHEMA,
        temperature=0.0,
        seed=seed,
        model=model,
    )


async def llm_verdict(llm: LLM, record: Record, findings: list[Finding], model: str,
                      seed: int, *, max_attempts: int = 2) -> JudgeVerdict:
    """One model's raw rubric scores for `record`."""
    outcome = await complete_json(llm, judge_request(record, findings, seed, model or None),
                                  max_attempts=max_attempts)
    v = outcome.value
    scores = {k: float(min(5, max(1, int(v[k])))) for k in CRITERIA}
    rationale = str(v.get("rationale") or "").strip()[:1000]
    return JudgeVerdict(judge=model or "llm", rationale=rationale, **scores)


def _capped(record: Record, findings: list[Finding], scores: dict[str, float]) -> None:
    errors = [f for f in findings if f.severity == "error"]
    if not errors:
        return
    base = heuristic_score(record, findings)
    scores["tool_correctness"] = min(scores["tool_correctness"], base.tool_correctness)
    cap = 1.0 if any(f.validator == "secrets" for f in errors) else ERROR_CAP
    scores["overall"] = min(scores["overall"], cap)


def aggregate(record: Record, findings: list[Finding], members: list[JudgeVerdict],
              heuristic: JudgeScores | None = None) -> JudgeScores:
    """The committee's deciding scores (median per criterion, capped by error findings)."""
    scores = {k: round(float(median(getattr(m, k) for m in members)), 2) for k in CRITERIA}
    _capped(record, findings, scores)
    overalls = [m.overall for m in members]
    name = members[0].judge if len(members) == 1 else "committee:" + "+".join(
        m.judge for m in members)
    kept = ([_as_verdict(heuristic)] if heuristic is not None else []) + members
    return JudgeScores(
        **scores, judge=name, rationale=members[0].rationale, findings=tuple(findings),
        verdicts=tuple(kept),
        disagreement=round(max(overalls) - min(overalls), 2) if len(members) > 1 else None,
    )


def _as_verdict(s: JudgeScores) -> JudgeVerdict:
    return JudgeVerdict(judge=s.judge, tool_correctness=s.tool_correctness,
                        naturalness=s.naturalness, task_completion=s.task_completion,
                        overall=s.overall, rationale=s.rationale)


async def llm_score(
    llm: LLM, record: Record, findings: list[Finding], model: str, seed: int,
    *, max_attempts: int = 2,
) -> JudgeScores:
    """Committee scores for `record` (`model` may list several), heuristic kept beside them."""
    models = committee(model) or ("",)
    members = await asyncio.gather(*(
        llm_verdict(llm, record, findings, m, seed, max_attempts=max_attempts) for m in models))
    return aggregate(record, findings, list(members), heuristic_score(record, findings))


def raw_overall(scores: JudgeScores) -> float:
    """The LLM members' median overall before the validators' cap (what the gate compares)."""
    members = [v.overall for v in scores.verdicts if v.judge != "heuristic"]
    return float(median(members)) if members else scores.overall
