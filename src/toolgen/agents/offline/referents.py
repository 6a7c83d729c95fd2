"""How a later ask names the earlier result it uses, as a person names it.

"convert the amount into JPY for that one", "fetch the product for that item", "search
for restaurants for the first one you find": a pronoun tacked onto an ask leaves the
reader to guess which result it means. A person names it by what it is: "convert the
amount into USD using the first showtime's price", "fetch the product from the order",
"search for restaurants in the first event's city".

`referent(sources, obj, rng)` reads where the ask's values come from (`Source`: the
producing ask's object and the result path the value is read at) and says it as a phrase
that follows the ask; "" when no source says what it is. Pure but for `rng`.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from toolgen.agents.offline.labels import slot_label
from toolgen.agents.offline.word_forms import singular
from toolgen.registry.english import is_known


@dataclass(frozen=True, slots=True)
class Source:
    """A value an ask takes from an earlier result: what that ask was about (`obj`,
    "events", "flight booking") and where in its result the value is (`path`,
    "$.events[0].city")."""

    obj: str
    path: str


_STEP = re.compile(r"\[(\d+)\]|([^.\[\]$]+)")
# List keys that say nothing of what they hold: the producing ask's object names it.
_BLANK_LISTS = frozenset({"data", "results", "result", "response", "list", "records", "hits",
                          "content", "values", "value", "body", "payload", "output", "rows"})
# Fields that are a part of a money or a place value: said by the value they belong to
# ("the first showtime's price", not "the first showtime's price amount").
_PARTS = frozenset({"amount", "value", "units", "unit"})
_ID = re.compile(r"^(?:(.+?) )?(?:id|ids|uuid|guid|key|code|number|no|ref)$", re.IGNORECASE)
# The determiner an intent's object comes with ("the order", "a payment").
_DETERMINER = re.compile(r"^(?:the|a|an|my|your|our|some|any|this|that|these|those) ")
# A field that says how the value came to be ("converted", "discounted"): said before
# the part it qualifies ("the converted amount"), not as the owner's.
_MADE = re.compile(r"^[a-z]+ed$")
# Fields that are where a thing is: asked "in" that place.
_PLACES = frozenset({"city", "country", "location", "place", "region", "town", "area",
                     "address", "destination", "origin", "venue", "state", "language"})
# Words before a key's "id" that say which key, not what it names ("unique_id").
_QUALIFIERS = frozenset({"unique", "primary", "external", "internal", "global", "local",
                         "public", "private", "main", "short", "long", "full", "raw"})
# Words that make an endpoint's object no name of a thing ("all publishers", "zips in
# state", "entries copy"): the value is then named by its field alone.
_NOT_THING = frozenset({"all", "in", "of", "for", "on", "by", "to", "with", "from", "and",
                        "data", "info", "information", "details", "detail", "list", "copy",
                        "current", "latest", "some", "new", "wise", "my", "your"})


def referent(sources: Sequence[Source], obj: str, rng: random.Random) -> str:
    """The phrase naming what an ask about `obj` uses from an earlier result ("using the
    first showtime's price", "for the first event", "in the order's city"); "" when no
    source says what it is."""
    if not sources:
        return ""
    first = sources[0]
    owner, fields = _owner(first), [_field(s) for s in sources if s.obj == first.obj
                                    and _owner(s) == _owner(first)]
    said = list(dict.fromkeys(f for f in fields if f))
    if len(said) > 1 and "currency" in said:  # a price's currency is said with the price
        said.remove("currency")
    if not owner and said and (key := _ID.match(said[0])) is not None and (
            (thing := (key.group(1) or "").lower()) and _thing(thing)
            and _named(thing, _DETERMINER.sub("", obj).split())):
        # `case_id` of "the case info", for "the legal case information": that same case,
        # never the generic "using what comes back" (BFCL seed 59 #5)
        return f"that {thing}"
    if not owner or (said and said[0] in owner.split()):
        # "the email's email": what holds it says nothing the field does not
        return _bare(said[0], first, rng) if said else ""
    if not said:  # the value is the owner's own key: the ask is about that thing
        noun = owner.split(" in the ")[0].split()[-1]
        if (keyed := _keyed(first)) and keyed != noun and keyed in owner.split():
            # `scan_id` of "the scan status" is the scan's: "for that same scan", not
            # "for the scan status" (ToolBench seed 31 #90)
            return f"for that same {keyed}"
        if noun in _DETERMINER.sub("", obj).split():
            # "book a book for the first book": the thing was just named, so "one"; a
            # ticket just opened is "that ticket" ("add a note to that ticket")
            return "for the first one" if owner.startswith("the first ") else f"that {noun}"
        return f"for {owner}"
    field = said[0]
    if (other := _ID.match(field)) is not None:
        # another thing's key: "the product from the first item in the order", "for the
        # delivery's restaurant"
        thing = (other.group(1) or "").lower()
        asked = _DETERMINER.sub("", obj).split()
        if _named(thing, asked) and _thing(thing) and not owner.startswith("the first "):
            # the ask names the thing the result made: "cancel that booking", never
            # "cancel the booking from the hotel" (BFCL seed 59 #22, #24); `user` puts it
            # in place of the ask's own "the booking"
            return f"that {thing}"
        if not _thing(thing) or thing in _QUALIFIERS or thing in asked:
            return f"from {owner}"
        return f"{'in' if thing in _PLACES else 'for'} {_possessive(owner)} {thing}"
    if _MADE.match(field) and (part := _part(first)):
        return rng.choice((f"using the {field} {part}", f"with the {field} {part}"))
    if field in _PLACES:
        return f"in {_possessive(owner)} {field}"
    if any("translat" in f for f in said):
        # a translation and the language it is in are one thing to a person: "on the
        # translation", not "with the text's translated text and language code"
        return rng.choice(("on the translation", "with the translation"))
    both = " and ".join(said[:2])
    return rng.choice((f"using {_possessive(owner)} {both}",
                       f"with {_possessive(owner)} {both}"))


def _bare(field: str, source: Source, rng: random.Random) -> str:
    """The value named by its field alone ("in the city that comes back"); "" for a key,
    which names nothing a person would say."""
    if _ID.match(field):
        return ""
    if _MADE.match(field) and (part := _part(source)):
        return f"using the {field} {part}"
    found = rng.choice(("that comes back", "you find", "you get"))
    return f"in the {field} {found}" if field in _PLACES else f"using the {field} {found}"


# "using the first delivery's total" said twice in one turn: the second is "that same".
_OWNED = re.compile(r"^(\w+) the [\w ]+?'s ([\w ]+)$")
_THING = re.compile(r"^for the (?:first )?([\w ]+)$")


def once(phrases: Sequence[str]) -> list[str]:
    """`phrases` (one turn's referents, in order) with a repeat said as "that same"
    ("using that same total", "for that same hotel"): a person names a thing once."""
    out: list[str] = []
    seen: set[str] = set()
    for phrase in phrases:
        # "using the first reservation's total price", then "with" it: the same thing
        named = phrase.partition(" ")[2]
        if phrase and named in seen:
            if (m := _OWNED.match(phrase)) is not None:
                phrase = f"{m.group(1)} that same {m.group(2)}"
            elif (m := _THING.match(phrase)) is not None and " in the " not in phrase:
                phrase = f"for that same {m.group(1)}"
        seen.add(named)
        out.append(phrase)
    return out


def _named(thing: str, words: list[str]) -> bool:
    """Whether the ask's words name `thing`, of one word or two ("table booking" in
    "cancel the table booking": not "for the table's table booking", bundled seed 61)."""
    return f" {thing} " in f" {' '.join(words)} "


def _thing(noun: str) -> bool:
    """Whether `noun` names a thing a person would say ("order", "flight booking")."""
    words = noun.split()
    return 0 < len(words) <= 2 and all(
        len(w) >= 3 and w.isalpha() and w not in _NOT_THING and is_known(w) for w in words)


def _owner(source: Source) -> str:
    """What the value belongs to: "the first event" (an item of a list), "the order"."""
    steps = _STEP.findall(source.path)
    listed = ""
    for i, (index, _key) in enumerate(steps):
        if index and i and steps[i - 1][1]:
            listed = steps[i - 1][1]
    thing = _words(_DETERMINER.sub("", source.obj))
    thing = thing if _thing(thing) else ""
    whole = _one(thing)
    if listed:
        noun = _words(listed)
        noun = thing if noun in _BLANK_LISTS or not noun else noun
        one = _one(noun)
        if not one or not _thing(one):
            return ""
        # an order's items are the order's: "the first item in the order"
        holder = f" in the {whole}" if whole and thing == whole and one != whole else ""
        return f"the first {one}{holder}"
    return f"the {whole}" if whole else ""


def _one(noun: str) -> str:
    """`noun` with its last word singular ("flight bookings" -> "flight booking")."""
    words = noun.split()
    return " ".join([*words[:-1], singular(words[-1])]) if words else ""


def _field(source: Source) -> str:
    """The field the value is read from, by its name ("city", "price"); "" when it is the
    owner's own key (`event_id` of an event, `id`)."""
    keys = [k for index, k in _STEP.findall(source.path) if k and not index]
    if not keys:
        return ""
    last = slot_label(keys[-1]).lower()
    if last in _PARTS and len(keys) > 1:
        last = slot_label(keys[-2]).lower()
    owner = _owner(source).split()
    m = _ID.match(last)
    if m is not None and (m.group(1) is None or m.group(1) in owner):
        return ""
    return last if last.isascii() and len(last) <= 24 else ""


def _keyed(source: Source) -> str:
    """The thing a value's own id key names ("scan" of `scan_id`), or ""."""
    keys = [k for index, k in _STEP.findall(source.path) if k and not index]
    m = _ID.match(slot_label(keys[-1]).lower()) if keys else None
    return (m.group(1) or "") if m is not None else ""


def _part(source: Source) -> str:
    """The part a money value's field names ("amount" of `converted.amount`), or ""."""
    keys = [k for index, k in _STEP.findall(source.path) if k and not index]
    last = slot_label(keys[-1]).lower() if keys else ""
    return last if last in _PARTS and len(keys) > 1 else ""


def _words(text: str) -> str:
    """A key or an object as plain lower-case words ("flight_bookings" -> "flight
    bookings"); "" for one with no letters."""
    words = slot_label(text).lower() if text else ""
    return words if any(c.isalpha() for c in words) else ""


def _possessive(owner: str) -> str:
    """"the order's", "the address's": an owner is one thing, so always "'s"; "the first
    seat in the seat map's fee" would be the map's, so its holder is left out."""
    return owner.split(" in the ")[0] + "'s"
