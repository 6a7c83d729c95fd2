"""Wording no person writes: word runs built by swapping one phrase for another, sentences
run into each other, an order asked as a question, a word said twice.

Read in user and assistant text as a reviewer deciding whether to train on a record: "Can
you mind helping me" (a "would you mind" swapped for "can you"), "Many thanks so much!",
"I please ask you", "(yes, kindly)", "Brief one: delete the payment?" (an imperative
ending in "?"), "... using the result Once you have that, check ..." (a sentence run on
without a stop), "put up the prompt prompt", "pull up up-to-date petrol", "the today's
events", "yes to is private", "check the is prime", "recognize vehicle switched on (1)" (a
flag's name read as words), "Can you be able to", "Hi hey!", "convert CHF gonna SEK",
"I've uploaded my files" (the user's things as the assistant's), "I bought tickets; its
status is reserved" (one thing's pronoun for several), asides side by side ("(hotel
htl_1) (room rmo_2)") or listed after "and" ("and (the suite room)"), a "no" said of an
undoing ("no need to ignore duplicates"), a yes/no's name read as words ("yes, include
want year"), "x6" for a quantity and "convert the amount going to CAD". Kind
`broken_wording`; a follow-up opening on an earlier result none of its calls uses ("About
MarShon, can you also see the airports?") is kind `unmoored_follow_up`; an answer
template's seam (`seams`: "the first has X; the first is Y", "A product to cart is
added") is kind `answer_seam`. What a value holds is masked out first, so a title or a
quoted message is never read as the speaker's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from toolgen.executor.exchange import PER_USD
from toolgen.judge.context import JudgeContext
from toolgen.judge.phrases import Phrases
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.seams import seam
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "wording"

# Phrases swapped into a neighbour they do not fit (case-insensitive). Every phrase but the
# bracketed "(yes, kindly)" starts with a letter after a word boundary: one `\b` in front of
# them all, tested once where a phrase could start rather than once per phrase.
_CLASH = Phrases(
    r"\b(?:(?:can|could) you mind\b|able to mind\b"
    r"|many thanks (?:so much|a bunch|a ton|a lot|very much|kindly)\b"
    r"|thank you (?:a bunch|a ton)\b|with thank you\b|i please (?:ask|request)\b"
    r"|thank(?:s| you) please\b"
    r"|(?:fast|brief) one\s*[:\-–]"
    r"|the (?:today's|tomorrow's|yesterday's|my|your|our)\b"
    r"|(?:pull|look|dig|set|put) up up\b"
    r"|(?:can|could) you be able\b|able to (?:please|be able)\b"
    r"|hi (?:hi there|hello|hey)\b"
    r"|(?:can|could|would) you and (?:then|after that|afterwards)\b"
    r"|able to and (?:then|after that|afterwards)\b"
    r"|yes,? to (?:is|has) [a-z]|no (?:is|has) [a-z]|the (?:is|has|whether) [a-z]"
    r"|switched on \((?:x0|[01])\))"
    r"|\(\s*(?:yes|no),? kindly\s*\)")
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
_IMPERATIVE_Q = Phrases(
    r"(?:^|[.!?]\s+|\s-\s)(?:(?:quick|fast|brief|random) one\s*[:\-–]\s*|help me |assist me to )"
    r"(?=\S)(?!(?:can|could|would|will|is|are|do|does|did|any|what|how|where|when|who|which"
    r"|mind|u|you)\b)[^.!?\"]*\?")
# Asides side by side ("(hotel x0) (room x0)", "(that's Munich) (Boston)"): a person puts
# both in one bracket.
_STACKED = re.compile(r"\([^()]{1,80}\)\s*\((?!s\))[^()]{1,80}\)"
                      # a dash aside beside a bracketed one ("- 7 of them - (payment ...)")
                      # (a language's code in brackets is no aside: "in Dutch (nl) - ...")
                      r"|(?:^|\s)- [^-()]{1,60} - \((?!s\)|[a-z]{2}\))"
                      r"|\((?![a-z]{2}\))[^()]{1,80}\) - [^-()]{1,60} -(?:\s|$)"
                      # an aside listed after "and" ("for Andrea Lane and - late arrival")
                      r"|\band (?:\((?!s\))[^()]{1,80}\)|- [^-]{1,80} -|- [^-]{1,80}[.?!]$)")
# A "no" said of an action that itself leaves something out ("no need to ignore
# duplicates"), a yes/no's name read as words ("yes, include want year", "yes to with
# verdict") and a quantity written "x6" after a key (user text).
_FLAG_WORDS = Phrases(
    r"\bno need to (?:ignore|skip|exclude|hide|disable|omit|suppress)\b"
    r"|\b(?:yes,? (?:to|include)|no|with no) (?:with|want|wants)\b"
    r"|(?<![\w.])x[1-9]\d?(?![\w.])")
_X_COUNT = re.compile(r"[xX][1-9]")


def _may_flag(text: str) -> bool:
    """False only when `_FLAG_WORDS` cannot match `text`: its first branch holds "no need
    to ", its second " with" or " want" (case-insensitively), its third an x and a digit.
    Most requests hold none, and skip its scan (a lookbehind opens the third branch, so
    re tries the whole pattern at every position). Non-ASCII text is always scanned: re's
    case-insensitive "i" also matches a dotless "ı", which lower-casing keeps."""
    if not text.isascii():
        return True
    low = text.lower()
    return ("no need to " in low or " with" in low or " want" in low
            or _X_COUNT.search(text) is not None)


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


# "convert the amount going to CAD": a currency is converted into, not travelled to (read
# before masking: the code is a value).
_GOING_TO = re.compile(r"\bgoing to (" + "|".join(sorted(PER_USD)) + r")\b")
# ... said of money, not of a trip ("flights going to MAD" is Madrid's airport).
_MONEY_WORDS = Phrases(r"\b(?:convert\w*|conversion|rate|exchange|amount|currenc\w*|price)\b")
_SENTENCE_OF = re.compile(r"[^.!?]*(?:[.!?]|$)")


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
        # an output's leaves are its scalars already: no walk into them
        found.update(value for _, value in view.leaves(call_id) if isinstance(value, str))
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
    out = [run.strip() for run in _CLASH.matches(text)]
    out += [m.group(0) for m in _scan(_GONNA, text)]
    if role == "user":
        out += [m.group(0).strip() for m in _RUN_ON.finditer(text)]
        out += [m.group(0) for m in _scan(_STACKED, text)]
        if _may_flag(text):
            out += _FLAG_WORDS.matches(text)
        if "?" in text:  # each match ends in one
            out += [run.strip()[:60] for run in _IMPERATIVE_Q.matches(text)]
    out += [m.group(0) for m in _TWICE.finditer(text) if m.group(1) not in _MAY_REPEAT]
    if role == "assistant":
        out += [m.group(0) for m in _scan(_MINE, text)]
        out += [m.group(0) for m in _scan(_PLURAL_IT, text)
                if m.group(1) not in _READS and not m.group(2).endswith(_NOT_PLURAL)]
    return out


_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _GONNA: ("onna ",), _STACKED: ("(", "and - "), _MINE: ("ed my ",), _PLURAL_IT: (" it",)}
"""Literals every match of a pattern holds one of: most texts hold none, and need no scan."""


def _scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, skipped where the text holds none of its `_NEEDS`."""
    if not any(literal in text for literal in _NEEDS[pattern]):
        return iter(())
    return pattern.finditer(text)


