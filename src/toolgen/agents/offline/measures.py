"""A number whose label says only what it is, said as a person says that kind of number.

`saying._number` sends here what is no page, bound, count of results, price, date, age,
rating or key. "with the gravity at 45.28" recited the parameter's label; a person says
"a weight of 87 kg" (a measure, with the unit its description gives), "for 13 nights"
(a count its description names: "the number of nights"), "with 3 bedrooms" (a count its
plural label names), "street number 21", "on port 443" (a number that names a thing), or
"not active (0)" (an off switch). What has no natural phrasing is said as a plain
"label: value" aside rather than a made-up sentence.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache

from toolgen.agents.offline.counted import counts_things
from toolgen.agents.offline.slot_words import pick as _pick
from toolgen.agents.offline.types import article, ing
from toolgen.registry.english import is_known

# Last words of a label naming a number that names a thing ("street number 21", "ZIP
# 33126"): said label first, as on a form or an envelope.
_NAMING = frozenset({"number", "no", "code", "zip", "postcode", "siren", "siret", "pin"})
# Nouns a number is the rank or place of ("port 443", "level 2", "sheet 4").
_PLACES = frozenset({"port", "level", "floor", "sheet", "rank", "tier", "stage", "round",
                     "gate", "platform", "version", "chapter", "episode", "step", "slot",
                     "channel", "lane", "row", "column", "index", "grade", "class", "zone",
                     "source"})
# A description saying the value is the number of something ("the number of nights").
_NUMBER_OF = re.compile(r"\b(?:number|count|amount) of ([a-z]+(?: [a-z]+)?)")
# A description saying the value is an id of something.
_ID_HINT = re.compile(r"\b(?:unique id|identifier|\bid\b for|\bid of)\b")
# Units a description names ("in kilograms", "in hz", "as a percentage"), as written.
_UNITS: dict[str, str] = {
    "kilograms": "kg", "kilogram": "kg", "kg": "kg", "grams": "g", "gram": "g",
    "centimeters": "cm", "centimetres": "cm", "cm": "cm", "millimeters": "mm", "mm": "mm",
    "meters": "m", "metres": "m", "m": "m", "kilometers": "km", "kilometres": "km", "km": "km",
    "miles": "miles", "feet": "ft", "inches": "inches", "hz": "Hz", "hertz": "Hz",
    "radians": "radians", "degrees": "degrees", "moles": "mol", "mol": "mol",
    "bytes": "bytes", "seconds": "seconds", "minutes": "minutes", "hours": "hours",
    "days": "days", "weeks": "weeks", "months": "months", "years": "years",
    "square kilometers": "km²", "square meters": "m²", "cubic meters": "m³",
    "degree celsius": "°C", "degrees celsius": "°C", "celsius": "°C",
    "degree fahrenheit": "°F", "degrees fahrenheit": "°F", "fahrenheit": "°F",
    "kelvin": "K", "coulombs": "C", "bpm": "BPM", "beats per minute": "BPM",
    "joules": "J", "watts": "W", "volts": "V", "amperes": "A", "ohms": "Ω",
    "pascals": "Pa", "liters": "litres", "litres": "litres", "newtons": "N",
    "m/s": "m/s", "m/s^2": "m/s²", "mph": "mph", "km/h": "km/h", "percent": "%",
    "percentage": "%", "usd": "USD", "dollars": "USD", "beats": "beats",
}
_UNIT = re.compile(r"\b(?:in|as an?|measured in) (?:the )?(?:units of )?("
                   + "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
                   + r")(?![\w/^])")
# Units of an amount a label may name itself ("the amount of gallon to convert").
_AMOUNTS = frozenset({"gallon", "gallons", "ounce", "ounces", "pound", "pounds", "cup", "cups",
                      "pint", "pints", "quart", "quarts", "tablespoons", "teaspoons"})
# The end of a route a label starts with ("to number"): no part of what the number is.
_ENDS = frozenset({"to", "from"})
# Words that make a label a phrase, not a noun ("sort by population"): "a sort by
# population of 12" is no English.
_PHRASAL = frozenset({"by", "to", "from", "for", "with", "per", "in", "on", "at", "is", "has"})
# First words of a label that make it a thing done ("escalate to", "sort by").
_VERBS = frozenset({"escalate", "sort", "order", "assign", "forward", "redirect", "group",
                    "filter", "route", "transfer", "send", "move", "limit", "round"})
# Words before a count's noun that are no part of what is counted ("num matches").
_COUNT_WORDS = frozenset({"num", "number", "no", "total", "count"})


def said_measure(label: str, hint: str, value: str, tok: str, rng: random.Random) -> str:
    """`tok` (the value's vault token) in a phrase saying what the number is, by what its
    label and its description (`hint`, lower-cased) say; never "with the <label> at N"."""
    words = label.lower().split()
    last = words[-1]
    if last in _NAMING or _ID_HINT.search(hint):
        # "to number" names the number called: "number 7299", never "for to number 7299"
        named = " ".join(label.split()[1:]) if words[0] in _ENDS and len(words) > 1 else label
        return _pick(rng, (f"for {named} {tok}", f"({named} {tok})"))
    if last in _PLACES:
        return _pick(rng, (f"on {label} {tok}", f"({label} {tok})"))
    if value in ("0", "1") and "boolean" in hint:
        # a 0/1 flag typed as a number: its meaning, with the digit the call sends
        return f"{label} only ({tok})" if value == "1" else f"not {label} ({tok})"
    if last in ("quantities", "quantity"):
        return f"({tok} of each)"
    if len(words) > 2 and words[-2] == "per" and value.replace(".", "", 1).isdigit():
        # a rate: "831 meat meals per week", never "meat meals per of 831 weeks" (BFCL
        # seed 83 #7)
        return _pick(rng, (f"with {tok} {' '.join(words[:-2])} a {last}",
                           f"at {tok} {' '.join(words[:-2])} per {last}"))
    if last in _UNITS or f"{last}s" in _UNITS or last in _AMOUNTS:
        # the label is the unit: "64.61 gallons", "with expiration of 44 seconds"
        unit = last if last.endswith("s") else f"{last}s"
        unit = _one(unit) if value == "1" else unit  # "for 1 gallon"
        rest = " ".join(words[:-1])
        return f"with {rest} of {tok} {unit}" if rest else f"for {tok} {unit}"
    counted = [w for w in words if w not in _COUNT_WORDS]
    if counted and counts_things(" ".join(counted)) and value.isdigit():
        noun = " ".join(counted)
        return _pick(rng, (f"with {tok} {noun}", f"for {tok} {noun}"))
    if not _nameable(label):
        unit = _unit_in(hint)
        if unit:  # "mols" of "amount of substance in moles": "915.85 mol"
            return _pick(rng, (f"for {tok} {unit}", f"with {tok} {unit}"))
        if words[0] in _VERBS and len(words) > 1:  # `escalate_to`: "escalating to 13397"
            return f"{ing(words[0])} {' '.join(words[1:])} {tok}"
        return f"({label}: {tok})"  # no sentence a person says: the plain pair
    tail = _tail(label, hint)
    if value == "1" and _plural(tail):
        tail = _one(tail)  # "a duration of 1 night", never "of 1 nights" (BFCL seed 61)
    said = f"{tok}{tail}" if tail.startswith(("%", "°")) else f"{tok} {tail}".rstrip()
    a = article(label)
    return _pick(rng, (f"with {a} {label} of {said}", f"for {a} {label} of {said}"))


def _tail(label: str, hint: str) -> str:
    """What follows the number: the unit the description names ("kg"), else the things it
    says the number counts ("nights", for "the number of nights you want to book"), else
    nothing."""
    unit = _unit_in(hint)
    if unit:
        return unit
    m = _NUMBER_OF.search(hint)
    if m is not None:
        noun = m.group(1).split()
        head = noun[0] if _plural(noun[0]) else " ".join(noun)
        if _plural(head.split()[-1]) and head not in label.lower().split():
            return head
    return ""


def _one(noun: str) -> str:
    """The singular of a plural noun of things counted ("nights" -> "night", "inches" ->
    "inch"); a word not ending in -s is kept ("feet", "kg")."""
    if noun.endswith(("ches", "shes", "xes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _plural(word: str) -> bool:
    """A plural noun of things counted ("nights", "measures"), not "status" nor "is"."""
    return (word.isalpha() and len(word) > 3 and word.endswith("s")
            and not word.endswith(("ss", "us", "is")))


@lru_cache(maxsize=4096)
def _unit_in(hint: str) -> str:
    # A parameter's description recurs with every value said for it: read once.
    m = _UNIT.search(hint)
    return _UNITS[m.group(1)] if m is not None else ""


@lru_cache(maxsize=4096)
def _nameable(label: str) -> bool:
    """Whether "a <label> of 12" is English: a noun phrase of words ending in an English
    word."""
    words = label.lower().split()
    # "depreciation rate": a known head noun is enough; "mols" alone is no word said
    return (not _PHRASAL & set(words) and all(w.isalpha() for w in words)
            and is_known(words[-1]))
