"""Template description sentences in tool outputs, filled with the tool's own words.

"Includes company, business and related ticket information.", "Translate with should
and text, updated regularly.", "Folder data for Copenhagen, including translated and
solution.", "Summary of monitor for London.", "Official foursquare listing with venue
details.": a sentence shape that describes nothing, its slots filled with words of the
tool's name, description or parameters (or one word twice: "Popular product product
for Auckland"). A reviewer reads them as filler where a real description belongs.
Kind `template_description`.

Read in tool outputs, and in the text arguments a call carries (a user bio of "Covers
the latest live figures for Austin." echoes the offered tools' words just the same).
Only a known empty shape whose slot words echo the tool counts: "Includes pricing,
availability and related product information." on a shop whose schema never says
"pricing" or "availability" is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.vocabulary import (
    Call,
    offered,
    tool_words,
    trained_calls,
    words_in,
)
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "boilerplate"

_W = r"([A-Za-z][\w'-]*)"
_PLACE = r"[A-Z][\w'. -]*"
SHAPES = tuple(re.compile(p) for p in (
    rf"^Includes {_W}, {_W} and related {_W} information\.$",
    rf"^{_W}(?: {_W})? with {_W} and {_W}, updated regularly\.$",
    rf"^{_W} data for {_PLACE}, including {_W} and {_W}\.$",
    rf"^Official {_W} listing with {_W} details\.$",
    rf"^Summary of {_W}(?: {_W})? for {_PLACE}\.$",
    rf"^Covers the latest {_W}(?: {_W})? figures for {_PLACE}\.$",
    rf"^(?:Updated|Popular|Recent|Weekly|Daily|Latest|New|Top|Local|Featured) {_W} {_W} "
    rf"for {_PLACE}\.$",
    rf"^(?:Weekly|Daily|Complete|Local|Verified|Detailed|Official|Updated|Full) {_W} "
    rf"covering {_W} and {_W}\.$",
))


def slot_words(text: str) -> list[str] | None:
    """The words filling a template shape's slots, or None when `text` has no such shape."""
    # Every shape ends in a full stop (`\.$`, which also matches before a final newline):
    # other texts, most values, need no match.
    if not (text.endswith(".") or text.endswith(".\n")):
        return None
    slots = _slots(text)
    return None if slots is None else list(slots)


@lru_cache(maxsize=16384)
def _slots(text: str) -> tuple[str, ...] | None:
    # An endpoint's outputs repeat their descriptions: each text is matched once.
    for shape in SHAPES:
        m = shape.match(text)
        if m:
            return tuple(w.lower() for w in m.groups() if w)
    return None


def templated(text: str, own: frozenset[str]) -> bool:
    """True when `text` is a template shape whose slots repeat a word or echo `own`."""
    slots = slot_words(text)
    if slots is None:
        return False
    if len(set(slots)) < len(slots):
        return True
    echoed = [w for w in slots if w in own or w.rstrip("s") in own]
    return 2 * len(echoed) >= len(slots)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for call in trained_calls(view):
        if call.output is NOT_JSON or call.answer_index is None:
            continue
        hit = _templated_leaf(view, call)
        if hit is not None:
            out.append(finding(NAME, "template_description", call.answer_index,
                               f"{call.name}: {hit!r} is a template sentence, not a "
                               "description"))
    return out + _in_arguments(view)


def _templated_leaf(view: RecordView, call: Call) -> str | None:
    """The first string of `call`'s output that `templated` flags; the words it is read
    against are gathered only once a leaf has a template shape (most outputs have none)."""
    own: frozenset[str] | None = None
    for _, v in view.leaves(_call_id(view, call.answer_index or 0)):
        if not isinstance(v, str) or slot_words(v) is None:
            continue
        if own is None:
            own = tool_words(view, call.name).all | frozenset(
                w for a in call.arguments.values() if isinstance(a, str) for w in words_in(a))
        if templated(v, own):
            return v
    return None


def _in_arguments(view: RecordView) -> list[Finding]:
    """A template sentence the user handed over as text (a bio of "Covers the latest live
    figures for Austin."): its slot words echo the offered tools' words."""
    out: list[Finding] = []
    every: frozenset[str] | None = None
    for call in trained_calls(view):
        texts = [v for v in call.arguments.values() if isinstance(v, str)]
        texts += [v for d in call.arguments.values() if isinstance(d, dict)
                  for v in d.values() if isinstance(v, str)]
        for text in texts:
            if slot_words(text) is None:
                continue
            if every is None:
                every = frozenset().union(*(tool_words(view, n).all for n in offered(view)))
            if templated(text, every):
                out.append(finding(NAME, "template_description", call.message_index,
                                   f"{call.name}: the argument {text!r} is a template "
                                   "sentence"))
                break
    return out


def _call_id(view: RecordView, answer_index: int) -> str:
    return view.record.messages[answer_index].tool_call_id or ""
