"""An answer that leaves out the very thing the user asked for, though the result holds it.

The user asks for a ship's valuation; `ships_valuation` answers `valuation_usd:
30989845.72`; the assistant says "it's CMA CGM Rhone (ship code OG4769)". A president
asked for by year comes back as `president: "..."` and the answer reports "the year ID
is yre_5945c2"; a celebrity's net worth is answered with the celebrity ID. A reviewer
reads the question, finds the figure in the result and sees the answer skip it. Kind
`asked_omitted`.

The thing asked for is the endpoint's own noun: the last word of its name before "in",
"for", "by", "of", ... once the verbs of reading are dropped (`us_president_in_year` ->
president, `celebrity_net_worth_get` -> worth). It counts as asked when the user's text
names it. A field of the result object answers it when its head word is that noun
(`valuation_usd`, `net_worth_usd`, `president`, `distance_km`: units and `value`,
`amount` words dropped). A glossary's or a dictionary's entry asks for its `definition`
when the user names the glossary, the article, the term or a meaning. The answer
mentions the value when it states the text (case-insensitively, `_` read as a space) or
the number (as shown, rounded, in thousands, millions or billions, or as a percentage).

Left alone: calls that make or change something, values the call itself sent (an email
validated is not news), booleans, empty texts, a turn with no answer after the call
(other checks read those), and outputs that are not one object.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import function_gate
from toolgen.judge.realism.asked import name_words
from toolgen.judge.realism.hollow import _WRITES
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import key_tokens, singular, trained_text, turns
from toolgen.judge.view import RecordView
from toolgen.records import Finding, StepTrace

NAME = "omitted"

_CUT = frozenset({"by", "for", "from", "of", "with", "in", "on", "per", "to", "at", "under",
                  "using", "given", "between"})
_READS = frozenset({"get", "fetch", "retrieve", "read", "show", "view", "check", "lookup",
                    "look", "find", "query", "search", "list", "calculate", "calc", "compute",
                    "estimate", "all", "api", "info", "information", "details", "detail",
                    "data", "single", "one", "current", "latest", "us", "the", "a", "an"})
# Names that ask for the whole record, not one of its fields ("domain_details" is
# answered by any of them), or whether it is valid (`validate_address`).
_WHOLE = frozenset({"result", "results", "record", "records", "item", "items", "entry",
                    "profile", "summary", "overview", "list", "object", "response", "output",
                    "details", "detail", "info", "information", "data", "specifics",
                    "validate", "validation", "verify", "verification", "check"})
# Key words that say in what a figure is given, not what it is.
_UNITS = frozenset({"usd", "eur", "gbp", "jpy", "inr", "km", "m", "kg", "g", "mi", "ft", "lb",
                    "lbs", "s", "ms", "sec", "secs", "min", "mins", "h", "hr", "hrs", "pct",
                    "percent", "per", "kwh", "n", "newtons", "years", "months", "days",
                    "hours", "minutes", "seconds", "cm", "mm", "value", "amount", "total",
                    "estimate", "estimated", "approx", "usd_value", "mps", "kmh", "mph"})
# A figure may be written in scientific notation (a proton's diameter: 1.683e-13 cm).
_FIGURE = re.compile(r"(-?\d[\d,]*(?:\.\d+)?(?:e[-+]\d+)?)\s*"
                     r"(thousand|million|billion|trillion|k|m|bn|b)?\b",
                     re.IGNORECASE)
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
          "b": 1e9, "trillion": 1e12}


@lru_cache(maxsize=4096)
def asked_thing(function_name: str) -> str | None:
    """The noun an endpoint that reads is named for, or None (a write, or no noun)."""
    words = name_words(function_name)
    if not words or words[0] in _WRITES or words[-1] in _WRITES or _WHOLE & set(words):
        return None
    kept: list[str] = []
    for w in words:
        if kept and w in _CUT:
            break
        if w not in _READS and w not in _CUT:
            kept.append(w)
    if not kept or len(kept[-1]) < 4:
        return None
    return _one(kept[-1])


# A glossary's or a dictionary's entry is asked for its definition, whatever the user
# calls it (BigOven's food glossary article was answered "the term is saffron, with URL
# https://...": the definition it held went unsaid).
_GLOSSARY = frozenset({"glossary", "glossaries", "dictionary", "define", "definition",
                       "definitions"})
_GLOSSARY_SAID = ("glossary", "article", "definition", "define", "mean", "term")


@lru_cache(maxsize=4096)
def _glossary(function_name: str) -> bool:
    return bool(_GLOSSARY & set(name_words(function_name)))


def _one(word: str) -> str:
    """`word` in the singular ("status" and "analysis" stay as they are)."""
    return word if word.endswith(("us", "is")) else singular(word)


@lru_cache(maxsize=4096)
def _head(key: str) -> str | None:
    """What field `key` holds: its word before "of", else its last word that is no unit."""
    tokens = key_tokens(key)
    if "of" in tokens[1:]:
        tokens = tokens[: tokens.index("of", 1)]
    kept = [t for t in tokens if t not in _UNITS]
    return _one(kept[-1]) if kept else None


def _figures(text: str) -> list[tuple[float, int]]:
    """(number, decimals shown) of every figure in `text`, scale words applied."""
    out: list[tuple[float, int]] = []
    for digits, scale in _FIGURE.findall(text):
        plain = digits.replace(",", "")
        try:
            number = float(plain)
        except ValueError:
            continue
        decimals = len(plain.split(".", 1)[1]) if "." in plain else 0
        out.append((number, decimals))
        if scale:
            out.append((number * _SCALE[scale.lower()], 0))
    return out


def _states_number(value: float, figures: list[tuple[float, int]]) -> bool:
    for number, decimals in figures:
        for shown in (value, value * 100, abs(value)):
            if round(shown, decimals) == number or abs(number - shown) <= abs(shown) * 0.01:
                return True
    return False


def mentions(value: Any, text: str) -> bool:
    """Whether answer `text` states `value` (a text or a number, see the module doc)."""
    if isinstance(value, int | float):
        return _states_number(float(value), _figures(text))
    low = text.lower()
    said = str(value).strip().lower()
    spaced = said.replace("_", " ")
    if said in low or spaced in low or said[:30] in low:
        return True
    parts = [p.strip() for p in re.split(r"[,;]", spaced) if len(p.strip()) >= 3]
    return len(parts) > 1 and any(p in low for p in parts)


def _sent(args: Any) -> list[str]:
    if not isinstance(args, dict):
        return []
    out: list[str] = []
    for value in args.values():
        for v in value if isinstance(value, list) else [value]:
            out.append(str(v).strip().lower())
    return out


def _candidates(view: RecordView, step: StepTrace, thing: str) -> list[tuple[str, Any]]:
    """(key, value) of the result's fields that answer `thing` and the call did not send."""
    output = view.output(step.call_id)
    if not isinstance(output, dict):
        return []
    sent = _sent(view.arguments(step.call_id))
    out: list[tuple[str, Any]] = []
    for key, value in output.items():
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            continue
        if isinstance(value, str) and not value.strip():
            continue
        if _head(str(key)) == thing and str(value).strip().lower() not in sent:
            out.append((str(key), value))
    return out


