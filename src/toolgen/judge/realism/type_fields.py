"""Type and category fields filled with the tool's own words or with no word at all.

`folder_type: "folder"`, `walkscore_type: "walk"`, `bureau_type: "year"` (a parameter's
name), `calorieninja_type: "sridevi"` (a piece of the tool's name that is no English
word), an image whose `source` is "duck" (from DuckDuckGo) or "expects": a reviewer sees
the field restate the tool instead of classifying the object. Kind `echoed_type`.

Read per output field: a `<kind>_type` / `<kind>_category` field may not hold a word of
the function's name or parameter names; a plain `type`, `category` or `kind` may not hold
a word of its parameter names or its tool part (`..._for_<tool>`) (a non-word there is
often a brand: an SMS `type` "viber"); a
`source` may not hold a word of the tool's name or description; a field that names
something specific (`domain`, `dose`, `error`, `registrar`, `artist`...) may not hold a
word of the tool's name (`domain: "mailbox"`, `dose: "pharmaseed"`), and a web name
(`domain`, `registrar`, `host`, `channel`) not a word of its description either; a tag
list may not be only the tool's own name and parameter words. A value the call sent
under the same field is the request echoed (the argument check reads that), and a
non-word the user wrote is theirs (a code, a handle).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import has_word
from toolgen.judge.realism.vocabulary import (
    ToolWords,
    is_word,
    tool_words,
    trained_calls,
    words_in,
)
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding
from toolgen.registry.english import split_glued

NAME = "type_fields"

_LONE = re.compile(r"[a-z]{3,}")
_PLAIN = frozenset({"type", "category", "kind", "genre"})
# Fields whose value names something specific (a domain, a dose, an error, a registrar):
# the tool's own name word there says nothing ("domain": "mailbox", "dose": "brands").
_NAMED_BY_VALUE = frozenset({"domain", "dose", "error", "registrar", "brand", "provider",
                             "manufacturer", "publisher", "author", "artist", "album",
                             "diesel", "petrol", "host", "reason", "country", "city",
                             "origin", "destination", "from", "to", "location", "place",
                             "venue", "address", "region", "class", "scope", "unit",
                             "database", "team", "mission", "trophy"})
# Web names (a domain, a registrar, a host, a channel) are never a word the tool's
# description uses ("domain": "generate" on a domain generator).
_WEB_NAMES = frozenset({"domain", "registrar", "host", "channel"})
_TAGS = frozenset({"tags", "keywords", "labels", "topics"})
_SUFFIXES = ("_type", "_category", "_kind", "Type", "Category")


def _fields(objects: list[tuple[str, dict[str, Any]]]) -> Iterator[tuple[str, str]]:
    """(key, text) of every text field of an output, given its objects (`view.objects`)."""
    for _, node in objects:
        for k, v in node.items():
            if isinstance(v, str):
                yield str(k), v


def _lists(objects: list[tuple[str, dict[str, Any]]]) -> Iterator[tuple[str, list[Any]]]:
    """(key, list) of every list field of an output, given its objects (`view.objects`)."""
    for _, node in objects:
        for k, v in node.items():
            if isinstance(v, list):
                yield str(k), v


def _non_word(value: str) -> bool:
    return not is_word(value) and not split_glued(value)


def echo_reason(key: str, value: str, own: ToolWords, tool_part: frozenset[str]) -> str | None:
    """Why `value` cannot classify under `key`, or None."""
    if not _LONE.fullmatch(value):
        return None
    low = key.lower()
    if low.endswith(_LOWER_SUFFIXES) and low not in _PLAIN:
        if value in own.name or value in own.params:
            return "a word of the tool's own name"
        return "not a word" if _non_word(value) else None
    if low in _PLAIN:
        return "a word of the tool's own name" if value in own.params or value in tool_part \
            else None
    if low == "source" and (value in own.name or value in own.description):
        return "a word of the tool's own name or description"
    last = low.split("_")[-1]
    if last in _NAMED_BY_VALUE and value in own.name and len(value) >= 4:
        return "a word of the tool's own name"
    if last in _WEB_NAMES and value in own.description:
        return "a word of the tool's own description"
    return None


@lru_cache(maxsize=65536)
def may_echo(key: str) -> bool:
    """False when `echo_reason(key, v, ...)` is None whatever the value and tool: none of
    its key tests holds (worked out once per key spelling; most keys are no class)."""
    low = key.lower()
    last = low.split("_")[-1]
    return (low.endswith(_LOWER_SUFFIXES) or low in _PLAIN or low == "source"
            or last in _NAMED_BY_VALUE or last in _WEB_NAMES)


_LOWER_SUFFIXES = tuple(s.lower() for s in _SUFFIXES)


def echoed_tags(key: str, value: Any, own: ToolWords) -> bool:
    """A tag list made only of the tool's own name and parameter words
    (`tags: ["video", "feature", "keywords"]` on a TikTok video feature summary)."""
    if key.lower() not in _TAGS or not isinstance(value, list) or not value:
        return False
    return all(isinstance(v, str) and _LONE.fullmatch(v) and (v in own.name or v in own.params)
               for v in value)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    user: str | None = None  # the user's words, read when a value is no word
    for call in trained_calls(view):
        if call.output is NOT_JSON or call.answer_index is None:
            continue
        own = tool_words(view, call.name)
        tool_part = frozenset(words_in(call.name.split("_for_", 1)[1])
                              if "_for_" in call.name else ())
        objects = view.objects(call.call_id)
        tags = next((k for k, v in _lists(objects) if echoed_tags(k, v, own)), None)
        if tags is not None:
            out.append(finding(NAME, "echoed_type", call.answer_index,
                               f"{call.name}: its {tags} are words of the tool's own name"))
            continue
        for key, value in _fields(objects):
            if not may_echo(key) or call.arguments.get(key) == value:
                continue
            why = echo_reason(key, value, own, tool_part)
            if why == "not a word":
                if user is None:
                    user = " ".join(m.content or "" for m in view.record.messages
                                    if m.role == "user").lower()
                if has_word(user, value):
                    continue
            if why:
                out.append(finding(NAME, "echoed_type", call.answer_index,
                                   f"{call.name}: {key} {value!r} is {why}, where a {key} "
                                   "belongs"))
                break
    return out
