"""What the realism checks read from a record: turns, key words, texts and haystacks.

A *turn* is a user message and everything up to the next user message; realism is
judged per turn because that is how a reviewer reads a conversation (what was asked,
what was called, what was answered). Weight-0 turns and intended steps are mistakes on
purpose and are left out of every check.

Reading once per record: every check gets the record's `RecordView` (`judge.view`),
which parses each tool output and each call's arguments once (`output`, `arguments`)
and walks each output once (`nodes`, `leaves`); `turns` and `real_steps` here are
worked out once per view too (kept in `view.memo`), and `key_tokens` once per spelling.
A new check should read through these rather than re-parse or re-walk: checking runs
on every generated record, so what one check works out the next gets for free.
`view.memo` holds what is derived from the record alone, keyed by its reader (prefix
keys with the module name); never store there what depends on a check's settings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from toolgen.executor.values import normalize_key
from toolgen.judge.view import NOT_JSON, RecordView, output_leaves
from toolgen.records import StepTrace

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SPLIT = re.compile(r"[^A-Za-z0-9]+")


def words(*lines: str) -> frozenset[str]:
    """The whitespace-separated words of `lines` (word lists written as prose)."""
    return frozenset(" ".join(lines).split())


def key_tokens(name: str) -> list[str]:
    """`checkInDate` / `check_in_date` -> ["check", "in", "date"]."""
    return list(_key_tokens(name))


@lru_cache(maxsize=16384)
def _key_tokens(name: str) -> tuple[str, ...]:
    # Field names repeat across every output of an endpoint: split each spelling once.
    # Argument values come through too (~5 new a record): bounded to fill early, so a
    # run's memory stays flat; the field names, read in every record, stay cached.
    return tuple(t.lower() for t in _SPLIT.split(_CAMEL.sub(" ", name)) if t)


@lru_cache(maxsize=16384)
def normal_key(key: str) -> str:
    """`executor.values.normalize_key(key)` (`checkInDate` -> `check_in_date`), once per
    spelling: checks normalise every key of every output, and its two regex passes cost
    more than the lookup (keys recur with their endpoint; bounded like `_key_tokens`)."""
    return normalize_key(key)


@lru_cache(maxsize=16384)
def is_id_key(key: str) -> bool:
    """Whether `key`'s last word is "id" (`hotel_id`, `orderId`, `ID`): read from the
    key alone, once per spelling (every check that looks for an object's own id asks it
    of every key of every object)."""
    tokens = _key_tokens(key)
    return bool(tokens) and tokens[-1] == "id"


_ASCII_DIGIT = re.compile(r"[0-9]")


def has_digit(text: str) -> bool:
    """Any character of `text` is a digit (`str.isdigit`; for ASCII text, 0-9: one C scan
    rather than a Python-level test of each character)."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(c.isdigit() for c in text)


def is_word_char(c: str) -> bool:
    """Whether `c` is a word character as re's `\\w` reads str patterns."""
    return c.isalnum() or c == "_"


def has_word(text: str, word: str, whole: bool = True) -> bool:
    """Whether `re.search(rf"\\b{re.escape(word)}\\b", text)` finds `word` in `text` (with
    `whole` False: `rf"\\b{re.escape(word)}"`, a word's start), answered with `str.find`
    and the boundary test itself: a pattern compiled per word costs more than the
    searches a record makes with it (the words come from each record)."""
    if not word:
        return re.search(r"\b", text) is not None
    starts_word, ends_word = is_word_char(word[0]), is_word_char(word[-1])
    end = len(text)
    at = text.find(word)
    while at >= 0:
        after = at + len(word)
        # `\b` before the word: the character in front differs from its first in kind
        if (at > 0 and is_word_char(text[at - 1])) != starts_word and (
                not whole or (after < end and is_word_char(text[after])) != ends_word):
            return True
        at = text.find(word, at + 1)
    return False


def singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def function_words(function_name: str) -> list[str]:
    """The endpoint part of a ToolBench name: `get_tracker_for_easyposttracking` -> get, tracker."""
    head = function_name.split("_for_", 1)[0]
    return key_tokens(head)


@dataclass(frozen=True, slots=True)
class Turn:
    """A user message index (None before the first) and the message indices up to the next."""

    user_at: int | None
    indices: tuple[int, ...]


def turns(view: RecordView) -> list[Turn]:
    """The record's turns (worked out once per view; the list is shared, do not change it)."""
    found: list[Turn] | None = view.memo.get(_TURNS)
    if found is None:
        found = view.memo[_TURNS] = _turns(view)
    return found


_TURNS = "reading.turns"
_REAL_STEPS = "reading.real_steps"


