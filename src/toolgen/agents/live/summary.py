"""Live tool-result summaries: the assistant's answer after its calls, citing a tool fact.

The answer must state at least one fact value read from the tool outputs and be only
the answer (no "Here is a friendly reply to the user:"); one feedback retry naming the
problem, then the caller uses the offline answer. Citations of values found in no
output are caught afterwards by the grounding validator (and that message reverted).
`LiveAnswers` is the participant behaviour: the assistant's answer, written by the model
when the episode reaches it (after the calls of the turn have returned).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

import orjson

from toolgen.agents.live.checks import cites_any, clean_text, voice_problem
from toolgen.agents.live.decider import history
from toolgen.agents.policy.facts import facts_from
from toolgen.episode.state import EpisodeState, Participant, Utterance
from toolgen.llm import LLM, LLMRequest
from toolgen.records import Message

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


def is_answer_turn(messages: Sequence[Message], said: Utterance | None) -> bool:
    """Whether `said` is the assistant's answer right after tool results (a summary slot)."""
    return (said is not None and said.role == "assistant" and not said.calls
            and bool(said.content) and bool(messages) and messages[-1].role == "tool")


def answer_facts(messages: Sequence[Message], upto: int) -> list[str]:
    """The facts an answer at `upto` may cite: salient leaves of this turn's tool outputs."""
    facts: list[str] = []
    j = upto - 1
    while j >= 0 and messages[j].role != "user":
        if messages[j].role == "tool":
            try:
                output = orjson.loads(messages[j].content or "null")
            except orjson.JSONDecodeError:
                output = None
            facts.extend(f.value for f in facts_from(output, limit=3))
        j -= 1
    return list(dict.fromkeys(facts))


class LiveAnswers:
    """The assistant whose answers after tool results the model writes, in the loop.

    Wraps the assistant (offline policy or live decider): its calls and other texts pass
    through; an answer to tool results is asked of the model with the conversation so
    far, and kept when it cites a fact of those results (`final_answer`'s checks). A kept
    text is noted in `edits` (message index -> (text, "summary")), so the pipeline can
    revert it to the offline text if a validator objects.
    """

    def __init__(self, inner: Participant, llm: LLM, seed: Any, guard: Any,
                 edits: dict[int, tuple[str, str]]) -> None:
        self.inner = inner
        self.llm = llm
        self.seed = seed  # message index -> request seed
        self.guard = guard
        self.edits = edits

    async def next(self, state: EpisodeState) -> Utterance | None:
        said = await self.inner.next(state)
        if said is None or not is_answer_turn(state.messages, said):
            return said
        at = len(state.messages)
        text = await self.guard(f"summary:msg{at}", final_answer(
            self.llm, history(state), answer_facts(state.messages, at),
            self.seed(at)))
        if text is None:
            return said
        self.edits[at] = (text, "summary")
        return dataclasses.replace(said, content=text, offline=said.content)

