"""The live user simulator: the user's next message, stating every planned value verbatim.

It never prefixes its message ("Here's ..."), never answers as the assistant, and keeps
a value meant for a clarification until the assistant asks. One feedback retry names
the actual problem; after that the caller uses the offline text.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

import orjson

from toolgen.agents.live.checks import clean_text, missing_values, voice_problem
from toolgen.agents.offline import value_text
from toolgen.episode.state import EpisodeState, Utterance
from toolgen.llm import LLM, LLMRequest

VALUES_MARK = "REQUIRED VALUES (verbatim):"


def user_request(
    persona: str, goal: str, history: str, values: Sequence[Any], hint: str, seed: int
) -> LLMRequest:
    shown = orjson.dumps([value_text(v) for v in values]).decode()
    system = (
        f"You play a user talking to an assistant. Persona: {persona}. Goal: {goal}. "
        "Write only the user's next message, in the user's own voice: natural, one to three "
        "sentences, no preamble, no role prefix, no quotes."
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


def problem_with(
    text: str, values: Sequence[Any], withheld: Sequence[Any], capability: str | None = None
) -> str | None:
    """Why `text` cannot be the user's message (None: it can).

    `capability`: what the user asks for that no offered tool does (the assistant's
    offline reply is about it, so the message must still ask for it).
    """
    if not text or len(text) > 1200:
        return "It must be a short, non-empty message."
    if missing := missing_values(text, values):
        return f"It must state these values exactly: {', '.join(missing)}."
    if capability and not _asks_for(text, capability):
        return f"It must ask the assistant to {capability}."
    if said := [value_text(v) for v in withheld if not missing_values(text, [v])]:
        return (f"It must not mention {', '.join(said)} yet: the assistant has not asked "
                "for it.")
    return voice_problem(text, "user")


# Words that say little about what is asked: a request must name its object.
_GENERIC = frozenset({"find", "get", "check", "show", "look", "search", "list", "make", "create",
                      "the", "my", "for", "and", "with", "some", "about", "from", "your", "into",
                      "this", "that", "what", "all", "out", "up"})


def _asks_for(text: str, capability: str) -> bool:
    """Whether `text` names the object of `capability` ("saved cards" of "see my saved cards")."""
    low = text.lower()
    words = [w for w in re.findall(r"[a-z]+", capability.lower())
             if len(w) >= 3 and w not in _GENERIC]
    return not words or any(re.search(rf"\b{re.escape(w[:-1] if w.endswith('s') else w)}", low)
                            for w in words)


async def user_turn(
    llm: LLM,
    *,
    persona: str,
    goal: str,
    history: str,
    values: Sequence[Any],
    hint: str,
    seed: int,
    withheld: Sequence[Any] = (),
    capability: str | None = None,
) -> str | None:
    """The live user message, or None when it is still unusable after one retry.

    Usable: it states every value of `values`, none of `withheld` (kept for a
    clarification the assistant has not asked yet), and reads as the user's own message.
    """
    request = user_request(persona, goal, history, values, hint, seed)
    for attempt in range(2):
        completion = await llm.complete(request)
        text = clean_text(completion.text)
        problem = problem_with(text, values, withheld, capability)
        if problem is None:
            return text
        if attempt == 0:
            request = request.with_updates(messages=(
                *request.messages,
                {"role": "assistant", "content": completion.text or ""},
                {"role": "user", "content": f"Rewrite the message. {problem}"},
            ))
    return None


class LiveUser:
    """The user simulator with an LLM voice, inside the episode loop.

    The offline simulator decides what the user does next (which values it states, what
    it withholds, when it is done); the LLM writes the message, under the checks of
    `user_turn`. A kept text is noted in `edits` (message index -> (text, "user")), so
    the pipeline can revert it to the offline text if a validator objects.
    """

    def __init__(self, offline: Any, llm: LLM, *, persona: str, goal: str,
                 intents: Sequence[str], seed: int, guard: Any,
                 edits: dict[int, tuple[str, str]]) -> None:
        self.offline = offline
        self.llm = llm
        self.persona = persona
        self.goal = goal
        self.intents = list(intents)
        self.seed = seed
        self.guard = guard
        self.edits = edits

    async def next(self, state: EpisodeState) -> Utterance | None:
        said: Utterance | None = await self.offline.next(state)
        if said is None or not said.content:
            return said
        at = len(state.messages)
        turn = said.note.get("turn")  # the planner wrote one intent per planned turn
        hint = self.intents[turn] if isinstance(turn, int) and turn < len(self.intents) else (
            said.content)
        text = await self.guard(f"user:msg{at}", user_turn(
            self.llm, persona=self.persona, goal=self.goal, history=transcript(state),
            values=said.note.get("values", []), hint=hint, seed=(self.seed + at) % 2**31,
            withheld=said.note.get("withheld", []), capability=said.note.get("capability")))
        if text is None:
            return said
        self.edits[at] = (text, "user")
        return dataclasses.replace(said, content=text, offline=said.content)


def transcript(state: EpisodeState) -> str:
    """The conversation so far as the user simulator reads it."""
    lines = []
    for m in state.messages:
        if m.role == "tool":
            lines.append(f"tool result: {(m.content or '')[:300]}")
        elif m.role in ("user", "assistant") and m.content:
            lines.append(f"{m.role}: {m.content}")
    return "\n".join(lines)
