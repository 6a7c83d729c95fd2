"""The simulated user's turns, offline: first request, clarification answers, follow-ups,
closings, off-topic questions and requests no tool can serve.

Slot values are placed in the text as opaque tokens (`masking.Vault`) while phrases are
chosen, tidied and styled, then restored, so each value appears exactly as given.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from toolgen.agents.offline import smalltalk
from toolgen.agents.offline.grammar import tidy
from toolgen.agents.offline.masking import Vault
from toolgen.agents.offline.types import Fact, Intent, Slot
from toolgen.agents.offline.typos import casualize
from toolgen.agents.offline.user_phrases import GRAMMAR
from toolgen.records.plan import Goal, Style


def user_request(
    goal: Goal, intents: Sequence[Intent], slots: Sequence[Slot], rng: random.Random
) -> str:
    """The first user turn: states the goal, with every slot value woven in."""
    vault = Vault()
    first = intents[0].phrase if intents else "get some help with " + goal.domain
    core, tail = _weave(first, slots, vault, rng)
    more, after = _later(intents[1:], rng)
    style = goal.style
    env = {"persona": goal.persona, "core": core, "more": more, "after": after, "tail": tail}
    text = GRAMMAR.say("request_" + style, rng, env)
    return _finish(text, vault, style, rng)


def user_clarification_answer(
    slots: Sequence[Slot], rng: random.Random, style: Style = "chatty"
) -> str:
    """Answer to the assistant's question for missing values; states every slot."""
    vault = Vault()
    formal = "formal_" if style == "formal" else ""
    if len(slots) == 1:
        s = slots[0]
        rule = "clar_formal" if style == "formal" else "clar_one"
        env = {"label": s.label, "value": vault.put(s.value)}
    else:
        rule = "clar_" + formal + "many" if formal else "clar_many"
        env = {"slots": _pairs(slots, vault, rng)}
    return _finish(GRAMMAR.say(rule, rng, env), vault, style, rng)


def user_follow_up(
    goal: Goal,
    intent: Intent,
    slots: Sequence[Slot],
    previous_facts: Sequence[Fact],
    rng: random.Random,
) -> str:
    """A second request building on the first answer ("great, can you also ... for it")."""
    vault = Vault()
    core, tail = _weave(intent.phrase, slots, vault, rng)
    fact = next((f.value for f in previous_facts if 0 < len(f.value) <= 40), None)
    env = {"core": core, "tail": tail, "fact": vault.put(fact) if fact else "it"}
    text = GRAMMAR.say("follow_up", rng, env)
    return _finish(text, vault, goal.style, rng)


def user_closing(rng: random.Random, style: Style = "chatty") -> str | None:
    """A thank-you turn, or None (many users just stop)."""
    if rng.random() < 0.25:
        return None
    rule = "closing" if style == "chatty" else "closing_" + style
    return _finish(GRAMMAR.say(rule, rng), Vault(), style, rng)


def user_irrelevant(rng: random.Random) -> str:
    """A question that needs no tool: small talk or general knowledge."""
    return smalltalk.question(rng)


def user_request_missing_capability(capability: str, rng: random.Random) -> str:
    """Asks for something (`capability`, a verb phrase) that no offered tool can do."""
    return tidy(GRAMMAR.say("missing", rng, {"capability": capability}))


def _weave(phrase: str, slots: Sequence[Slot], vault: Vault, rng: random.Random) -> tuple[str, str]:
    """The phrase with some slots inline, and the rest as sentences of their own."""
    n = len(slots)
    if n == 0:
        return phrase, ""
    r = rng.random()
    k = n if r < 0.55 else (1 if r < 0.8 else 0)
    if n > 3 and k == n:
        k = 2  # long inline lists read like a form; spill the rest into sentences
    inline, rest = slots[:k], slots[k:]
    core = phrase
    if len(inline) == 1:
        env = {"label": inline[0].label, "value": vault.put(inline[0].value)}
        core += " " + GRAMMAR.say("inline_one", rng, env)
    elif inline:
        core += " " + GRAMMAR.say("inline_many", rng, {"slots": _pairs(inline, vault, rng)})
    if not rest:
        return core, ""
    if len(rest) > 1 and rng.random() < 0.35:
        return core, " " + GRAMMAR.say("tail_many", rng, {"slots": _pairs(rest, vault, rng)})
    parts = [GRAMMAR.say("sentence", rng, {"label": s.label, "value": vault.put(s.value)})
             for s in rest]
    return core, " " + " ".join(parts)


def _pairs(slots: Sequence[Slot], vault: Vault, rng: random.Random) -> str:
    items = [GRAMMAR.say("pair", rng, {"label": s.label, "value": vault.put(s.value)})
             for s in slots]
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + (" and " if rng.random() < 0.7 else ", and ") + items[-1]


def _later(intents: Sequence[Intent], rng: random.Random) -> tuple[str, str]:
    """Later intents twice: joined inside a sentence (`more`) and as sentences (`after`)."""
    if not intents:
        return "", ""
    inline: list[str] = []
    sentences: list[str] = []
    for i, intent in enumerate(intents):
        last = i == len(intents) - 1 and len(intents) > 1
        phrase = intent.phrase + GRAMMAR.say("ref", rng)
        env = {"phrase": phrase}
        inline.append(GRAMMAR.say("last_in" if last else "next_in", rng, env))
        sentences.append(GRAMMAR.say("last_s" if last else "next_s", rng, env))
    return "".join(inline), " " + " ".join(sentences)


def _finish(text: str, vault: Vault, style: Style, rng: random.Random) -> str:
    text = tidy(text)
    if style == "casual":
        text = casualize(text, rng)
    out = vault.restore(text)
    return out
