"""Live tool-result summaries: the assistant's answer after its calls, citing a tool fact.

The answer must state at least one fact value read from the tool outputs and be only
the answer (no "Here is a friendly reply to the user:"); one feedback retry naming the
problem, then the caller uses the offline answer. Citations of values found in no
output are caught afterwards by the grounding validator (and that message reverted).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson

from toolgen.agents.live.checks import cites_any, clean_text, voice_problem
from toolgen.llm import LLM, LLMRequest

FACTS_MARK = "FACTS YOU MAY CITE:"


def summary_request(
    history: Sequence[dict[str, Any]], facts: Sequence[str], seed: int
) -> LLMRequest:
    system = (
        "You are the assistant. Answer the user's last request from the tool results above, "
        "in two to four natural sentences. Quote at least one concrete value exactly as the "
        f"tool returned it; never invent IDs, prices or figures. {FACTS_MARK} "
        f"{orjson.dumps(list(facts)).decode()}"
    )
    return LLMRequest(
        messages=(*history, {"role": "system", "content": system}),
        temperature=0.7,
        seed=seed,
    )


async def final_answer(
    llm: LLM, history: Sequence[dict[str, Any]], facts: Sequence[str], seed: int
) -> str | None:
    """The live answer, or None when it cites no fact after one retry."""
    request = summary_request(history, facts, seed)
    for attempt in range(2):
        completion = await llm.complete(request)
        text = clean_text(completion.text)
        problem = voice_problem(text, "assistant") if text else None
        if text and problem is None and cites_any(text, facts) and len(text) <= 2000:
            return text
        if attempt == 0:
            ask = problem or "Rewrite the answer quoting at least one of: " + ", ".join(facts[:6])
            request = request.with_updates(messages=(
                *request.messages,
                {"role": "assistant", "content": completion.text or ""},
                {"role": "user", "content": ask},
            ))
    return None
