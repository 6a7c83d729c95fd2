"""Answers that report a result only by its identifiers and counts.

Asked for France's population, the assistant says "its country ID is cnt_08429c"; asked
for a particle's diameter, "there are 24 in all, the first with fact ID fct_180e63";
asked for the capital of Australia, "16 turned up; the first has capital ID
cpt_4d6532". A reviewer reads bookkeeping where the content asked for belongs, whether
the result holds that content (the answer skipped it) or not (the answer should have
said it is missing). Kind `ids_only_answer`, once per call.

A call's answer is the trained assistant text after its result in the same turn. It is
ids-only when, of the call's output values, it mentions at least one bookkeeping value
(an id, a tag code, a url, a version, a timestamp, a total or count: `hollow`'s
bookkeeping; not one an earlier call of the turn returned too, which the answer reports
for that call) and none other than those and the call's own arguments echoed back.

Left alone: calls that make, change or remove a record (a booking is reported by its
confirmation id), endpoints whose name asks for an id, code, link or key, failed calls,
answers that mention no value of the call at all (`omitted` and the scorer read those),
and booleans (an answer cannot be seen to mention one).
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.asked import name_words
from toolgen.judge.realism.hollow import _bookkeeping, asks_for_content
from toolgen.judge.realism.omitted import mentions
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import is_word_char, key_tokens, trained_text, turns
from toolgen.judge.view import RecordView
from toolgen.records import Finding, StepTrace

NAME = "ids_only"


def _sent(args: Any) -> set[str]:
    """The call's own argument values, lower-cased (saying them back is no news)."""
    out: set[str] = set()
    if isinstance(args, dict):
        for value in args.values():
            for v in value if isinstance(value, list) else [value]:
                if isinstance(v, str | int | float) and not isinstance(v, bool):
                    out.add(str(v).strip().lower())
    return out


def _names(key: str, value: Any, low: str) -> bool:
    """Whether lower-cased answer `low` states bookkeeping `value` as it stands (an id of
    three characters or more, a count as a whole number)."""
    if isinstance(value, bool) or value is None:
        return False
    token = str(value).strip().lower()
    if isinstance(value, int | float):
        return _stands_alone(token, low)
    return len(token) >= 3 and token in low


def _stands_alone(token: str, low: str) -> bool:
    """Whether `re.search(rf"(?<![\\w.]){re.escape(token)}(?![\\w]|\\.\\d)", low)` finds
    `token` (no word character or point before it, no word character or decimals after),
    answered with `str.find` and the boundary test: a pattern compiled per number cost
    more than the record's searches with it."""
    end = len(low)
    at = low.find(token)
    while at >= 0:
        after = at + len(token)
        if at == 0 or not (is_word_char(low[at - 1]) or low[at - 1] == "."):
            nxt = low[after] if after < end else ""
            if not nxt or not (is_word_char(nxt) or (
                    nxt == "." and after + 1 < end and low[after + 1].isdecimal())):
                return True
        at = low.find(token, at + 1)
    return False


def _says(value: Any, answer: str) -> bool:
    """Whether `answer` states content `value`, leniently: a number as shown, rounded or
    scaled; a text of three characters or more; a timestamp by its date."""
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, str):
        said = value.strip()
        if len(said) < 3:
            return False
        if _STAMP.match(said) and said[:10] in answer:
            return True
    return mentions(value, answer)


_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]")


def ids_only(leaves: list[tuple[str, Any]], sent: set[str], answer: str,
             elsewhere: frozenset[str] = frozenset()) -> str | None:
    """The bookkeeping value `answer` reports when it reports nothing else of `leaves`
    (the call's arguments `sent` aside), else None. A value `elsewhere` (an earlier call's
    of the same turn: the id a payment method was just added with) is that call's."""
    low = answer.lower()
    named: str | None = None
    for key, value in leaves:
        if _bookkeeping(key, value):
            if named is None and str(value).lower() not in elsewhere \
                    and _names(key, value, low):
                named = f"{key}={value}"
        elif str(value).strip().lower() not in sent and _says(value, answer):
            return None
    return named


