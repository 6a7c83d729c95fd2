"""What the assistant calls an argument whose name alone says nothing: `to`, `from`, `q`.

`slot_label` reads a name on its own, so a translation's `to` stays "to" and the
assistant asked "One thing is missing: the to." (BFCL, ToolBench). `spoken_slot` reads
the endpoint too: the argument's description when it is a short noun phrase ("Target
language"), else what the endpoint is about (a translation's `to` is its target language,
a flight's its destination, a date range's its end date).
"""

from __future__ import annotations

import re

from toolgen.agents.offline.labels import slot_label
from toolgen.agents.offline.named_codes import asked_as
from toolgen.records.tools import Endpoint, Parameter

# Names that are a preposition or a letter or two: read from their endpoint.
_BARE = frozenset({"to", "from", "q", "s", "at", "in", "on", "by", "of", "for", "lang",
                   "tl", "sl", "dest", "src", "t", "f", "l"})
_SHORTHAND = {"q": "search term", "lang": "language", "tl": "target language",
              "sl": "source language", "dest": "destination", "src": "source"}
# What a `to`/`from` pair spans, by the words of its endpoint (first match wins).
_SPANS: tuple[tuple[tuple[str, ...], tuple[str, str]], ...] = (
    (("translat", "language", "lang", "locale"), ("target language", "source language")),
    (("currency", "currencies", "exchange", "forex", "fx"), ("target currency", "source currency")),
    (("flight", "airport", "route", "direction", "travel", "trip", "train", "bus", "ride",
      "journey", "distance", "transit", "fare"), ("destination", "departure city")),
    (("mail", "message", "sms", "send"), ("recipient", "sender")),
    (("unit", "measure", "convert"), ("target unit", "source unit")),
)
_DATE_WORDS = ("date", "time", "day", "period", "range", "history", "historical")
_NOUN_PHRASE = re.compile(r"[A-Za-z][A-Za-z \-]{2,30}")
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def spoken_slot(param_name: str, endpoint: Endpoint | None) -> str:
    """The argument `param_name` of `endpoint` as the assistant names it when asking for it
    or saying it was left out; `slot_label` whenever the name says enough."""
    label = slot_label(param_name)
    low = param_name.strip("_$@").lower()
    if endpoint is not None and (named := asked_as(param_name, endpoint)) is not None:
        return named  # "Which state?", never "Your state ID?" for a state's code
    if low not in _BARE or endpoint is None:
        return label
    param = next((p for p in endpoint.parameters if p.name == param_name), None)
    return _from_endpoint(low, endpoint, param) or _SHORTHAND.get(low, label)


def _from_endpoint(low: str, endpoint: Endpoint, param: Parameter | None) -> str:
    described = _described(param.description if param else "")
    if described:
        return described
    if low not in ("to", "from"):
        return ""
    end = 0 if low == "to" else 1
    if param is not None and _dated(param):
        return ("end date", "start date")[end]
    words = _words(endpoint)
    for cues, names in _SPANS:
        if any(_cued(cue, words) for cue in cues):
            return names[end]
    if any(_cued(cue, words) for cue in _DATE_WORDS):
        return ("end date", "start date")[end]
    return ("target", "source")[end]


def _described(description: str) -> str:
    """A description that is itself a short noun phrase ("Target language", "Search query")."""
    text = description.strip().rstrip(".").strip()
    if not _NOUN_PHRASE.fullmatch(text) or len(text.split()) > 3:
        return ""
    low = text.lower()
    if low.split()[0] in ("the", "a", "an", "to", "from", "if", "set", "get", "use"):
        return ""
    return low


def _dated(param: Parameter) -> bool:
    schema = param.json_schema
    if str(schema.get("format", "")).startswith("date"):
        return True
    label = param.type_label.lower()
    return "date" in label or bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", str(param.default or "")))


def _words(endpoint: Endpoint) -> frozenset[str]:
    names = " ".join(p.name for p in endpoint.parameters)
    text = f"{endpoint.function_name} {endpoint.name} {endpoint.tool_name} {names} " \
           f"{endpoint.description[:300]}"
    return frozenset(w.lower() for w in _WORD.findall(text))


def _cued(cue: str, words: frozenset[str]) -> bool:
    """A short cue is a whole word ("bus" is not "business"); a long one a word's start
    ("translat" in "translation")."""
    if len(cue) < 5:
        return cue in words
    return any(w.startswith(cue) for w in words)