def _turns(view: RecordView) -> list[Turn]:
    out: list[Turn] = []
    user_at: int | None = None
    current: list[int] = []
    for i, m in enumerate(view.record.messages):
        if m.role == "user":
            if current or user_at is not None:
                out.append(Turn(user_at, tuple(current)))
            user_at, current = i, []
        elif m.role != "system":
            current.append(i)
    out.append(Turn(user_at, tuple(current)))
    return out


def trained_text(view: RecordView, i: int) -> str | None:
    """The text of assistant message `i` when it is trained (weight != 0), else None."""
    m = view.record.messages[i]
    if m.role == "assistant" and m.content and m.weight != 0:
        return m.content
    return None


def user_text_upto(view: RecordView, i: int) -> str:
    return "\n".join(
        m.content or "" for m in view.record.messages[: i + 1] if m.role == "user"
    ).lower()


def step_at(view: RecordView, call_id: str) -> StepTrace | None:
    step = view.steps.get(call_id)
    return None if step is None or step.intended else step


def real_steps(view: RecordView) -> Iterator[StepTrace]:
    """Steps that are not deliberate mistakes and whose call sits in a trained message
    (selected once per view: most checks read them)."""
    found: tuple[StepTrace, ...] | None = view.memo.get(_REAL_STEPS)
    if found is None:
        found = view.memo[_REAL_STEPS] = tuple(_real_steps(view))
    return iter(found)


def answered_calls(view: RecordView) -> Iterator[tuple[StepTrace, dict[str, Any], int]]:
    """(step, its arguments, message index of its answer) of each successful, answered
    call sent with an arguments object."""
    for step in real_steps(view):
        args = view.arguments(step.call_id)
        if step.status == "ok" and step.call_id in view.answer_at and isinstance(args, dict):
            yield step, args, view.answer_at[step.call_id]


def answered_objects(
    view: RecordView, reason: Callable[[dict[str, Any]], str | None]
) -> Iterator[tuple[StepTrace, int, str]]:
    """(step, message index of its answer, reason) for each successful, answered call
    with an object in its output that `reason` objects to (the first such object)."""
    for step in real_steps(view):
        if step.status != "ok" or step.call_id not in view.answer_at:
            continue
        for _, node in view.objects(step.call_id):
            why = reason(node)
            if why:
                yield step, view.answer_at[step.call_id], why
                break


def answered_objects_with_sent(
    view: RecordView, reason: Callable[[dict[str, Any], set[str]], str | None]
) -> Iterator[tuple[StepTrace, int, str]]:
    """`answered_objects` for a `reason` that also reads the call's text arguments (a
    value the user sent is their own words, not the tool's)."""
    for step, args, at in answered_calls(view):
        sent = {v for v in args.values() if isinstance(v, str)}
        for _, node in view.objects(step.call_id):
            why = reason(node, sent)
            if why:
                yield step, at, why
                break


def _real_steps(view: RecordView) -> Iterator[StepTrace]:
    for step in view.record.step_trace:
        at = view.call_at.get(step.call_id)
        if step.intended or at is None or view.record.messages[at].weight == 0:
            continue
        yield step


def output_of(view: RecordView, call_id: str) -> Any:
    """Parsed output of `call_id`, or NOT_JSON when absent or not JSON."""
    if call_id not in view.answer_at:
        return NOT_JSON
    return view.output(call_id)


def walk(doc: Any) -> Iterator[tuple[str, Any]]:
    """(nearest key, scalar) for every scalar in a JSON document, in document order
    (`RecordView.leaves` keeps a tool output's list for every check that reads it)."""
    return iter(output_leaves(doc))


def haystack(view: RecordView, upto: int | None = None) -> str:
    """What an answer at message `upto` may honestly repeat (lower-cased): earlier tool
    outputs and user or system text, and the tool descriptions. None: the whole record."""
    return "\n".join(haystack_parts(view, upto)).lower()


def haystack_parts(view: RecordView, upto: int | None = None) -> list[str]:
    """The texts `haystack` joins (as written, not lower-cased)."""
    msgs = view.record.messages if upto is None else view.record.messages[:upto]
    parts = [m.content or "" for m in msgs if m.role in ("tool", "user", "system")]
    for tool in view.record.tools:
        fn = tool.get("function")
        if isinstance(fn, dict):
            parts.append(str(fn.get("description") or ""))
            parts.append(str(fn.get("name") or ""))
    return parts


def param_schema(view: RecordView, function_name: str, name: str) -> dict[str, Any]:
    params = view.schemas.get(function_name) or {}
    props = params.get("properties") if isinstance(params, dict) else None
    prop = props.get(name) if isinstance(props, dict) else None
    return prop if isinstance(prop, dict) else {}
