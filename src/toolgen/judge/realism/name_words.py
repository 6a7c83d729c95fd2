"""Arguments that are a word of the endpoint's own name or description, not a value.

`file="encrypts"`, `bucket="upload"`, `ticket="openload"`, `format="vimeo"`: a value drawn
from the words that name the endpoint, its tool or what its description says it does.
No user names a file "encrypts"; a reviewer sees the generator's vocabulary leaking into
the call. Search terms are exempt (`query="covid"` on a Covid API is a real search), and
so is a word the parameter's own description, enum, default or example offers
(`format`: "json or xml").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from toolgen.judge.realism.reading import has_word

_WORD = re.compile(r"[a-z]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# Parameters whose value is what the user searches for: topic words are fine there.
_SEARCH = frozenset({"q", "query", "keyword", "keywords", "search", "term", "terms", "topic",
                     "searchterm", "search_term", "search_query", "text", "phrase", "prompt",
                     "question", "input", "tag", "tags", "hashtag", "word", "words"})
_SHORT = 3


def _stem(word: str) -> str:
    """A crude stem: the first five letters ("remotely", "remote" -> "remot")."""
    return word[:5]


def _words(text: str) -> list[str]:
    return _WORD.findall(_CAMEL.sub(" ", text).lower())


@lru_cache(maxsize=16384)
def endpoint_words(function_name: str, description: str = "") -> frozenset[str]:
    """Stems of the words naming the endpoint: its function name (tool part included) and
    its description."""
    words = _words(function_name.replace("_", " ")) + _words(description)
    return frozenset(_stem(w) for w in words if len(w) >= _SHORT)


_OFFERS = re.compile(r"(?:e\.g\.?|\beg\b|such as|for example|\blike\b|one of|options?:|"
                     r"values?:|\bex:|either|\bor\b)\s*([^.;)]*)", re.I)
_QUOTED = re.compile(r"['\"`]([^'\"`]{1,40})['\"`]")


def _offered(schema: dict[str, Any]) -> str:
    """Text of what the parameter's own schema offers as values: its enum, examples and
    default, and what its description gives as examples or quotes (not every word of it:
    "new File-Name" does not offer "file")."""
    description = str(schema.get("description") or "")
    parts: list[str] = [m.group(1) for m in _OFFERS.finditer(description)]
    parts += [m.group(1) for m in _QUOTED.finditer(description)]
    for key in ("enum", "examples"):
        v = schema.get(key)
        if isinstance(v, list):
            parts.extend(str(x) for x in v)
    for key in ("default", "example"):
        if schema.get(key) is not None:
            parts.append(str(schema[key]))
    return " ".join(parts).lower()


def name_word_value(name: str, value: Any, schema: dict[str, Any],
                    vocabulary: Iterable[str]) -> bool:
    """True when `value` is one lowercase word (or two) taken from the endpoint's own words,
    for a parameter that names a thing rather than a search."""
    if not isinstance(value, str) or not value or value != value.lower():
        return False
    words = value.split()
    if not 1 <= len(words) <= 2 or not all(w.isalpha() and len(w) >= _SHORT for w in words):
        return False
    tokens = set(_words(name))
    if tokens & _SEARCH or "".join(_words(name)) in _SEARCH:
        return False
    vocab = set(vocabulary)
    if not all(_stem(w) in vocab for w in words):
        return False
    offered = _offered(schema)
    return not any(has_word(offered, w) for w in words)
