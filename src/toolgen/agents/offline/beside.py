"""A fact said beside the thing it is about, as a person says it, not as a form's row.

"Velvet City, with author Kevin Weaver", "the first with cinema Eden Picture House",
"with type premium", "with rate 1.087", "with width 57.1": each is a field's label put
in front of its value. A person says what the field is to the thing: "Velvet City by
Kevin Weaver", "the first at Eden Picture House", "of the premium type", "at a rate of
1.087", "and 57.1 wide". The form is chosen by what the label names (a maker, a place, a
kind, a measure, a text), never by the tool.

`beside(label, value, said)` is the phrase, or None when the label names nothing it
knows (the caller keeps "with <label> <value>"); `said` is the value as written (masked,
so the answer cites it verbatim). Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolgen.agents.offline.counted import WHOLE, counts_things
from toolgen.agents.offline.reached import reached
from toolgen.agents.offline.types import article

# Who made or holds the thing: "by Kevin Weaver".
_MAKERS = frozenset({"author", "artist", "director", "composer", "writer", "creator",
                     "organizer", "organiser", "uploader", "developer", "designer",
                     "photographer", "narrator", "performer", "band", "maker",
                     "manufacturer", "publisher", "studio", "producer"})
# Where the thing is: "at Eden Picture House", "in Berlin".
_AT = frozenset({"venue", "cinema", "theatre", "theater", "address", "location", "stadium",
                 "arena", "hall", "hotel", "airport", "terminal", "gate", "station", "store",
                 "branch", "restaurant", "club"})
_IN = frozenset({"city", "country", "region", "state", "town", "neighborhood",
                 "neighbourhood", "district", "language", "format", "seat", "room"})
# What kind the thing is: "in the concert category", "of the premium type".
_KINDS = frozenset({"type", "kind", "class", "tier", "plan", "level", "mode", "variant",
                    "edition", "grade", "category", "genre", "scheme", "cuisine", "style"})
# A handle the thing goes by: "under the username deborah.bush3".
_HANDLES = frozenset({"username", "user name", "handle", "screen name", "login", "nickname",
                      "alias"})
# What the thing says: "saying Totally agree with this."
_TEXTS = {"description": "described as", "summary": "summed up as", "text": "saying",
          "message": "saying", "comment": "saying", "caption": "captioned",
          "body": "saying", "content": "saying", "bio": "describing itself as",
          "tagline": "billed as", "subtitle": "subtitled", "note": "noting", "reply": "saying"}
# A measure the thing has: "and 57.1 wide".
_MEASURES = {"width": "wide", "height": "high", "length": "long", "depth": "deep",
             "thickness": "thick"}
# Numbers that are codes, not amounts of anything: "with a ZIP of 02216" says a code as a
# quantity; a year is when ("from 1885").
_CODES = frozenset({"zip", "postcode", "code", "pin", "phone", "number", "ext", "extension",
                    "isbn", "sku", "version", "id"})
_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?(?: ?[A-Za-z%°][A-Za-z°]*)?")
# A kind's name: a word or a few ("premium", "SEPA Direct Debit", "LNG carrier").
_KIND_NAME = re.compile(r"[A-Za-z][\w+&'/-]*(?: [\w+&'/-]+){0,3}")


def beside(label: str, value: str, said: str) -> str | None:
    """The phrase saying `value` of the thing its `label` describes ("by Kevin Weaver",
    "at a rate of 1.087"), or None when the label names nothing known."""
    form = _form(label.lower().strip())
    if form is None:
        return reached(label, value, said)  # a link, an email, a source, an area
    kind, word = form
    number = _NUMBER.fullmatch(value.strip()) is not None
    if kind == "to" and not number:
        return f"to {said}"
    if kind == "maker":
        return f"by {said}"
    if kind == "at":
        return f"at {said}"
    if kind == "in":
        return f"in {word} {said}" if word in ("seat", "room") else f"in {said}"
    if kind == "handle":
        return f"under the {word} {said}"
    if kind == "text" and not number:
        return f"{_TEXTS[word]} {said}"
    if kind == "measure" and number:
        return f"and {said} {_MEASURES[word]}"
    if kind == "kind" and not number and _KIND_NAME.fullmatch(value.strip()):
        return _kind(word, label.lower().strip(), value.strip(), said)
    if kind in ("brand", "year"):
        return f"from {said}"
    if kind == "rate" and number:
        return f"at {article(label)} {label} of {said}"
    if number and _tally(label.lower().strip(), value.strip()):
        # "with 857 confirmed", "with 12 deaths": never "with a confirmed of 857"
        return f"with {said} {label}"
    if number:  # "with a confidence of 0.93", never "with confidence 0.93"
        return f"with {article(label)} {label} of {said}"
    return reached(label, value, said)


# A label that says what a whole number of people or things went through: "confirmed",
# "recovered", "vaccinated".
_DONE_TO = re.compile(r"[a-z]{4,}ed")


def _tally(label: str, value: str) -> bool:
    """Whether `value` counts what `label` names: a whole number of things ("deaths") or
    of people something happened to ("confirmed")."""
    return WHOLE.fullmatch(value) is not None and (
        counts_things(label) or _DONE_TO.fullmatch(label) is not None)


def _kind(word: str, label: str, value: str, said: str) -> str:
    """"in the concert category", "serving thai food", "under SEPA", "a criminal case"."""
    if word in ("category", "genre"):
        return f"in the {said} {word}"
    if word == "cuisine":
        return f"serving {said} food"
    if word == "scheme":
        return f"under {said}"
    noun = label.removesuffix(" " + word).strip()
    if noun != label and noun and " " not in noun:
        # "case type" -> "a criminal case"; a kind of a few words names the thing itself
        # ("aircraft type" -> "an Airbus A321neo")
        return f"{_an(value)} {said}" + (f" {noun}" if " " not in value else "")
    return f"of the {said} {word}"


def _an(value: str) -> str:
    """The article before a kind's name: "an LNG carrier" (an acronym is said by its
    letters), "a criminal case"."""
    head = value.split()[0] if value.split() else value
    if len(head) > 1 and head.isupper() and head.isalpha():
        return "an" if head[0] in "AEFHILMNORSX" else "a"
    return article(value)


@lru_cache(maxsize=4096)
def _form(label: str) -> tuple[str, str] | None:
    """What a label names ("maker", "at", "in", "to", "handle", "text", "measure", "kind",
    "rate", "number") and the word that says so; labels are few, so each is read once."""
    if label in _HANDLES:
        return "handle", label
    if label == "destination":  # "it's confirmed, to Cape Town", not "with destination"
        return "to", label
    words = label.split()
    last = words[-1] if words else ""
    if len(words) > 2 or not last.isalpha():
        return None
    for kind, names in (("maker", _MAKERS), ("at", _AT), ("in", _IN), ("kind", _KINDS)):
        # a qualified place is not where the thing is: a translation's "source language"
        # en is no "in en", a team's "home venue" no "at"
        if last in names and (kind in ("maker", "kind") or len(words) == 1):
            return kind, last
    if last in _TEXTS:
        return "text", last
    if last in _MEASURES:
        return "measure", last
    if last in ("rate", "brand", "year"):
        return last, last
    if last in _CODES or label in _CODES:
        return None
    if last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return None  # "minutes", "points": a unit or a count, said by `counted`
    return "number", last
