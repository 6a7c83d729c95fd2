"""Wording no person writes: word runs built by swapping one phrase for another, sentences
run into each other, an order asked as a question, a word said twice.

Read in user and assistant text as a reviewer deciding whether to train on a record: "Can
you mind helping me" (a "would you mind" swapped for "can you"), "Many thanks so much!",
"I please ask you", "(yes, kindly)", "Brief one: delete the payment?" (an imperative
ending in "?"), "... using the result Once you have that, check ..." (a sentence run on
without a stop), "put up the prompt prompt", "pull up up-to-date petrol", "the today's
events", "yes to is private", "check the is prime", "recognize vehicle switched on (1)" (a
flag's name read as words), "Can you be able to", "Hi hey!", "convert CHF gonna SEK",
"I've uploaded my files" (the user's things as the assistant's) and "I bought tickets; its
status is reserved" (one thing's pronoun for several). Kind `broken_wording`; what a value
holds is masked out first, so a title or a quoted message is never read as the speaker's
words.
"""

from __future__ import annotations

import re

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "wording"

# Phrases swapped into a neighbour they do not fit (case-insensitive).
_CLASH = re.compile(
    r"\b(?:can|could) you mind\b|\bable to mind\b"
    r"|\bmany thanks (?:so much|a bunch|a ton|a lot|very much|kindly)\b"
    r"|\bthank you (?:a bunch|a ton)\b|\bwith thank you\b|\bi please (?:ask|request)\b"
    r"|\bthank(?:s| you) please\b|\(\s*(?:yes|no),? kindly\s*\)"
    r"|\b(?:fast|brief) one\s*[:\-–]"
    r"|\bthe (?:today's|tomorrow's|yesterday's|my|your|our)\b"
    r"|\b(?:pull|look|dig|set|put) up up\b"
    r"|\b(?:can|could) you be able\b|\bable to (?:please|be able)\b"
    r"|\bhi (?:hi there|hello|hey)\b"
    r"|\byes,? to (?:is|has) [a-z]|\bno (?:is|has) [a-z]|\bthe (?:is|has|whether) [a-z]"
    r"|\bswitched on \((?:x0|[01])\)",
    re.IGNORECASE)
# "convert CHF gonna SEK": "going to" a place or a currency is motion, no "gonna".
_GONNA = re.compile(r"\b[Gg]onna (?:x0|the|a|an|my|your|[A-Z][A-Za-z]*)\b")
# The assistant reporting the user's things as its own: "I've uploaded my files".
_MINE = re.compile(r"\bI(?:'ve| have)? [a-z]+ed my (?!pleasure|apologies|best|end)[a-z]+")
# A later ask opening a sentence right after a word or value, with no stop between: the
# connector keeps its capital, so the writer meant a new sentence (case-sensitive).
_RUN_ON = re.compile(
    r"[a-z0-9)\"'\]] (?:Once you have that|When that'?s done|When that is done|After that"
    r"|Following that|Separately|On top of that|Afterwards|Next|Finally|Lastly|Also"
    r"|Then (?:please|kindly|I'd|I would|could)|Could you also|I'd also like|And after that"
    r"|And afterwards|And then)\b")
# An order ("quick one: upload a file", "help me add a product") closed by a question mark.
_IMPERATIVE_Q = re.compile(
    r"(?:^|[.!?]\s+|\s-\s)(?:(?:quick|fast|brief|random) one\s*[:\-–]\s*|help me |assist me to )"
    r"(?=\S)(?!(?:can|could|would|will|is|are|do|does|did|any|what|how|where|when|who|which"
    r"|mind|u|you)\b)[^.!?\"]*\?",
    re.IGNORECASE)
# A lower-case word said twice ("the prompt prompt"); words English repeats are left out.
_TWICE = re.compile(r"\b([a-z]{3,}) \1\b")
_MAY_REPEAT = frozenset({"that", "had", "very", "bye", "knock", "ha", "haha", "yes", "no",
                         "really", "far", "more", "again", "many", "over", "round", "out"})
# "I bought tickets; its status is reserved": a done thing in the plural, then "it".
_PLURAL_IT = re.compile(
    r"\bI(?:'ve| have)? ([a-z]+) (?:the |some |your |all )?([a-z]+s)(?: [a-z]+s)?"
    r"(?: -|;|:|,(?: and)?) (?:its|it's|it is|it was)\b")
# A read's "it" is its result ("I checked the airports, and it's JFK"): only a thing done
# (bought, created, removed) is the "it" itself.
_READS = frozenset({"checked", "found", "pulled", "looked", "searched", "fetched", "retrieved",
                    "got", "saw", "went", "listed", "browsed", "tracked", "viewed", "read"})
_NOT_PLURAL = ("ss", "us", "is", "news", "series", "species", "lyrics", "analytics",
               "physics", "statistics", "stats", "ics")


def _masked(text: str, values: list[str]) -> str:
    """`text` with each value (a tool's or an argument's) replaced by a neutral token: what
    a value says is not the speaker's wording."""
    for v in values:
        if v in text:
            # no word (never one said twice); a value's own full stop ends the sentence
            text = text.replace(v, "x0" + (v[-1] if v[-1] in ".!?" else ""))
    return text


def _values(view: RecordView) -> list[str]:
    """String values of every call's arguments and every tool output, longest first."""
    found: set[str] = set()
    for site in view.calls:
        _strings(view.arguments(site.call.id), found)
    for call_id in view.answer_at:
        for _, value in view.leaves(call_id):
            _strings(value, found)
    return sorted((v for v in found if len(v) >= 3), key=lambda v: (-len(v), v))


def _strings(obj: object, out: set[str]) -> None:
    if isinstance(obj, str):
        out.add(obj)
    elif isinstance(obj, dict):
        for v in obj.values():
            _strings(v, out)
    elif isinstance(obj, list):
        for v in obj:
            _strings(v, out)


def broken_runs(text: str, role: str) -> list[str]:
    """The runs of `text` (said by `role`) that no person writes, in order of the rules."""
    out = [m.group(0).strip() for m in _CLASH.finditer(text)]
    out += [m.group(0) for m in _GONNA.finditer(text)]
    if role == "user":
        out += [m.group(0).strip() for m in _RUN_ON.finditer(text)]
        out += [m.group(0).strip()[:60] for m in _IMPERATIVE_Q.finditer(text)]
    out += [m.group(0) for m in _TWICE.finditer(text) if m.group(1) not in _MAY_REPEAT]
    if role == "assistant":
        out += [m.group(0) for m in _MINE.finditer(text)]
        out += [m.group(0) for m in _PLURAL_IT.finditer(text)
                if m.group(1) not in _READS and not m.group(2).endswith(_NOT_PLURAL)]
    return out


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    values: list[str] | None = None
    for i, m in enumerate(view.record.messages):
        if m.role not in ("user", "assistant") or not m.content or m.weight == 0:
            continue
        if values is None:
            values = _values(view)
        runs = broken_runs(_masked(m.content, values), m.role)
        if runs:
            out.append(finding(NAME, "broken_wording", i,
                               f"{m.role} wording no person writes: "
                               + "; ".join(repr(r) for r in runs[:3])))
    return out
