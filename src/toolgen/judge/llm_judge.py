"""The LLM judge: a rubric prompt -> structured 1-5 scores and a rationale (one call).

Scores use the same `JudgeScores` keys as the heuristic scorer and `judge` is the
model's name. Validator findings still come from the deterministic validators: when
they hold errors, tool_correctness is capped at the heuristic's value and overall at
`ERROR_CAP` (1 for a leaked secret), so the LLM cannot wave an invalid record through.
Provider errors propagate to the caller (which falls back to the heuristic scorer).
"""

from __future__ import annotations

from typing import Any

import orjson

from toolgen.judge.heuristic import ERROR_CAP
from toolgen.judge.heuristic import score as heuristic_score
from toolgen.llm import LLM, LLMRequest
from toolgen.llm.ask import complete_json
from toolgen.records import Finding, JudgeScores, Record

RUBRIC_MARK = "RUBRIC:"
_SCORE = {"type": "integer", "minimum": 1, "maximum": 5}
JUDGE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "tool_correctness": _SCORE,
        "naturalness": _SCORE,
        "task_completion": _SCORE,
        "overall": _SCORE,
        "rationale": {"type": "string"},
    },
    "required": ["tool_correctness", "naturalness", "task_completion", "overall", "rationale"],
}
RUBRIC = (
    "tool_correctness: right tools, arguments taken from the user or earlier results; "
    "naturalness: the user and assistant sound like people, no template residue or "
    "repetition; task_completion: the user's goal is met and answers cite tool results "
    "accurately; overall: your overall grade. Each 1 (bad) to 5 (excellent)."
)


def _transcript(record: Record, limit: int = 500) -> str:
    lines: list[str] = []
    for i, m in enumerate(record.messages):
        if m.tool_calls:
            calls = "; ".join(f"{c.function.name}({c.function.arguments})" for c in m.tool_calls)
            lines.append(f"[{i}] assistant calls: {calls}")
            if m.content:
                lines.append(f"[{i}] assistant: {m.content}")
        else:
            text = (m.content or "")[:limit]
            lines.append(f"[{i}] {m.role}: {text}")
    return "\n".join(lines)


def judge_request(record: Record, findings: list[Finding], seed: int) -> LLMRequest:
    issues = [f"{f.severity} {f.validator}/{f.kind}: {f.message}" for f in findings][:10]
    prompt = (
        "Grade this synthetic tool-calling conversation for training data quality.\n"
        f"{RUBRIC_MARK} {RUBRIC}\n"
        f"Automatic validator findings: {orjson.dumps(issues).decode()}\n"
        f"Conversation:\n{_transcript(record)}\n"
        "Reply with JSON: tool_correctness, naturalness, task_completion, overall (integers "
        "1-5) and rationale (one or two sentences)."
    )
    return LLMRequest(
        messages=({"role": "user", "content": prompt},),
        response_schema=JUDGE_SCHEMA,
        temperature=0.0,
        seed=seed,
    )


async def llm_score(
    llm: LLM, record: Record, findings: list[Finding], model: str, seed: int,
    *, max_attempts: int = 2,
) -> JudgeScores:
    """LLM rubric scores for `record`, capped by the validators' `findings`."""
    outcome = await complete_json(llm, judge_request(record, findings, seed),
                                  max_attempts=max_attempts)
    v = outcome.value
    scores = {k: float(min(5, max(1, int(v[k]))))
              for k in ("tool_correctness", "naturalness", "task_completion", "overall")}
    errors = [f for f in findings if f.severity == "error"]
    if errors:
        base = heuristic_score(record, findings)
        scores["tool_correctness"] = min(scores["tool_correctness"], base.tool_correctness)
        cap = 1.0 if any(f.validator == "secrets" for f in errors) else ERROR_CAP
        scores["overall"] = min(scores["overall"], cap)
    rationale = str(v.get("rationale") or "").strip()[:1000]
    return JudgeScores(
        **scores, judge=model or "llm", rationale=rationale, findings=tuple(findings),
    )
