"""The LLM judge's aggregation: committee median, recorded spread, validator caps, both kept."""

from __future__ import annotations

import asyncio
import json

from toolgen.judge import JudgeContext, validate
from toolgen.judge.llm_judge import committee, llm_score, raw_overall
from toolgen.llm import Completion, LLMRequest, ScriptedLLM

from .calibration.labelled import load

RECORDS = {r.id: r.record for r in load()}
SCORES = {"m1": (5, 5, 5, 5), "m2": (4, 3, 4, 4), "m3": (2, 2, 2, 1)}


def _reply(request: LLMRequest) -> Completion:
    tc, nat, task, overall = SCORES[request.model or ""]
    return Completion(text=json.dumps({"rationale": f"{request.model} read message 3.",
                                       "tool_correctness": tc, "naturalness": nat,
                                       "task_completion": task, "overall": overall}))


def test_committee_names_are_split_and_deduplicated() -> None:
    assert committee(" m1, m2 ,m1,, ") == ("m1", "m2")
    assert committee("single") == ("single",)


def test_committee_takes_the_median_and_records_its_spread() -> None:
    record = RECORDS["cal-stock-clean0"]
    findings = validate(record, JudgeContext())
    llm = ScriptedLLM(fallback=_reply)
    s = asyncio.run(llm_score(llm, record, findings, "m1, m2, m3", seed=7))
    assert sorted(r.model or "" for r in llm.requests) == ["m1", "m2", "m3"]
    assert s.judge == "committee:m1+m2+m3"
    assert (s.tool_correctness, s.naturalness, s.task_completion, s.overall) == (4, 3, 4, 4)
    assert s.disagreement == 4.0
    assert [v.judge for v in s.verdicts] == ["heuristic", "m1", "m2", "m3"]
    assert s.verdicts[0].overall >= 4.5  # the clean record's heuristic score, kept


def test_validator_errors_cap_the_llm_but_its_raw_score_stays_visible() -> None:
    record = RECORDS["cal-filler_text-0"]
    findings = validate(record, JudgeContext())
    s = asyncio.run(llm_score(ScriptedLLM(fallback=_reply), record, findings, "m1", seed=7))
    assert s.judge == "m1" and s.disagreement is None
    assert s.overall <= 3.0 and raw_overall(s) == 5.0
    assert s.tool_correctness <= s.verdicts[0].tool_correctness
