"""The assistant's words, offline: clarifying questions, preambles, final and follow-up
answers built on tool results, error recovery, missing tools, off-topic answers,
pagination notes and closings.

Every `Fact.value` is placed as an opaque token (`masking.Vault`) and restored after the
text is tidied, so the answer cites each result exactly as the tool returned it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from toolgen.agents.offline import smalltalk
from toolgen.agents.offline.assistant_phrases import GRAMMAR
from toolgen.agents.offline.grammar import tidy
from toolgen.agents.offline.masking import Vault
from toolgen.agents.offline.types import Fact, Intent
from toolgen.records.plan import Style


def assistant_clarify(missing: Sequence[str], rng: random.Random, style: Style = "chatty") -> str:
    """Asks for the missing required values, named by their labels."""
    labels = [m for m in missing if m] or ["details"]
    joined = _join(labels, rng)
    env = {"missing": joined, "missing_is": "are" if len(labels) > 1 else "is",
           "missing_cap": joined[:1].upper() + joined[1:]}
    rule = {"formal": "clarify_formal", "terse": "clarify_terse"}.get(style, "clarify")
    return tidy(GRAMMAR.say(rule, rng, env))


def assistant_preamble(intents: Sequence[Intent], rng: random.Random) -> str | None:
    """A short line before tool calls, or None (most real turns go straight to the call)."""
    if rng.random() < 0.55:
        return None
    phrase = intents[0].phrase if intents else "look into it"
    return tidy(GRAMMAR.say("preamble", rng, {"phrase": phrase}))


def assistant_final(facts: Sequence[Fact], intents: Sequence[Intent], rng: random.Random) -> str:
    """The answer after the tools ran; every fact value appears verbatim."""
    return _answer("final", facts, intents, rng)


def assistant_follow_up_answer(
    facts: Sequence[Fact], intent: Intent | None, rng: random.Random
) -> str:
    """The answer to a follow-up request, shorter and referring back."""
    return _answer("follow", facts, [intent] if intent else [], rng)


_KINDS: tuple[tuple[str, str], ...] = (
    ("rate", "err_rate"), ("429", "err_rate"), ("throttl", "err_rate"),
    ("auth", "err_auth"), ("401", "err_auth"), ("403", "err_auth"), ("token", "err_auth"),
    ("not_found", "err_not_found"), ("notfound", "err_not_found"), ("404", "err_not_found"),
    ("empty", "err_empty"), ("wrong", "err_wrong_tool"), ("similar", "err_wrong_tool"),
    ("order", "err_order"), ("missing_input", "err_order"), ("depend", "err_order"),
    ("valid", "err_validation"), ("type", "err_validation"), ("enum", "err_validation"),
    ("missing", "err_validation"), ("argument", "err_validation"), ("4", "err_validation"),
    ("server", "err_server"), ("5", "err_server"), ("timeout", "err_server"),
)
_FIELD = re.compile(
    r"(?:field|parameter|argument|param|property)\s*[\"'`]?([A-Za-z_][\w.\-]*)"
    r"|[\"'`]([A-Za-z_][\w.\-]*)[\"'`]\s+(?:is|must|should|was)",
    re.IGNORECASE,
)


def assistant_error_recovery(kind: str, error: str, rng: random.Random) -> str:
    """Reads a failed call's error and says what happens next (fix, retry, re-auth).

    `kind` is the fault kind ("validation", "server", "rate_limit", "auth", "not_found",
    "empty", "wrong_tool", "out_of_order"; HTTP codes work too).
    """
    low = kind.lower()
    rule = next((r for key, r in _KINDS if key in low), "err_other")
    m = _FIELD.search(error)
    field = (m.group(1) or m.group(2)) if m else "arguments"
    env = {"error": _quote(error), "field": field}
    return tidy(GRAMMAR.say(rule, rng, env))


def assistant_missing_tool(
    capability: str, alternatives: Sequence[Intent], rng: random.Random
) -> str:
    """Says the capability is not available and offers what the tools can do."""
    env = {"capability": capability}
    if not alternatives:
        return tidy(GRAMMAR.say("missing_none", rng, env))
    picks = list(dict.fromkeys(a.phrase for a in alternatives))[:3]
    env["alts"] = _join(picks, rng, "or")
    return tidy(GRAMMAR.say("missing", rng, env))


def assistant_irrelevant_answer(question: str, rng: random.Random) -> str:
    """Answers a question that needs no tool, from general knowledge."""
    return smalltalk.answer(question, rng)


def assistant_pagination(rng: random.Random) -> str:
    return tidy(GRAMMAR.say("pagination", rng))


def assistant_closing(rng: random.Random) -> str:
    return tidy(GRAMMAR.say("closing", rng))


def _answer(rule: str, facts: Sequence[Fact], intents: Sequence[Intent], rng: random.Random) -> str:
    vault = Vault()
    phrase = intents[0].phrase if intents else "look into it"
    if not facts:
        return tidy(GRAMMAR.say("err_empty", rng, {}))
    parts = [GRAMMAR.say("fact", rng, {"label": f.label or "result", "value": vault.put(f.value)})
             for f in facts]
    bullets = "\n".join(f"- {f.label or 'result'}: {vault.put(f.value)}" for f in facts)
    env = {"facts": _sentences(parts, rng), "bullets": bullets, "phrase": phrase}
    text = GRAMMAR.say(rule, rng, env)
    lines = [tidy(line) for line in text.split("\n")]  # bullets keep their own lines
    return vault.restore("\n".join(lines))


def _sentences(parts: list[str], rng: random.Random) -> str:
    """Facts as one flowing sentence, or two or three shorter ones for longer lists."""
    if len(parts) <= 3 or rng.random() < 0.4:
        return _join(parts, rng)
    cut = 2 + int(rng.random() * (len(parts) - 2))
    return _join(parts[:cut], rng) + ". " + ("Also, " if rng.random() < 0.5 else "") + _join(
        parts[cut:], rng
    )


def _join(items: Sequence[str], rng: random.Random, conj: str = "and") -> str:
    if len(items) <= 1:
        return "".join(items)
    comma = "," if rng.random() < 0.3 and len(items) > 2 else ""
    return ", ".join(items[:-1]) + f"{comma} {conj} " + items[-1]


def _quote(error: str) -> str:
    """A short, brace-free excerpt of an error message, safe to quote in prose."""
    line = error.strip().splitlines()[0] if error.strip() else "no details"
    line = re.sub(r"[{}\[\]\"]", "", line).replace("None", "none").strip(" .")
    return line[:117] + "..." if len(line) > 120 else line or "no details"
