"""Enum choices stated in free-text parameter descriptions (ToolBench ENUM/SELECT carry none).

Owns `parse_enum`. Conservative by design: it returns choices only when the text clearly lists
them ("One of the following: a|b|c", "Possible values are `x`, `y`", "1 - All, 2 - Some" for
ENUM/SELECT, markdown bullet lists of code spans). Anything vaguer yields None.
"""

from __future__ import annotations

import re
from functools import lru_cache

_TRIGGER = re.compile(
    r"(?:one of(?: the following)?(?: options| values)?(?: is allowed| are allowed)?"
    r"|possible values(?: for this parameter)?(?: are| is| include)?"
    r"|(?:acceptable|allowed|valid|available|supported|accepted) values(?: are| is| include)?"
    r"|options are|can be(?: either)?|must be(?: either)?|select from|choose from|pass)"
    r"\s*(?:\([^)]{0,30}\))?\s*[:\-]?\s*",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"\.(?:\s|$)|\n\n|;")
_QUOTED = re.compile(r"`([^`\n]{1,40})`|\"([^\"\n]{1,40})\"|'([^'\n]{1,40})'")
_SPLIT = re.compile(r"\s*(?:,|\bor\b|\band\b|/|\|)\s*")
_TOKEN = re.compile(r"^[\w.+\-]{1,40}$")
_CODE_ITEM = re.compile(r"(?:^|[\s,;(])(\d{1,4})\s*(?:-|=|:|–)\s*[A-Za-z0-9'\"]")
_BULLET = re.compile(r"^\s*[-*+]\s+(?:\*\*)?`([^`\n]{1,40})`(?:\*\*)?\s*[:\-–]", re.MULTILINE)
_MIN, _MAX = 2, 60
_FILLER = frozenset({"", "etc", "e.g", "default", "true", "false", "the", "a"})
_BOOLEAN_PAIR = frozenset({"true", "false"})


def parse_enum(description: str, type_label: str, json_type: object) -> list[str | int] | None:
    """Choices the description clearly lists, typed to `json_type`; None when unsure."""
    if not description or json_type not in ("string", "integer", "number"):
        return None
    choices = _parsed(description, type_label, str(json_type))
    return None if choices is None else list(choices)


# A corpus repeats parameter descriptions ("Page number", "The user id"): each is read
# once (a fresh list per caller: schemas are not shared).
@lru_cache(maxsize=1 << 15)
def _parsed(description: str, type_label: str, json_type: str) -> tuple[str | int, ...] | None:
    choices = _from_trigger(description)
    if choices is None and type_label.strip().upper() in ("ENUM", "SELECT"):
        choices = _from_codes(description) or _from_bullets(description)
    elif choices is None:
        choices = _from_bullets(description)
    if choices is None:
        return None
    typed = _typed(choices, json_type)
    return None if typed is None else tuple(typed)


# Every `_TRIGGER` alternative holds one of these: a description without any (nearly all
# of them) skips the regex. Compared case-folded, as IGNORECASE matches.
_TRIGGER_WORDS = ("one of", "values", "options are", "can be", "must be", "select from",
                  "choose from", "pass")


def _from_trigger(text: str) -> list[str] | None:
    folded = text.casefold()
    if not any(word in folded for word in _TRIGGER_WORDS):
        return None
    for match in _TRIGGER.finditer(text):
        segment = text[match.end() : match.end() + 400]
        end = _SENTENCE_END.search(segment)
        if end:
            segment = segment[: end.start()]
        choices = _split_segment(segment)
        if choices:
            return choices
    return None


def _split_segment(segment: str) -> list[str] | None:
    quoted = [next(g for g in m.groups() if g is not None) for m in _QUOTED.finditer(segment)]
    if len(quoted) >= _MIN:
        items = [q.strip() for q in quoted]
    else:
        items = [part.strip(" `'\"*") for part in _SPLIT.split(segment.strip())]
        items = [i for i in items if i]
        if not all(_TOKEN.match(i) for i in items):
            return None
    return _accept(items)


def _from_codes(text: str) -> list[str] | None:
    return _accept([m.group(1) for m in _CODE_ITEM.finditer(text)])


def _from_bullets(text: str) -> list[str] | None:
    if "`" not in text:
        return None
    return _accept([m.group(1).strip() for m in _BULLET.finditer(text)])


def _accept(items: list[str]) -> list[str] | None:
    unique = list(dict.fromkeys(items))
    if not (_MIN <= len(unique) <= _MAX) or len(unique) != len(items):
        return None
    if any(i.lower() in _FILLER for i in unique) and set(map(str.lower, unique)) != _BOOLEAN_PAIR:
        return None
    return unique


def _typed(choices: list[str], json_type: object) -> list[str | int] | None:
    if json_type == "string":
        return list(choices)
    try:
        numbers = [int(c) for c in choices]
    except ValueError:
        return None
    # Choices past the 64-bit range are ids, not enum values any writer can emit.
    return list(numbers) if all(-(2**63) <= n < 2**64 for n in numbers) else None