# A follow-up that opens on an earlier result ("About MarShon, can you also see the
# airports?"): it says the new ask is about that thing.
_ABOUT = re.compile(r"(?:^|[.!?]\s+)(?:About|For|Regarding) ([^,]{1,60}), (?:can|could|would)"
                    r" you (?:also|now)\b")


_MONEY = re.compile(r"^(-?\d[\d,]*(?:\.\d+)?) [A-Z]{3}$")


def _scalars(obj: object) -> set[str]:
    found: set[str] = set()
    stack = [obj]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, str | int | float) and not isinstance(node, bool):
            found.add(str(node))
    return found


def unmoored(view: RecordView, index: int, text: str) -> str | None:
    """The earlier result a follow-up at `index` opens on ("About MarShon, ...") when none
    of the calls answering it uses that thing: not its value, nor a value of the result
    that names it (a case's ID for "About Harris v. Brennan"). None when it is used."""
    m = _ABOUT.search(text)
    if m is None:
        return None
    named = m.group(1).strip()
    # "Regarding 102.23 EUR, convert the amount": the call sends the amount's figure
    named = _MONEY.sub(r"\1", named)
    messages = view.record.messages
    end = next((k for k in range(index + 1, len(messages)) if messages[k].role == "user"),
               len(messages))
    answering = [s for s in view.calls if index < s.message_index < end]
    if not answering:
        return None
    sent: set[str] = set()
    for site in answering:
        sent |= _scalars(view.arguments(site.call.id))
    if any(named in v for v in sent):
        return None
    for site in view.calls:
        if site.message_index > index:
            continue
        for _, obj in view.objects(site.call.id):
            own = _own_values(obj)
            if named in own and own & sent:
                return None
    return named


def _own_values(obj: dict[str, object]) -> set[str]:
    """The scalars of a result's thing, with those of parts that are no thing of their own
    (a price's amount): a player's team, with its own id and name, is another thing."""
    out: set[str] = set()
    for v in obj.values():
        if isinstance(v, dict) and not v.keys() & _NAMING_KEYS:
            out |= _own_values(v)
        elif isinstance(v, str | int | float) and not isinstance(v, bool):
            out.add(str(v))
    return out


_NAMING_KEYS = frozenset({"id", "name", "title", "full_name", "uuid"})


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    values: list[str] | None = None
    for i, m in enumerate(view.record.messages):
        if m.role not in ("user", "assistant") or not m.content or m.weight == 0:
            continue
        if m.role == "user" and (named := unmoored(view, i, m.content)) is not None:
            out.append(finding(NAME, "unmoored_follow_up", i,
                               f"the follow-up opens on {named!r}, which none of its calls "
                               "uses: a new ask said as if about an earlier result"))
        if m.role == "assistant" and (joined := seam(m.content)) is not None:
            out.append(finding(NAME, "answer_seam", i,
                               f"the answer reads as a template's seam: {joined!r}"))
        if values is None:
            values = _values(view)
        runs = broken_runs(_masked(m.content, values), m.role)
        if m.role == "user" and "going to " in m.content:  # each `_GOING_TO` match holds it
            runs += [g.group(0) for sentence in _SENTENCE_OF.findall(m.content)
                     if _MONEY_WORDS.search(sentence) for g in _GOING_TO.finditer(sentence)]
        if runs:
            out.append(finding(NAME, "broken_wording", i,
                               f"{m.role} wording no person writes: "
                               + "; ".join(repr(r) for r in runs[:3])))
    return out
