"""An API author's placeholder copied into a result: "3 SAMPLE Drive", "SAMPLEDATE".

RapidAPI example bodies hold values their authors never filled in: a lab's address
"1 SAMPLE Drive", an expiry "SAMPLEDATE", a city "SAMPLE_CITY1", "Lorem ipsum dolor sit
amet", an id "XXXXXXXX-XXXX", a bare "string" or "foo". A reviewer reading one in a tool
result sees a mock, not an answer. Kind `placeholder_value`.

Read: every string of a successful call's result. A placeholder is a whole value from
`_WHOLE`; an upper-case SAMPLE/DUMMY/PLACEHOLDER word, alone or glued ("SAMPLEDATE");
"lorem ipsum"; "[TODO]"; a run of four or more x's. Left alone: a value the user or a call
argument gave (a user may name a file "sample.txt"), a lower-case "sample" inside a text
("a blood sample"), and urls (a host may be called "sample175.p.rapidapi.com").
This module keeps its own table, independent of the generator's pools.
"""

from __future__ import annotations

import re

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.vocabulary import supplied_text, trained_calls
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "placeholder_values"

# ("bar" is left: a hotel has a bar.)
_WHOLE = frozenset({"string", "foo", "foobar", "lorem ipsum", "xxx", "todo",
                    "placeholder", "sample text", "dummy", "your_api_key", "insert here"})
_MARKS = re.compile(r"\b(?:SAMPLE|DUMMY|PLACEHOLDER)(?:[A-Z_\d-]*)\b|(?i:lorem ipsum)"
                    r"|\[TODO\]|(?i:x{4,})")


def placeholder(text: str) -> bool:
    """Whether `text` is, or holds, an author's placeholder."""
    if "://" in text:
        return False
    return text.strip().lower() in _WHOLE or (_may_mark(text) and bool(_MARKS.search(text)))


_MARK_WORDS = ("SAMPLE", "DUMMY", "PLACEHOLDER", "[TODO]")


def _may_mark(text: str) -> bool:
    """False only when `_MARKS` cannot match `text`: each match holds one of `_MARK_WORDS`
    as written, or "lorem ipsum" or four x's in any case (which, in ASCII text, lower-casing
    finds; other text is searched). Every string of every result is asked: most hold none."""
    if not text.isascii() or any(word in text for word in _MARK_WORDS):
        return True
    low = text.lower()
    return "xxxx" in low or "lorem ipsum" in low


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    given: str | None = None
    for call in trained_calls(view):
        if call.output is NOT_JSON or call.answer_index is None:
            continue
        for key, value in view.leaves(call.call_id):
            if not isinstance(value, str) or not placeholder(value):
                continue
            if given is None:
                given = supplied_text(view)
            if value.lower() in given:
                continue
            out.append(finding(NAME, "placeholder_value", call.answer_index,
                               f"{call.name}: {key or 'a value'} is a placeholder "
                               f"({value[:40]!r}), not a real value"))
            break
    return out
