"""Answer citations: IDs and money figures an assistant answer states must come from data.

An assistant text turn that names an ID-like token (`htl_8f3a2c`, a UUID, a run of six
or more digits) or a money figure (`$1,234.50`, `12 EUR`) must find it in some tool
output. User messages count too: echoing what the user said is not a hallucination.
Part of the grounding validator; weight-0 turns are skipped (they are meant to be wrong).
"""

from __future__ import annotations

import re

from toolgen.judge.context import JudgeContext
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "grounding"

_ID = re.compile(
    r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"  # UUID
    r"|\b[A-Za-z]{2,8}[_-](?=[A-Za-z0-9]*\d)[A-Za-z0-9]{4,}\b"  # prefixed id with a digit
    r"|(?<![\d.,])\d{6,}(?![\d])",  # long digit run (not part of a decimal)
    re.IGNORECASE,
)
# `_ID` without IGNORECASE, for ASCII text: re folds case character by character and
# alternative by alternative, and `id_spans` scans every answer. The two find the same
# matches in ASCII text (only re's non-ASCII case equivalences, `ſ`/`s`, `K`/`k`, `ı`/`i`,
# tell them apart; `\b` and `\d` read the same either way).
_HEX = "[0-9a-fA-F]"
_ID_ASCII = re.compile(
    rf"\b{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}\b"
    r"|\b[A-Za-z]{2,8}[_-](?=[A-Za-z0-9]*\d)[A-Za-z0-9]{4,}\b"
    r"|(?<![\d.,])\d{6,}(?![\d])",
)
_MONEY = re.compile(
    r"[$€£]\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    r"|\b(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?(?:USD|EUR|GBP|dollars|euros)\b",
    re.IGNORECASE,
)
_SIX_DIGITS = re.compile(r"\d{6}")
_DIGIT = re.compile(r"\d")


def may_hold_id(text: str) -> bool:
    """False only when `_ID` cannot match `text` (its UUID and prefixed forms hold a dash or
    an underscore, its digit run six digits): most answers then need no `_ID` scan, the
    slowest pattern here."""
    return "-" in text or "_" in text or _SIX_DIGITS.search(text) is not None


def may_hold_money(text: str) -> bool:
    """False only when `_MONEY` cannot match `text` (every money figure holds a digit)."""
    return _DIGIT.search(text) is not None


def id_spans(view: RecordView, text: str) -> list[tuple[int, int, str]]:
    """(start, end, token) of each `_ID` match in `text`, one of the record's messages:
    scanned once per view and text (the grounding and honesty checks both read the IDs
    of every answer, and `_ID` is the slowest pattern they run)."""
    known: dict[str, list[tuple[int, int, str]]] | None = view.memo.get(_ID_SPANS)
    if known is None:
        known = view.memo[_ID_SPANS] = {}
    found = known.get(text)
    if found is None:
        pattern = _ID_ASCII if text.isascii() else _ID
        found = known[text] = ([(m.start(), m.end(), m.group(0))
                                for m in pattern.finditer(text)]
                               if may_hold_id(text) else [])
    return found


_ID_SPANS = "answer.ids"


def without_ids(view: RecordView, text: str) -> str:
    """`_ID.sub(" ", text)`, from `id_spans` (sub replaces the matches finditer finds)."""
    spans = id_spans(view, text)
    if not spans:
        return text
    parts: list[str] = []
    at = 0
    for start, end, _ in spans:
        parts.append(text[at:start])
        parts.append(" ")
        at = end
    parts.append(text[at:])
    return "".join(parts)


_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _numbers(text: str) -> set[float]:
    """Every number in `text`; "1,200" counts both as 1200 and as 1 and 200 (JSON lists)."""
    found = {round(float(n), 2) for n in _NUMBER.findall(text)}
    found.update(round(float(n.replace(",", "")), 2) for n in _GROUPED.findall(text))
    return found


def _spelled(value: float, whole: str, frac: str | None, tokens: set[str]) -> bool:
    """Some number token of the haystack (`tokens`, `_NUMBER`'s matches) is a spelling of
    `value`: then `value` is among `_numbers(haystack)`."""
    plain = whole.replace(",", "")
    for form in (plain + (frac or ""), plain, f"{value:.2f}", repr(value)):
        if form in tokens and round(float(form), 2) == value:
            return True
    return False


def _haystack(view: RecordView) -> str:
    """What an answer may cite (lower-cased): the tool outputs and the user's messages."""
    msgs = view.record.messages
    return (
        view.tool_text() + "\n" + "\n".join(m.content or "" for m in msgs if m.role == "user")
    ).lower()


def check_answers(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    msgs = view.record.messages
    answers = [
        (i, m.content)
        for i, m in enumerate(msgs)
        if m.role == "assistant" and m.content and m.weight != 0
    ]
    if not answers:
        return []
    haystack: str | None = None  # built when an answer first cites something
    numbers: set[float] | None = None
    tokens: set[str] | None = None
    out: list[Finding] = []
    for i, text in answers:
        for token in dict.fromkeys(token for _, _, token in id_spans(view, text)):
            if haystack is None:
                haystack = _haystack(view)
            if token.lower() not in haystack:
                out.append(
                    Finding(
                        validator=NAME,
                        kind="answer_id_ungrounded",
                        message=f"message {i}: cites {token!r}, found in no tool output",
                    )
                )
        if not ctx.check_answer_figures or not may_hold_money(text):
            continue
        for m in _MONEY.finditer(text):
            whole, frac = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            value = round(float(whole.replace(",", "") + (frac or "")), 2)
            if haystack is None:
                haystack = _haystack(view)
            if tokens is None:
                tokens = set(_NUMBER.findall(haystack))
            # Most figures are cited as the tool wrote them: a number token spelled like the
            # figure settles it without converting every number of the haystack.
            if _spelled(value, whole, frac, tokens):
                continue
            if numbers is None:
                numbers = _numbers(haystack)
            if value not in numbers:
                out.append(
                    Finding(
                        validator=NAME,
                        kind="answer_figure_ungrounded",
                        message=f"message {i}: cites {m.group(0)!r}, found in no tool output",
                    )
                )
    return out