def _turn_findings(view: RecordView, user_at: int, indices: tuple[int, ...]) -> list[Finding]:
    asked_text = (view.record.messages[user_at].content or "").lower()
    out: list[Finding] = []
    for i in indices:
        message = view.record.messages[i]
        if message.weight == 0:
            continue
        for call in message.tool_calls or ():
            step = view.steps.get(call.id)
            if step is None or step.intended or step.status != "ok" or \
                    call.id not in view.answer_at:
                continue
            thing = asked_thing(step.function_name)
            said: tuple[str, ...] = (thing,) if thing is not None else ()
            if thing is not None and _glossary(step.function_name):
                thing, said = "definition", _GLOSSARY_SAID
            if thing is None or not any(w in asked_text for w in said):
                continue
            fields = _candidates(view, step, thing)
            if not fields:
                continue
            answers = [t for j in indices if j > view.answer_at[call.id]
                       and not view.record.messages[j].tool_calls
                       and (t := trained_text(view, j))]
            if not answers:
                continue
            key, value = fields[0]
            if not any(mentions(v, a) for _, v in fields for a in answers):
                out.append(finding(NAME, "asked_omitted", view.answer_at[call.id],
                                   f"{step.function_name}: the user asked for the {thing}; "
                                   f"the result has {key}={value!r} and the answer never "
                                   "states it"))
    return out


# Only a call of an endpoint named for one thing (`asked_thing`) can have it left out.
GATE = function_gate(lambda name: asked_thing(name) is not None)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for turn in turns(view):
        if turn.user_at is not None:
            out += _turn_findings(view, turn.user_at, turn.indices)
    return out
