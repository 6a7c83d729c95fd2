"""The name of the thing asked for is what it is called, whatever its field is prefixed.

A search for publishers returned `publisherName: "Bridgewater House"` and was answered
"3 turned up; the first has publisher name Bridgewater House" (ToolBench seed 1920078
#9); a list of countries "the first with country name Albania". A "<noun> name" (or
title) field where the noun is the thing the request asks for names that thing: it is
said as its name ("3 turned up, the first being Bridgewater House"). A "publisher name"
of a book (a request about books) stays the publisher's.
`thing_named(facts, obj)` relabels such a fact `name` when no fact names the thing yet.
An id read under a list key that names nothing (`data[0].id`) is the asked thing's:
"(company ID cmp_4e75d8)", not "(data ID cmp_4e75d8)" (ToolBench seed 71 #26,
`thing_id`).

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


# List keys that name nothing a person would say before "ID".
_BLANK = frozenset({"data", "result", "results", "items", "item", "records", "record",
                    "response", "payload", "rows", "list", "values", "entries", "content"})


def thing_id(facts: list[Fact], obj: str) -> list[Fact]:
    """`facts` with an id under a blank list key labelled by the request's thing."""
    words = _WORD.findall(obj.lower())
    thing = singular(words[-1]) if words else ""
    if not thing or thing in _BLANK or len(thing) < 3:
        return facts
    out = []
    for f in facts:
        head, _, tail = f.label.partition(" ")
        if tail in ("ID", "IDs") and head.lower() in _BLANK:
            f = Fact(label=f"{thing} {tail}", value=f.value)
        out.append(f)
    return out