def _answer_after(view: RecordView, indices: tuple[int, ...], after: int) -> str:
    return "\n".join(t for j in indices if j > after
                     and not view.record.messages[j].tool_calls
                     and (t := trained_text(view, j)))


# Endpoint words that ask for a file or a picture: its url is the answer, not bookkeeping.
_ASKS_FILE = frozenset({"thumbnail", "thumbnails", "image", "images", "photo", "photos",
                        "picture", "pictures", "avatar", "logo", "icon", "screenshot", "qr",
                        "download", "file", "files", "pdf", "audio", "video", "videos",
                        "preview", "banner", "cover", "poster", "wallpaper", "gif"})


def _readable(step: StepTrace, view: RecordView) -> bool:
    """A successful, answered read of content (see the module doc)."""
    return (not step.intended and step.status == "ok" and step.effect is None
            and step.call_id in view.answer_at and asks_for_content(step.function_name)
            and isinstance(view.output(step.call_id), dict | list))


def _leaves(view: RecordView, steps: list[StepTrace]) -> list[tuple[str, Any]]:
    """The leaves of `steps`' outputs (the pages of one endpoint read together); an
    endpoint asking for a file or a picture has its urls as content."""
    file = bool(_ASKS_FILE & set(name_words(steps[0].function_name)))
    out: list[tuple[str, Any]] = []
    for step in steps:
        for key, value in view.leaves(step.call_id):
            out.append((_CONTENT if file and key_tokens(key)[-1:] in (["url"], ["link"])
                        else key, value))
    return out


_CONTENT = "content"
"""The key a file's url is read under (no bookkeeping word)."""


def _turn_findings(view: RecordView, indices: tuple[int, ...]) -> list[Finding]:
    by_endpoint: dict[str, list[StepTrace]] = {}
    # the answered calls, in call order (the values of each are lowered when asked for)
    others: dict[str, None] = {}
    for i in indices:
        message = view.record.messages[i]
        if message.weight == 0:
            continue
        for call in message.tool_calls or ():
            step = view.steps.get(call.id)
            if step is None or step.intended or call.id not in view.answer_at:
                continue
            others[call.id] = None
            if _readable(step, view):
                by_endpoint.setdefault(step.function_name, []).append(step)
    out: list[Finding] = []
    for name, steps in by_endpoint.items():
        # the pages of a list are answered together, after the last of them
        answer = _answer_after(view, indices, view.answer_at[steps[-1].call_id])
        if not answer:
            continue
        # what an earlier call returned, the answer reports for that call
        earlier = list(others)[: list(others).index(steps[0].call_id)]
        elsewhere = frozenset(v for cid in earlier for v in _lowered_values(view, cid))
        sent: set[str] = set()
        for step in steps:
            sent |= _sent(view.arguments(step.call_id))
        named = ids_only(_leaves(view, steps), sent, answer, elsewhere)
        if named is not None:
            out.append(finding(NAME, "ids_only_answer", view.answer_at[steps[0].call_id],
                               f"{name}: the answer reports it only by {named}, none of "
                               "what it holds, nor that what was asked is missing"))
    return out


def _lowered_values(view: RecordView, call_id: str) -> list[str]:
    """The values of `call_id`'s output as text, lower-cased (once per view and call: only
    a call some later read's answer may report is read so)."""
    known: dict[str, list[str]] | None = view.memo.get(_LOWERED)
    if known is None:
        known = view.memo[_LOWERED] = {}
    found = known.get(call_id)
    if found is None:
        found = known[call_id] = [str(v).lower() for _, v in view.leaves(call_id)]
    return found


_LOWERED = "ids_only.lowered_values"


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for turn in turns(view):
        out += _turn_findings(view, turn.indices)
    return out
