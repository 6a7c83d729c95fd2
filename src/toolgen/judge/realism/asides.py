"""A value the user sets off in brackets or dashes with nothing saying what it is.

"check the games called Minecraft - Nintendo Switch - in Masovia", "book a hotel ...
starting 2026-04-23 (parking)", "work out the area under (-1, 0 and 5; 10 and 20)" (BFCL
seed 31 #244, #123, #57): the reader has to guess that Nintendo Switch is the platform,
parking a preference, and the numbers a polynomial and its limits. A person says the role
("on Nintendo Switch", "with parking"). Kind `bare_aside`, per user message: an aside
whose whole text is values the calls send (with at most "that's", "the", "please", commas
and "and" around them). An aside after a word naming it is no bare aside: "in Spanish
(es)", "near Madrid (40.4168, -3.7038)"; nor one saying what its value is ("(user 5120)",
"(5 in total)"), nor a formula's brackets ("the derivative of (x^2 + 3*x - 4)").
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import real_steps
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "asides"

_BRACKET = re.compile(r"\(([^()]{1,200})\)")
_DASHED = re.compile(r"(?:^|(?<=\s))- ([^\n]{1,160}?) -(?=[\s.,?!;:]|$)")
# Words an aside may hold beside its values and still say nothing of what they are.
_FILLER = re.compile(r"\b(?:that's|that is|thats|that|the|please|pls|kindly|and|or|it's|"
                     r"i\.e\.)\b|[\s,;:.!?'\"]+", re.IGNORECASE)
# A formula in brackets is the formula's grouping, not an aside.
_FORMULA = re.compile(r"[\^*/=+]|\w\(")
# The word before a bracket, which may name what it holds ("Spanish (es)", "Madrid
# (40.4, ...)"): a capitalised word, or any word before a code or a point.
_WORD_BEFORE = re.compile(r"\b([\w'-]+)\s*$")
_CODE_OR_POINT = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z]{2})?|-?\d+\.\d+, -?\d+\.\d+")
_NOT_NAMES = frozenset({"under", "of", "for", "in", "on", "at", "to", "with", "and", "the",
                        "a", "an", "about", "from", "by", "into", "over", "between", "is",
                        "as", "me", "it", "up", "out"})


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    values: list[str] | None = None
    for i, m in enumerate(view.record.messages):
        text = m.content or ""
        if m.role != "user" or m.weight == 0 or ("(" not in text and " - " not in text):
            continue
        if values is None:
            values = _values(view)
            if not values:
                return out
        bare = _bare(text, values)
        if bare:
            out.append(finding(NAME, "bare_aside", i,
                               f"the user sets off {bare!r} with nothing saying what it is "
                               "(a platform, a preference, a limit?)"))
    return out


def _values(view: RecordView) -> list[str]:
    """Every scalar the record's calls send, as text, longest first (a value holding
    another is taken out whole)."""
    found: set[str] = set()
    for step in real_steps(view):
        _leaves(view.arguments(step.call_id), found)
    return sorted((v for v in found if len(v) >= 2), key=lambda v: (-len(v), v))


def _leaves(value: Any, into: set[str]) -> None:
    if isinstance(value, dict):
        for v in value.values():
            _leaves(v, into)
    elif isinstance(value, list):
        for v in value:
            _leaves(v, into)
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, float) and value.is_integer():
        into.add(str(int(value)))
    else:
        into.add(str(value))


def _bare(text: str, values: list[str]) -> str | None:
    """The first aside of `text` holding only sent values (module doc), or None."""
    for match in (*_BRACKET.finditer(text), *_DASHED.finditer(text)):
        inner = match.group(1)
        if _FORMULA.search(inner):
            continue  # "the derivative of (x^2 + 3*x - 4)": a formula's own brackets
        rest, held = _without(inner, values)
        if not held or _FILLER.sub("", rest):
            continue
        if match.group(0).startswith("(") and _named_before(text[:match.start()], inner,
                                                             values):
            continue  # "Spanish (es)": the word before names what the bracket holds
        return match.group(0).strip()
    return None


def _without(inner: str, values: list[str]) -> tuple[str, bool]:
    """`inner` with each sent value taken out, and whether any was."""
    held = False
    for v in values:
        if v in inner:  # a value inside a word ("es" in "Spanish") is none of it
            inner, n = re.subn(rf"(?<!\w){re.escape(v)}(?!\w)", " ", inner)
            held = held or n > 0
    return inner, held


def _named_before(text: str, inner: str, values: list[str]) -> bool:
    """Whether the word before a bracket names what it holds: "Spanish (es)", "meixco city
    (19.4326, -99.1332)"; a sent value right before names nothing ("Mexico City
    (parking)")."""
    m = _WORD_BEFORE.search(text)
    if m is None:
        return False
    word = m.group(1)
    said = text.rstrip()
    if any(said.endswith(v) for v in values):
        return False  # "Mexico City (parking)": a value, then a bare one
    if word[:1].isupper() and word.lower() not in _NOT_NAMES:
        return True
    return word.lower() not in _NOT_NAMES and len(word) > 3 and _CODE_OR_POINT.fullmatch(
        inner.strip()) is not None
