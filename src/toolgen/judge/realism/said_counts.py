"""An answer that gives a list a size the list it shows does not have.

ToolBench seed 7 000053 listed three airports beside `"total": 4` and was answered
"Miami International Airport heads a list of 4"; 000042 one airport and "11 came back".
The answer claims the list itself holds N; the reader counts the items and finds another
number. Kind `count_contradiction`.

Read: an answer sentence that names the first item of a call's result list (its name or
title) beside a claim of the list's size ("X heads a list of N", "N came back, the
first being X", "just N came back: X", "X is the only one"), against the items the calls
of that function with those arguments in the turn listed (the pages of one query add
up; an item listed again under its name counts once). A count said as
what was found ("11 found; the first is X", "there are 11 in all") is the tool's total,
not the list's size, and is left alone.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import trained_text, turns
from toolgen.judge.view import RecordView
from toolgen.records import Finding, StepTrace

NAME = "said_counts"

_N = r"(\d[\d,]*)"
# (pattern, group of N or None for one): each claims the size of the list shown.
_CLAIMS = (re.compile(rf"heads a list of {_N}"), re.compile(rf"\b{_N} came back"),
           re.compile(r"\bis the only one\b"))
_NAMES = ("name", "title", "headline", "full_name", "display_name")


def _first_items(output: Any) -> list[dict[str, Any]] | None:
    if not isinstance(output, dict):
        return None
    return next((v for v in output.values() if isinstance(v, list) and v
                 and all(isinstance(o, dict) for o in v)), None)


def _name(item: dict[str, Any]) -> str | None:
    return next((v for k in _NAMES if isinstance(v := item.get(k), str) and len(v) >= 3),
                None)


def _claims(sentence: str) -> list[int]:
    out: list[int] = []
    for pattern in _CLAIMS:
        for m in pattern.finditer(sentence):
            out.append(int(m.group(1).replace(",", "")) if m.groups() else 1)
    return out


def _turn(view: RecordView, indices: tuple[int, ...]) -> list[Finding]:
    shown: dict[tuple[str, str], set[str]] = {}  # the items a query listed, by name
    firsts: list[tuple[tuple[str, str], str, int]] = []  # (query, first item, answer at)
    for i in indices:
        for call in view.record.messages[i].tool_calls or ():
            step = view.steps.get(call.id)
            if step is None or step.status != "ok" or call.id not in view.answer_at:
                continue
            items = _first_items(view.output(call.id))
            if items is None:
                continue
            # a page read twice lists one airport once: items are told apart by name
            query = _query(step)
            listed = shown.setdefault(query, set())
            listed |= {_name(o) or f"{call.id}#{n}" for n, o in enumerate(items)}
            name = _name(items[0])
            if name is not None:
                firsts.append((query, name, view.answer_at[call.id]))
    out: list[Finding] = []
    texts = [t for i in indices if (t := trained_text(view, i))
             and not view.record.messages[i].tool_calls]
    for query, name, at in firsts:
        for text in texts:
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                if name not in sentence:
                    continue
                count = len(shown[query])
                wrong = [n for n in _claims(sentence) if n != count]
                if wrong:
                    out.append(finding(NAME, "count_contradiction", at,
                                       f"{query[0]}: the answer gives the list {wrong[0]} "
                                       f"items, it shows {count}"))
                    return out
    return out


# Arguments that say which page of a query a call reads.
_PAGING = frozenset({"page", "cursor", "offset", "next_cursor", "page_token", "start",
                     "skip", "next_page_token", "page_number"})


def _query(step: StepTrace) -> tuple[str, str]:
    """A call's function and what it asked, less the page: the pages of one query add up,
    two parallel searches do not (BFCL seed 71 #13: dairy-free desserts and vegetarian
    breakfasts are two lists)."""
    asked = sorted((k, repr(a.value)) for k, a in step.arguments.items()
                   if k.lower() not in _PAGING)
    return step.function_name, repr(asked)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for turn in turns(view):
        out += _turn(view, turn.indices)
    return out
