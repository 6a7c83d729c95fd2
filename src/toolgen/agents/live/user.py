"""The live user simulator: the user's next message, stating every planned value verbatim.

One feedback retry names the missing values; after that the caller uses the offline text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson

from toolgen.agents.live.checks import clean_text, missing_values
from toolgen.agents.offline import value_text
from toolgen.llm import LLM, LLMRequest

VALUES_MARK = "REQUIRED VALUES (verbatim):"


def user_request(
    persona: str, goal: str, history: str, values: Sequence[Any], hint: str, seed: int
) -> LLMRequest:
    shown = orjson.dumps([value_text(v) for v in values]).decode()
    system = (
        f"You play a user talking to an assistant. Persona: {persona}. Goal: {goal}. "
        "Write only the user's next message: natural, one to three sentences, no role prefix."
    )
    prompt = (
        f"Conversation so far:\n{history or '(none)'}\n\n"
        f"What the user wants now: {hint}\n"
        f"{VALUES_MARK} {shown}\n"
        "Include each required value exactly as written."
    )
    return LLMRequest(
        messages=({"role": "system", "content": system}, {"role": "user", "content": prompt}),
        temperature=0.8,
        seed=seed,
    )


async def user_turn(
    llm: LLM,
    *,
    persona: str,
    goal: str,
    history: str,
    values: Sequence[Any],
    hint: str,
    seed: int,
) -> str | None:
    """The live user message, or None when it still misses a value after one retry."""
    request = user_request(persona, goal, history, values, hint, seed)
    for attempt in range(2):
        completion = await llm.complete(request)
        text = clean_text(completion.text)
        missing = missing_values(text, values) if text else [value_text(v) for v in values]
        if text and not missing and len(text) <= 1200:
            return text
        if attempt == 0:
            problem = (
                f"It must state these values exactly: {', '.join(missing)}."
                if missing else "It must be a short, non-empty message."
            )
            request = request.with_updates(messages=(
                *request.messages,
                {"role": "assistant", "content": completion.text or ""},
                {"role": "user", "content": f"Rewrite the message. {problem}"},
            ))
    return None
