"""The words a tool names itself with, as a reviewer reads them off the offered schema.

A reviewer who sees `thinking_vs_feeling="indicator"` on `mbti_analyse` ("Myers-Briggs
Type Indicator ...") or `calorieninja_type="sridevi"` on
`calorieninjas_p_for_sridevi_mahalakshmi_m` recognises the tool's own words echoed
where a value belongs. `tool_words` collects those words for one offered function: its
name (ToolBench's tool part included, glued runs split: "calorieninjas" -> calorie,
ninjas), its description and its parameter names. `trained_calls` lists the calls a
reviewer judges (not weight-0 mistakes, not intended steps) with their parsed
arguments and output.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.registry.english import is_known, split_glued
from toolgen.registry.word_list import word_ranks

# Words of computing a reviewer reads as English though the word list lacks them.
_TECH = frozenset({"retweet", "retweets", "subreddit", "subreddits", "bundler", "api", "apis",
                   "url", "urls", "json", "csv", "pdf", "sms", "email", "emails", "login",
                   "webhook", "webhooks", "emoji", "emojis", "hashtag", "hashtags", "blog",
                   "blogs", "app", "apps", "crypto", "ecommerce", "geocode", "geocoding",
                   # web words people write glued (a Foursquare checkin, a Meetup event)
                   "checkin", "checkins", "checkout", "checkouts", "meetup", "meetups",
                   "signup", "signups", "logout", "stylization", "erc20", "ohlc"})
_WORD = re.compile(r"[A-Za-z]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_MIN = 3


def words_in(text: str) -> list[str]:
    """Lower-case words of `text` (camelCase and snake_case split)."""
    return list(_words_in(text))


@lru_cache(maxsize=16384)
def _words_in(text: str) -> tuple[str, ...]:
    # Mostly endpoint and key names, read in every record that offers them: split once
    # each (values come through too, so the bound keeps a run's memory flat).
    return tuple(_WORD.findall(_CAMEL.sub(" ", text).lower()))


@dataclass(frozen=True, slots=True)
class ToolWords:
    """One offered function's own words."""

    name: frozenset[str]
    """Words of the function name, tool part included, glued runs also split."""
    description: frozenset[str]
    params: frozenset[str]
    """Words of its parameter names."""
    all: frozenset[str] = field(init=False, compare=False, repr=False)
    """All three (united once per tool: every check of every call reads it)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "all", self.name | self.description | self.params)


def _with_forms(words: list[str]) -> set[str]:
    out: set[str] = set()
    for w in words:
        if len(w) < _MIN:
            continue
        out.add(w)
        if w.endswith("s") and len(w) > _MIN + 1:
            out.add(w[:-1])
    return out


@lru_cache(maxsize=16384)
def _tool_words(name: str, description: str, params: tuple[str, ...]) -> ToolWords:
    name_words: list[str] = []
    for token in words_in(name.replace("_", " ").replace(".", " ")):
        name_words.append(token)
        if len(token) >= 6 and not is_known(token):
            name_words.extend(split_glued(token))
            # "deepl" reads as "deep"+"l": its longest English head is a word of it too
            for cut in range(len(token) - 1, _MIN - 1, -1):
                if is_known(token[:cut]) and cut >= len(token) - 2:
                    name_words.append(token[:cut])
                    break
        elif 4 <= len(token) <= 6 and not is_known(token) and is_known(token[:-1]):
            name_words.append(token[:-1])
    param_words = [w for p in params for w in words_in(p)]
    return ToolWords(frozenset(_with_forms(name_words)),
                     frozenset(_with_forms(words_in(description))),
                     frozenset(_with_forms(param_words)))


def tool_words(view: RecordView, function_name: str) -> ToolWords:
    """The own words of offered function `function_name` (empty when not offered; looked
    up once per view and name)."""
    known: dict[str, ToolWords] | None = view.memo.get(_TOOL_WORDS)
    if known is None:
        known = view.memo[_TOOL_WORDS] = {}
    found = known.get(function_name)
    if found is None:
        found = known[function_name] = _offered_words(view, function_name)
    return found


_TOOL_WORDS = "vocabulary.tool_words"


def _offered_words(view: RecordView, function_name: str) -> ToolWords:
    fn = offered(view).get(function_name)
    if fn is None:
        return _tool_words(function_name, "", ())
    props = properties(fn)
    return _tool_words(function_name, str(fn.get("description") or ""), tuple(props))


def offered(view: RecordView) -> dict[str, dict[str, Any]]:
    """The offered functions by name (worked out once per view)."""
    found: dict[str, dict[str, Any]] | None = view.memo.get(_OFFERED)
    if found is None:
        found = {}
        for tool in view.record.tools:
            fn = tool.get("function")
            if isinstance(fn, dict) and isinstance(fn.get("name"), str):
                found.setdefault(fn["name"], fn)
        view.memo[_OFFERED] = found
    return found


_OFFERED = "vocabulary.offered"


def properties(fn: dict[str, Any]) -> dict[str, dict[str, Any]]:
    params = fn.get("parameters")
    props = params.get("properties") if isinstance(params, dict) else None
    if not isinstance(props, dict):
        return {}
    return {str(k): v if isinstance(v, dict) else {} for k, v in props.items()}


@dataclass(frozen=True, slots=True)
class Call:
    """A call a reviewer judges: where it is, what it sent and what came back."""

    message_index: int
    name: str
    arguments: dict[str, Any]
    output: Any
    """The parsed output (NOT_JSON when absent or not JSON)."""
    answer_index: int | None
    call_id: str = ""


def trained_calls(view: RecordView) -> Iterator[Call]:
    """The record's trained calls in order (weight-0 mistakes and intended steps left out;
    selected once per view)."""
    found: tuple[Call, ...] | None = view.memo.get(_TRAINED)
    if found is None:
        found = view.memo[_TRAINED] = tuple(_trained_calls(view))
    return iter(found)


_TRAINED = "vocabulary.trained_calls"


def supplied_text(view: RecordView) -> str:
    """User text and call arguments, lower-cased: the names and values the conversation
    itself supplied (a name found there is the user's, not made up)."""
    parts = [m.content or "" for m in view.record.messages if m.role == "user"]
    parts += [str(v) for c in trained_calls(view) for v in c.arguments.values()]
    return "\n".join(parts).lower()


def _trained_calls(view: RecordView) -> Iterator[Call]:
    for site in view.calls:
        call_id = site.call.id
        if site.weight0 or call_id in view.intended:
            continue
        args = view.arguments(call_id)
        output = view.output(call_id) if call_id in view.answer_at else NOT_JSON
        yield Call(site.message_index, site.call.function.name,
                   args if isinstance(args, dict) else {}, output, view.answer_at.get(call_id),
                   call_id)


def _dictionary() -> dict[str, int]:
    """Every word of wordninja's English list (all of it: "invoice" ranks past 100,000)."""
    return word_ranks()


_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
            ("ing", "e"), ("er", ""), ("ly", ""))


@lru_cache(maxsize=65536)
def is_word(token: str) -> bool:
    """True when lower-case `token` is an English word or an inflection of one (without the
    word list installed every token counts as a word: callers then judge by shape alone)."""
    words = _dictionary()
    if not words or token in words or token in _TECH or is_known(token):
        return True
    return any(token.endswith(end) and len(token) - len(end) >= 3
               and token[: len(token) - len(end)] + add in words for end, add in _ENDINGS)
