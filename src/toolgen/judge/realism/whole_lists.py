"""An answer that says some of a list of values as if they were all of it.

ToolBench seed 31 #188: `{"data": ["02-636", "00-826", "03-992"]}` answered "the zip
codes are 02-636 and 00-826"; BFCL seed 31 #80: `{"roots": [-1.2071, 0.2071]}`
answered "the roots are -1.2071". A reviewer counts what came back and finds the answer
short of it. Kind `partial_list`.

Read per turn: each list of two or more distinct plain values (texts, numbers) in a
successful call's output, against each sentence of the turn's answers. A sentence that
names some but not all of the list's values is flagged when it says them as the whole
(joined as a list of their own, "A and B", "A, B and C", or one said as what the
things are, "the roots are A") and nothing marks them as a part:
no count of at least the list's size, no "among", "including", "such as", "first",
"for example", "e.g.", "some". Values of one character, long texts (over 60
characters) and yes/no flags are not read: they are said in other words or not at all.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import trained_text, turns
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "whole_lists"

_LONGEST = 60
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# Words that say the values named are a part of the list ("among them", "the first").
# ("top" is no such word: "the top level domains are .org and .edu" says two of three)
_PART = re.compile(r"\b(?:among|including|includes?|such as|first|for example|e\.g\.|"
                   r"some|like|other|others|more|several|a few)\b", re.I)
_NUMBER = re.compile(r"(?<![\w.-])\d+(?:,\d{3})*(?![\w.-]\d|\d)")


def _texts(values: list[Any]) -> list[str] | None:
    """The distinct texts of a list of plain values, or None when any is not plain."""
    out: list[str] = []
    for v in values:
        if isinstance(v, bool) or not isinstance(v, str | int | float):
            return None
        text = str(v).strip()
        if text not in out:
            out.append(text)
    return out


def _lists(view: RecordView, call_id: str) -> list[list[str]]:
    """The readable lists of two or more distinct plain values anywhere in `call_id`'s
    output (read off the view's one walk of it)."""
    out: list[list[str]] = []
    for node in view.nodes(call_id):
        if isinstance(node, list) and node and (texts := _texts(node)) is not None and (
                len(texts) >= 2 and all(1 < len(t) <= _LONGEST for t in texts)):
            out.append(texts)
    return out


def _said(text: str, sentence: str) -> bool:
    """Whether `text` stands in `sentence` as a value of its own (not inside a longer
    number or word)."""
    return re.search(rf"(?<![\w.-]){re.escape(text)}(?![\w-]|\.\d)", sentence) is not None


def _short(items: list[str], sentence: str) -> list[str] | None:
    """The list's values `sentence` names as the whole list while leaving some out, or
    None when it names none, all, or marks them as a part."""
    named = [t for t in items if _said(t, sentence)]
    if not named or len(named) == len(items) or _PART.search(sentence):
        return None
    rest = sentence
    for text in named:  # "02-636" holds no count
        rest = rest.replace(text, " ")
    if any(int(n.replace(",", "")) >= len(items) for n in _NUMBER.findall(rest)):
        return None  # "there are 8, ..." counts the list
    if len(named) == 1:  # "the roots are -1.2071"
        whole = rf"\b(?:are|were)\s+{re.escape(named[0])}"
    else:  # "02-636 and 00-826": the values joined as a list of their own
        whole = rf"{re.escape(named[-2])},?\s+(?:and\s+)?{re.escape(named[-1])}"
    return named if re.search(whole, sentence) else None


def _turn(view: RecordView, indices: tuple[int, ...]) -> list[Finding]:
    sentences = [s for i in indices if (t := trained_text(view, i))
                 and not view.record.messages[i].tool_calls for s in _SENTENCE.split(t)]
    if not sentences:
        return []
    for i in indices:
        for call in view.record.messages[i].tool_calls or ():
            step = view.steps.get(call.id)
            if step is None or step.status != "ok" or call.id not in view.answer_at:
                continue
            if view.output(call.id) is NOT_JSON:
                continue
            for items in _lists(view, call.id):
                for sentence in sentences:
                    named = _short(items, sentence)
                    if named is not None:
                        return [finding(
                            NAME, "partial_list", view.answer_at[call.id],
                            f"{step.function_name}: the answer gives {len(named)} of the "
                            f"{len(items)} values its list holds as the whole list "
                            f"({', '.join(named[:3])})")]
    return []


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for turn in turns(view):
        out += _turn(view, turn.indices)
    return out
