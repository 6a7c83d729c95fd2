"""Re-judging records with the LLM judge beside the heuristic (`evaluate --judge llm|both`).

`Rejudge` holds the run's judge LLM (the same seam the pipeline uses: cache, retries,
rate limiter) and judges batches of read items concurrently, keeping file order. Each
record gets fresh validator findings and heuristic scores; the LLM (one model or a
committee) then scores it and, per `mode`, decides:

- `llm`: the LLM's scores decide; the heuristic's are kept in `verdicts`;
- `both`: each criterion takes the lower of the two (a record must satisfy both).

When the LLM call fails the heuristic decides and the failure is counted.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from toolgen.io.jsonl import LineError, ReadRecord
from toolgen.judge.batch import EvaluationTally
from toolgen.judge.context import JudgeContext
from toolgen.judge.heuristic import score
from toolgen.judge.llm_judge import llm_score
from toolgen.judge.validate import validate
from toolgen.llm import LLM, LLMError
from toolgen.records import JudgeScores, Record
from toolgen.seeds import derive_seed

JudgeMode = Literal["heuristic", "llm", "both"]
_CRITERIA = ("tool_correctness", "naturalness", "task_completion", "overall")


def combine(llm: JudgeScores, heuristic: JudgeScores) -> JudgeScores:
    """`both`: the lower score of the two judges per criterion."""
    lower = {k: min(getattr(llm, k), getattr(heuristic, k)) for k in _CRITERIA}
    return llm.model_copy(update={**lower, "judge": f"both:heuristic+{llm.judge}"})


@dataclass
class Rejudge:
    llm: LLM
    models: str
    mode: JudgeMode
    ctx: JudgeContext

    async def one(self, record: Record, raw: bytes | None, tally: EvaluationTally) -> Record:
        findings = validate(record, self.ctx, raw, gated=False)  # evaluate: every check
        heuristic = score(record, findings)
        seed = derive_seed(record.metadata.seed, "judge", record.conversation_id) % 2**31
        try:
            judged = await llm_score(self.llm, record, findings, self.models, seed)
        except LLMError:
            tally.agreement.llm_failures += 1
            return record.model_copy(update={"judge_scores": heuristic})
        decided = combine(judged, heuristic) if self.mode == "both" else judged
        return record.model_copy(update={"judge_scores": decided})

    async def batch(self, items: Sequence[ReadRecord | LineError],
                    tally: EvaluationTally) -> list[Record]:
        """Judge `items` concurrently; results in input order, malformed lines tallied."""
        records = [i for i in items if isinstance(i, ReadRecord)]
        for item in items:
            if isinstance(item, LineError):
                tally.add_error(item)
        scored = await asyncio.gather(*(self.one(i.record, i.raw, tally) for i in records))
        for record in scored:
            tally.add_record(record)
        return list(scored)
