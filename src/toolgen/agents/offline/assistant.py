"""The assistant's words, offline, outside the report on tool results: clarifying
questions, preambles, final and follow-up answers, error recovery, missing tools,
off-topic answers, pagination notes and closings.

Every `Fact.value` is placed as an opaque token (`masking.Vault`) and restored after the
text is tidied, so the answer cites each result exactly as the tool returned it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

from toolgen.agents.offline import smalltalk
from toolgen.agents.offline.assistant_phrases import GRAMMAR
from toolgen.agents.offline.goal_phrases import goal_phrase, topic
from toolgen.agents.offline.grammar import tidy
from toolgen.agents.offline.labels import slot_label
from toolgen.agents.offline.masking import Vault
from toolgen.agents.offline.report import be, join, one_stop, sentences, yours
from toolgen.agents.offline.types import Fact, Intent
from toolgen.records.plan import Style


def assistant_clarify(missing: Sequence[str], rng: random.Random, style: Style = "chatty") -> str:
    """Asks for the missing required values, named by their labels."""
    labels = [m for m in missing if m] or ["details"]
    joined = join(labels, rng)
    env = {"missing": joined, "missing_is": "are" if len(labels) > 1 else "is",
           "missing_cap": joined[:1].upper() + joined[1:]}
    rule = {"formal": "clarify_formal", "terse": "clarify_terse"}.get(style, "clarify")
    return tidy(GRAMMAR.say(rule, rng, env))


def assistant_preamble(intents: Sequence[Intent], rng: random.Random) -> str | None:
    """A short line before tool calls, or None (most real turns go straight to the call)."""
    if rng.random() < 0.55:
        return None
    phrase = yours(goal_phrase(intents[0], rng)) if intents else "look into it"
    rule = "preamble" if len(intents) > 1 else "preamble_one"
    return tidy(GRAMMAR.say(rule, rng, {"phrase": phrase}))


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


def assistant_error_recovery(kind: str, error: str, rng: random.Random,
                             label_of: Callable[[str], str] | None = None) -> str:
    """Reads a failed call's error and says what it changes next (fix, retry, re-auth).

    `kind` is the fault kind ("validation", "server", "rate_limit", "auth", "not_found",
    "empty", "out_of_order"; HTTP codes work too). The error is put in the assistant's
    own words; it is never quoted raw, and an empty one is never shown as a placeholder.
    `label_of` names an argument as its endpoint means it (`spoken_slot`).
    """
    low = kind.lower()
    rule = next((r for key, r in _KINDS if key in low), "err_other")
    m = _FIELD.search(error)
    field = (m.group(1) or m.group(2)) if m else ""
    if rule == "err_validation" and not field:
        rule = "err_other"
    label = (label_of or slot_label)(field) if field else "request"
    env = {"field": label, "reason": _reason(error, label)}
    return tidy(GRAMMAR.say(rule, rng, env))


def assistant_wrong_tool(wrong: Intent, right: Intent, rng: random.Random) -> str:
    """After calling a similar but wrong tool: says which one it was and what it does now."""
    if wrong.obj == right.obj:
        return tidy(GRAMMAR.say("err_wrong_tool_same", rng))
    env = {"wrong": topic(wrong, rng), "right": goal_phrase(right, rng)}
    return tidy(GRAMMAR.say("err_wrong_tool", rng, env))


def _reason(error: str, label: str) -> str:
    """The error in plain words: "it is required", "it must be one of a, b"."""
    low = error.lower()
    if "required" in low:
        plural = be(label) == "are"
        return f"the {label} {'are' if plural else 'is'} required and I left " \
               f"{'them' if plural else 'it'} out"
    m = re.search(r"must be one of ([^.;]+)", error)
    if m:
        return f"the {label} must be one of {m.group(1).strip()}"
    if "yyyy" in low or ("date" in low and "format" in low):
        return f"the {label} needs a YYYY-MM-DD date"
    if "type" in low or "not of type" in low or "expected" in low:
        return f"the {label} has the wrong type"
    if label != "request":
        return f"the {label} value isn't one it accepts"
    quoted = _quote(error)
    return quoted if quoted else "the service returned an error"


def assistant_missing_tool(
    capability: str, alternatives: Sequence[Intent], rng: random.Random
) -> str:
    """Says the capability is not available and offers what the tools can do: never an
    undoing ("I'm not able to follow the delivery. Would it help if I cancel the order?":
    bundled seed 71 #11), which no one asks for in place of a look-up."""
    env = {"capability": capability}
    alternatives = [a for a in alternatives if a.verb.lower() not in _UNDOING]
    if not alternatives:
        return tidy(GRAMMAR.say("missing_none", rng, env))
    picks = list(dict.fromkeys(a.phrase for a in alternatives))[:3]
    env["alts"] = join(picks, rng, "or")
    return tidy(GRAMMAR.say("missing", rng, env))


# Verbs of a call that undoes or ends something: no alternative to offer.
_UNDOING = frozenset({"cancel", "delete", "remove", "refund", "close", "revoke", "void",
                      "unsubscribe", "deactivate", "disable", "clear", "terminate", "end"})


def assistant_irrelevant_answer(question: str, rng: random.Random) -> str:
    """Answers a question that needs no tool, from general knowledge."""
    return smalltalk.answer(question, rng)


def assistant_pagination(rng: random.Random) -> str:
    return tidy(GRAMMAR.say("pagination", rng))


# What a user's last message does: thanks ("thx", "much appreciated"; a casual user's
# typo "thnaks" still thanks), wishes the assistant well ("Have a good day."), signs off
# a letter ("Kind regards.").
_THANKS = re.compile(r"\bth\w{1,3}k|\b(?:thx|ty|cheers|appreciated?|grateful)\b", re.I)
_WISH = re.compile(r"\bhave an? (?:good|great|nice|lovely) \w+", re.I)
_SIGNED = re.compile(r"\bregards\b|\bbye\b", re.I)


def assistant_closing(heard: str, rng: random.Random) -> str:
    """The reply to the user's closing message `heard`, answering what it does: a thank-you
    gets "You're welcome", a wish gets one back ("You too!"), a sign-off a goodbye, and a
    plain "OK." or "That's all." no "You're welcome" for thanks never given."""
    thanked = bool(_THANKS.search(heard))
    part = "wish" if _WISH.search(heard) else "signed" if _SIGNED.search(heard) else ""
    rule = "closing" if thanked else "closing_plain"
    if part:
        rule = f"closing_{part}_thanked" if thanked else f"closing_{part}"
    return tidy(GRAMMAR.say(rule, rng))


def _answer(rule: str, facts: Sequence[Fact], intents: Sequence[Intent], rng: random.Random) -> str:
    vault = Vault()
    phrase = intents[0].phrase if intents else "look into it"
    if not facts:
        return tidy(GRAMMAR.say("err_empty", rng, {}))
    parts = [GRAMMAR.say("fact", rng, {"label": f.label or "result", "value": vault.put(f.value)})
             for f in facts]
    bullets = "\n".join(f"- {f.label or 'result'}: {vault.put(f.value)}" for f in facts)
    env = {"facts": sentences(parts, rng), "bullets": bullets, "phrase": phrase}
    text = GRAMMAR.say(rule, rng, env)
    lines = [tidy(line) for line in text.split("\n")]  # bullets keep their own lines
    return one_stop(vault.restore("\n".join(lines)))


def _quote(error: str) -> str:
    """A short, brace-free excerpt of an error message, safe to quote in prose ("" when
    there is nothing to quote)."""
    line = error.strip().splitlines()[0] if error.strip() else ""
    line = re.sub(r"[{}\[\]\"]", "", line).replace("None", "none").strip(" .")
    return line[:117] + "..." if len(line) > 120 else line
