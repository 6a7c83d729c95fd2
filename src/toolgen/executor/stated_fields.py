"""A record's text states the figures its fields hold, or none.

A recipe came back `servings: 6, prep_time_minutes: 32` described as "Ready in 30
minutes; serves four." (ToolBench seed 21 #202): the description is drawn for recipes
in general, the figures for this one, and a reviewer reads one record saying two things.
In 300 ToolBench records at seeds 21, 13 and 7, 22 of 24 recipe texts stating servings
and all 26 stating a time disagreed with the fields beside them.

`figures_said(obj)` reads, in each text field of an object (`description`, `summary`,
`about`...), the figures it states that a field of the same object also holds, keyed on
the field's name, never on a tool:

- "serves four" / "serves 4": the servings (`servings`, `serves`, `yield`, `portions`);
- "ready in 30 minutes": the time it takes in all (`ready_in_minutes`,
  `total_time_minutes`...), else its preparation plus its cooking time, else either one.

`stated_fields(output, sent)` rewrites each figure a text states otherwise to the
field's (a count in words as the text wrote it, "serves six"), in every object of an
output; a text the call sent is the caller's and stays, and the field takes its figure
(a recipe created "ready in 20 minutes" takes 20 minutes to prepare). In place, deterministic; never
touches the network.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key

_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
          "ten", "eleven", "twelve")
_NUMBER = {w: i for i, w in enumerate(_WORDS)}

_TEXT_KEYS = frozenset({"description", "summary", "about", "overview", "notes", "note",
                        "details", "tagline", "subtitle", "intro", "blurb"})
_SERVINGS = ("servings", "serves", "yield", "portions", "number_of_servings",
             "servings_count")
_TOTAL_TIME = ("ready_in_minutes", "total_time_minutes", "total_minutes", "total_time",
               "ready_in", "time_minutes", "readyinminutes")
_PREP_TIME = ("prep_time_minutes", "prep_time", "preparation_time", "prep_minutes",
              "preparation_minutes")
_COOK_TIME = ("cook_time_minutes", "cook_time", "cooking_time", "cook_minutes",
              "cooking_minutes")

_SERVES = re.compile(r"\b(serves) (\d{1,2}|[a-z]+)\b", re.I)
_READY = re.compile(r"\b(ready in) (\d{1,3}) (minutes)\b", re.I)


def _number(obj: dict[str, Any], names: tuple[str, ...]) -> tuple[str, int] | None:
    """(key, whole number) of the first field of `names` (any spelling), or None."""
    for key, value in obj.items():
        if normalize_key(key) in names and isinstance(value, int | float) and not isinstance(
                value, bool) and value > 0 and float(value).is_integer():
            return key, int(value)
    return None


def _minutes(obj: dict[str, Any]) -> tuple[str, int] | None:
    """(key, minutes) of the time a thing takes in all; the key is "" for a sum."""
    total = _number(obj, _TOTAL_TIME)
    if total is not None:
        return total
    prep, cook = _number(obj, _PREP_TIME), _number(obj, _COOK_TIME)
    if prep is not None and cook is not None:
        return "", prep[1] + cook[1]
    return prep if prep is not None else cook


def _is_text_key(key: str) -> bool:
    nk = normalize_key(key)
    return nk in _TEXT_KEYS or nk.endswith(("_description", "_summary"))


def _said(count: str) -> int | None:
    return int(count) if count.isdigit() else _NUMBER.get(count.lower())


def _say(value: int, like: str) -> str:
    """`value` written as `like` was: digits, or a word (capitalised as it was)."""
    if like.isdigit() or value >= len(_WORDS):
        return str(value)
    word = _WORDS[value]
    return word.capitalize() if like[:1].isupper() else word


def states_figure(obj: dict[str, Any]) -> bool:
    """Whether a text of `obj` may state a figure (a cheap look before any field: most
    objects of most results state none)."""
    return any(isinstance(v, str) and ("serves" in v or "eady in" in v) for v in obj.values())


def figures_said(obj: dict[str, Any]
                 ) -> Iterator[tuple[str, re.Match[str], tuple[str, int]]]:
    """(text key, the phrase, (field key, figure)) of each figure a text of `obj` states
    otherwise than its field holds (module doc); the field key is "" for a sum."""
    servings = minutes = None
    looked = False
    for key, text in obj.items():
        if not isinstance(text, str) or not _is_text_key(key):
            continue
        if not looked:
            servings, minutes, looked = _number(obj, _SERVINGS), _minutes(obj), True
        if servings is not None:
            for m in _SERVES.finditer(text):
                said = _said(m[2])
                if said is not None and said != servings[1]:
                    yield key, m, servings
        if minutes is not None:
            for m in _READY.finditer(text):
                if int(m[2]) != minutes[1]:
                    yield key, m, minutes


def stated_fields(output: Any, sent: dict[str, Any]) -> None:
    """Each figure a text states otherwise than its field said as the field's (module
    doc), in place. A text the call sent is the caller's: its figure is the field's
    instead, unless the call sent that field too."""
    mine = {v for v in sent.values() if isinstance(v, str)}
    for obj in objects_in(output):
        if not states_figure(obj):
            continue
        for key, match, (field, value) in list(figures_said(obj)):
            text = obj[key]
            if text in mine:
                said = _said(match[2])
                if field and field not in sent and said:
                    obj[field] = said
                continue
            told = f"{match[1]} {_say(value, match[2])}" + (
                f" {match[3]}" if match.re is _READY else "")
            obj[key] = text.replace(match[0], told, 1)
