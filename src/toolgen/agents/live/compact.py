"""The compact profile's scaffold: the whole dialogue's texts in ONE structured call.

Written before the loop, goal first (persona, goal summary), then every user message
and every post-call answer of the planned dialogue, given the planned calls, the values
each user message must state and the facts each answer may cite (from the blueprint's
expected outcome: a look-ahead of the planned episode on the mock environment). In the
loop, `Scaffolded` participants speak those texts, each checked like the per-turn
roles' texts when its turn comes, falling back per message.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from toolgen.agents.live.checks import clean_text
from toolgen.agents.offline import value_text
from toolgen.episode.state import EpisodeState, Participant, Utterance
from toolgen.llm import LLM, LLMRequest
from toolgen.llm.ask import complete_json
from toolgen.llm.errors import BadReplyError

SCAFFOLD_MARK = "DIALOGUE SLOTS:"


@dataclass(frozen=True)
class UserSlot:
    values: tuple[Any, ...]
    offline: str


@dataclass(frozen=True)
class AnswerSlot:
    facts: tuple[str, ...]
    calls: tuple[str, ...]


@dataclass(frozen=True)
class Scaffold:
    persona: str
    summary: str
    user_messages: tuple[str, ...]
    answers: tuple[str, ...]
    problems: tuple[str, ...] = ()


def _schema(users: int, answers: int) -> dict[str, Any]:
    def texts(n: int) -> dict[str, Any]:
        return {"type": "array", "items": {"type": "string"}, "minItems": n, "maxItems": n}

    return {
        "type": "object",
        "properties": {
            "persona": {"type": "string"},
            "summary": {"type": "string"},
            "user_messages": texts(users),
            "answers": texts(answers),
        },
        "required": ["persona", "summary", "user_messages", "answers"],
    }


def scaffold_request(
    domain: str,
    persona: str,
    summary: str,
    calls: Sequence[dict[str, Any]],
    users: Sequence[UserSlot],
    answers: Sequence[AnswerSlot],
    seed: int,
) -> LLMRequest:
    slots = {
        "user_messages": [
            {"must_state_verbatim": [value_text(v) for v in u.values], "draft": u.offline}
            for u in users
        ],
        "answers": [{"after_calls": list(a.calls), "facts": list(a.facts)} for a in answers],
    }
    prompt = (
        "Write a realistic conversation between a user and a tool-using assistant.\n"
        f"Domain: {domain}\nDraft persona: {persona}\nDraft goal: {summary}\n"
        f"The assistant's calls (fixed, with exact argument values): "
        f"{orjson.dumps(list(calls)).decode()}\n"
        f"{SCAFFOLD_MARK} {orjson.dumps(slots).decode()}\n"
        "First decide the persona and the goal (one sentence). Then write each user message "
        "in order (it must contain every must_state_verbatim value exactly; rephrase the "
        "draft naturally), and each answer in order (two to four sentences quoting at least "
        "one of its facts exactly; never invent IDs or figures). Reply with JSON only."
    )
    return LLMRequest(
        messages=({"role": "user", "content": prompt},),
        response_schema=_schema(len(users), len(answers)),
        temperature=0.7,
        max_tokens=min(4096, 300 + 160 * (len(users) + len(answers))),
        seed=seed,
    )


async def scaffold_dialogue(
    llm: LLM,
    *,
    domain: str,
    persona: str,
    summary: str,
    calls: Sequence[dict[str, Any]],
    users: Sequence[UserSlot],
    answers: Sequence[AnswerSlot],
    seed: int,
    max_attempts: int = 2,
) -> Scaffold | None:
    """The scaffold (unchecked texts), or None without usable JSON after `max_attempts`."""
    request = scaffold_request(domain, persona, summary, calls, users, answers, seed)
    try:
        outcome = await complete_json(llm, request, max_attempts=max_attempts)
    except BadReplyError:
        return None
    v = outcome.value
    return Scaffold(
        persona=str(v.get("persona") or "").strip(),
        summary=str(v.get("summary") or "").strip(),
        user_messages=tuple(str(t) for t in v.get("user_messages") or []),
        answers=tuple(str(t) for t in v.get("answers") or []),
        problems=outcome.problems,
    )


class Scaffolded:
    """A participant that speaks texts the scaffold wrote before the loop.

    Wraps the offline user or assistant, which decides what happens (values stated,
    calls made); when it says a message the scaffold has a text for (by message index,
    from the look-ahead the scaffold was written on), that text is used if `problem`
    finds nothing wrong with it in the episode as it actually is. A kept text is noted
    in `edits` (message index -> (text, role)); a refused one in `fallbacks`.
    """

    def __init__(self, inner: Participant, texts: Mapping[int, str], role: str,
                 problem: Callable[[str, Utterance, EpisodeState], str | None],
                 edits: dict[int, tuple[str, str]], fallbacks: list[str]) -> None:
        self.inner = inner
        self.texts = texts
        self.role = role
        self.problem = problem
        self.edits = edits
        self.fallbacks = fallbacks

    async def next(self, state: EpisodeState) -> Utterance | None:
        said = await self.inner.next(state)
        at = len(state.messages)
        text = clean_text(self.texts.get(at))
        if said is None or said.calls or not said.content or at not in self.texts:
            return said
        if self.problem(text, said, state) is not None:
            self.fallbacks.append(f"{self.role}:msg{at}")
            return said
        self.edits[at] = (text, self.role)
        return dataclasses.replace(said, content=text, offline=said.content)
