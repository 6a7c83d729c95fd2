"""Whether a drawn value is only the endpoint's own words, as a reviewer would read it.

`category="multiple"` on a tool described as "BFCL_v4_multiple: ...", `resolution="belongs"`
on a tool that "belongs to the ticketing system", a tweet reading "Tweet with tweet and
authenticated, updated regularly.": words lifted from the endpoint's name, its
description, its parameter names or their descriptions are the generator talking, not a
user. `OwnWords.of(endpoint).lifted(param, value)` is True for such a value: one to three
lowercase words every one of which the endpoint's text holds, the parameter's name and a
number ("Scale 29"), or a sentence whose content words mostly come from it. A value the
parameter's own schema offers (its enum, default, or an option its description lists) is
never lifted, nor is a file format ("json").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from toolgen.agents.planner.values_listed import listed_options
from toolgen.records import Endpoint, Parameter

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_WORD = re.compile(r"[a-z]+")
_FORMATS = frozenset({"json", "xml", "csv", "html", "pdf", "png", "jpg", "jpeg", "yaml", "txt",
                      "gif", "webp", "svg", "mp3", "mp4", "rss", "tsv", "xlsx", "fasta"})
_STOP = frozenset({"the", "and", "for", "with", "from", "this", "that", "into", "your", "you",
                   "are", "was", "has", "have", "its", "our", "their", "will", "can", "all",
                   "any", "not", "but", "more", "most", "some", "what", "when", "which"})
_MAX_WORDS = 3
_SHORT = 3


@lru_cache(maxsize=16384)
def _words(text: str) -> tuple[str, ...]:
    # An endpoint's names and descriptions are read again for each value drawn for it.
    return tuple(_WORD.findall(_CAMEL.sub(" ", text).lower()))


def _stem(word: str) -> str:
    """A crude stem: the first five letters ("remotely", "remote" -> "remot")."""
    return word[:5]


@dataclass(frozen=True)
class OwnWords:
    """The stems of one endpoint's own text."""

    stems: frozenset[str]

    @classmethod
    def of(cls, endpoint: Endpoint) -> OwnWords:
        text = [endpoint.function_name.replace("_", " "), endpoint.tool_name,
                endpoint.description]
        for p in endpoint.parameters:
            text += [p.name, p.description or ""]
        return cls(frozenset(_stem(w) for t in text for w in _words(t) if len(w) >= _SHORT))

    def lifted(self, param: Parameter, value: Any) -> bool:
        """True when `value` is only this endpoint's words (see the module docstring)."""
        if not isinstance(value, str) or not value.strip():
            return False
        if value in (param.json_schema.get("enum") or ()) or (
                param.has_default and value == param.default):
            return False
        if _offered(param, value):
            return False
        if _numbered_name(param.name, value):
            return True
        words = value.split()
        if len(words) <= _MAX_WORDS and value == value.lower():
            return (all(w.isalpha() and len(w) >= _SHORT and _stem(w) in self.stems
                        for w in words) and not all(w in _FORMATS for w in words))
        return self._echo(value)

    def _echo(self, value: str) -> bool:
        """A sentence whose content words are mostly this endpoint's own."""
        if len(value.split()) < _MAX_WORDS:
            return False
        content = [w for w in _words(value) if len(w) >= 4 and w not in _STOP]
        own = [w for w in content if _stem(w) in self.stems]
        return len(own) >= 2 and len(own) * 10 >= len(content) * 6


def _numbered_name(name: str, value: str) -> bool:
    """The parameter's own name and a number ("Scale 29" for `scale`): no one's value."""
    head, _, tail = value.rpartition(" ")
    return tail.isdigit() and head.lower() == " ".join(_words(name))


def _offered(param: Parameter, value: str) -> bool:
    return value.lower() in _offered_lower(param.description or "")


@lru_cache(maxsize=16384)  # a description's options are read on every draw of its parameter
def _offered_lower(description: str) -> frozenset[str]:
    return frozenset(o.lower() for o in listed_options(description))
