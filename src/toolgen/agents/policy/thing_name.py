"""The name of the thing asked for is what it is called, whatever its field is prefixed.

A search for publishers returned `publisherName: "Bridgewater House"` and was answered
"3 turned up; the first has publisher name Bridgewater House" (ToolBench seed 1920078
#9); a list of countries "the first with country name Albania". A "<noun> name" (or
title) field where the noun is the thing the request asks for names that thing: it is
said as its name ("3 turned up, the first being Bridgewater House"). A "publisher name"
of a book (a request about books) stays the publisher's.
`thing_named(facts, obj)` relabels such a fact `name` when no fact names the thing yet.

Decides only the label; the wording is `toolgen.agents.offline`'s.
"""

from __future__ import annotations

import re

from toolgen.agents.offline import Fact
from toolgen.agents.offline.clauses import role_of
from toolgen.agents.offline.word_forms import singular

_NAMED = re.compile(r"([a-z]+) (?:name|title)")
_WORD = re.compile(r"[a-z]+")


def thing_named(facts: list[Fact], obj: str) -> list[Fact]:
    """`facts` with the first "<noun> name" fact whose noun is the request's thing
    labelled `name`; unchanged when a fact is its name already or none is."""
    if any(role_of(f) == "subject" for f in facts):
        return facts
    asked = {singular(w) for w in _WORD.findall(obj.lower())}
    for i, f in enumerate(facts):
        m = _NAMED.fullmatch(f.label.lower())
        if m is not None and singular(m.group(1)) in asked:
            return [*facts[:i], Fact(label="name", value=f.value), *facts[i + 1:]]
    return facts
