"""How a user says a value: a phrase woven into a sentence, chosen by what the value means.

"in Porto", "from 2024-05-03 until 2024-05-07", "for 2 adults", "at least 4 stars", "the
3rd page", "about jazz piano": never `label: value` nor "value for the label". The kind of a
value is read from its parameter's name, description, JSON type and the value's own shape.
Values arrive as opaque tokens (`masking.Vault`), so the phrase never alters them.

Owned here: the choice by kind (`phrase`), a field a request sets (`field`), a point
(`coordinates`), a response setting, a yes/no, a date and a number. A value given as text
(a key, a name, a language, a place, a query) is said by `saying_text`; the label's words
and the seeded pick come from `slot_words`.
"""

from __future__ import annotations

import random
import re

from toolgen.agents.offline.flags_said import FLAG_VERBS, said_flag
from toolgen.agents.offline.how_many import said_how_many
from toolgen.agents.offline.measures import said_measure
from toolgen.agents.offline.named_codes import said_ticket
from toolgen.agents.offline.saying_text import BARE_KEYS as _BARE_KEYS
from toolgen.agents.offline.saying_text import ident as _ident
from toolgen.agents.offline.saying_text import text as _text
from toolgen.agents.offline.slot_words import has as _has
from toolgen.agents.offline.slot_words import pick as _pick
from toolgen.agents.offline.slot_words import words_of as _words
from toolgen.agents.offline.switches import is_switch
from toolgen.agents.offline.text_flags import as_flag
from toolgen.agents.offline.types import Slot, article
from toolgen.agents.offline.value_roles import counted_whole, labelled
from toolgen.agents.planner.values_meaning import COMPOUNDED
from toolgen.executor.asked_count import counted_noun
from toolgen.executor.controls import left_to_assistant
from toolgen.executor.pools import PLACES
from toolgen.executor.values import LATITUDE_WORDS, LONGITUDE_WORDS, singular
from toolgen.registry.english import unsayable

# An ISO day, or one written as its parameter asks ("13/04/2025": `executor.date_formats`).
_DATE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{2}([/.-])\d{2}\1\d{4}$)")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.\w+$")
_URL = re.compile(r"^(?:https?://|www\.)", re.IGNORECASE)
_PHONE = re.compile(r"^\+?[\d\s().-]{7,}$")



def _ordinal_suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


_PAIR = re.compile(r"^(-?\d{1,2}\.\d+), (-?\d{1,3}\.\d+)$")  # a latitude, a longitude
_CITY_AT = {(round(p[4], 3), round(p[5], 3)): p[0] for p in PLACES}


def _figure(value: str) -> bool:
    return value.lstrip("-").replace(".", "", 1).isdigit()


def is_latitude(slot: Slot) -> bool:
    return bool(_words(slot) & LATITUDE_WORDS) and _figure(slot.value)


def is_longitude(slot: Slot) -> bool:
    return bool(_words(slot) & LONGITUDE_WORDS) and _figure(slot.value)


def coordinates(said: str, lat: str, lon: str, rng: random.Random) -> str:
    """A point as a person gives one: by the place it is when that is a known city ("near
    Madrid (40.4168, -3.7038)"), else as a pair ("at 40.4168, -3.7038"); never two numbers
    strung with "and" nor a negative number "north". `said` holds both values (tokens)."""
    try:
        city = _CITY_AT.get((round(float(lat), 3), round(float(lon), 3)))
    except ValueError:
        city = None
    if city is not None:
        return _pick(rng, (f"near {city} ({said})", f"in {city} ({said})",
                           f"around {city}, at {said}"))
    return _pick(rng, (f"at {said}", f"around {said}", f"at coordinates {said}"))


_TO_WORDS = frozenset({"to", "recipient", "recipients", "receiver", "send", "sendto"})
_FROM_WORDS = frozenset({"from", "sender", "reply", "replyto", "own", "my"})
_PHONE_WORDS = ("phone", "mobile", "tel", "telephone")


def phrase(slot: Slot, tok: str, rng: random.Random, checked: bool = False,
           sent_to: bool = False) -> str:
    """A phrase stating `slot`, with `tok` (the vault token for its value) inside; empty
    for a response setting a person leaves to the assistant (`controls`). `checked`: the
    request checks the value, so an address is its object, not where to reach the user;
    `sent_to`: the request sends something, so a number or address not the sender's is
    where it goes."""
    v = slot.value
    if sent_to and not _words(slot) & _FROM_WORDS and (
            _EMAIL.match(v) or (_PHONE.match(v) and _has(slot, *_PHONE_WORDS))):
        return f"to {tok}"
    slot = as_flag(slot) or slot  # "true" sent as text is a yes, never "- true -"
    if left_to_assistant(slot.name, f"{slot.hint} {v}"):
        return _control(slot, tok, rng)
    if isinstance(slot.raw, bool):
        return said_flag(slot, rng)
    if _words(slot) & {"cc", "bcc"} and "@" in v:  # copied in, never "(reach me at ...)"
        copy = "bcc" if "bcc" in _words(slot) else "cc"
        return _pick(rng, (f"copying in {tok}", f"with {tok} on {copy}",
                           f"and {copy} {tok}"))
    if (pair := _PAIR.match(v)) is not None:
        return coordinates(tok, pair.group(1), pair.group(2), rng)
    if _DATE.match(v):
        return _date(slot, tok, rng)
    if _EMAIL.match(v):
        if _words(slot) & _TO_WORDS:  # someone else's inbox, never "(reach me at ...)"
            return _pick(rng, (f"to {tok}", f"addressed to {tok}"))
        if checked:  # "verify the email for ann@x.com": the address checked
            return _pick(rng, (f"for {tok}", f"- it's {tok} -"))
        # "my address is joshua@..." reads as a street address (ToolBench seed 71 #1)
        return _pick(rng, (f"at {tok}", f"- email me at {tok} -", f"(reach me at {tok})"))
    if _URL.match(v):
        return _pick(rng, (f"for {tok}", f"for this page: {tok}", f"at {tok}"))
    if (ticket := said_ticket(slot, tok, rng)) is not None:
        return ticket  # "on ticket 2201234567890", never a figure of 13 digits
    if slot.kind in ("integer", "number") or v.replace(".", "", 1).lstrip("-").isdigit():
        return _number(slot, tok, rng)
    if _PHONE.match(v) and _has(slot, *_PHONE_WORDS):
        return _pick(rng, (f"on {tok}", f"(my number is {tok})", f"- call {tok} -"))
    return _text(slot, tok, rng)


# Words of a field a request sets on a thing that a value alone says better: a place
# ("in Porto"), a language ("in Spanish (es)"), a currency ("in EUR").
_SAID_ALONE = frozenset({"lang", "language", "locale", "currency", "unit", "units",
                         "timezone", "tz", "city", "country", "town", "region", "origin",
                         "destination", "from", "to", "source", "target", "cc", "bcc"})


def field(slot: Slot, tok: str) -> str | None:
    """A value a request sets on what it creates or edits, said as the field it fills:
    "the job title set to Ecologist", 'the description "..."', "the priority 2" (the
    caller lists them after "with"); None for a key naming the record itself, a field
    with no name a person says (`a1`, `topn`), a yes/no, a person's own contact details
    or someone copied in, and a value that says itself (a place, a language)."""
    label = slot.label.lower().strip()
    if (isinstance(slot.raw, bool) or as_flag(slot) is not None or _keyed(slot)
            or len(label) <= 2 or unsayable(label)
            or _words(slot) & _SAID_ALONE or any(len(w) < 3 for w in label.split())
            or any(c.isdigit() for c in label) or _DATE.match(slot.value)
            or _EMAIL.match(slot.value) or left_to_assistant(slot.name,
                                                             f"{slot.hint} {slot.value}")):
        return None
    # a sentence is quoted as what the field will read; a phone number is not a sentence
    said = f'"{tok}"' if is_sentence(slot.value) else tok
    if " " not in label:
        return f"the {label} {said}"
    last = label.rsplit(" ", 1)[1]
    if last == "username":  # "the big oven username set to x": an account's name is its own
        return f"the username {said}"
    # a name, a number or a code is said with its noun ("the zip code 45936"), as on a
    # form; "set to" is kept for a setting ("the background color set to LightCoral")
    return f"the {label} {said}" if last in _NAMED_BY else f"the {label} set to {said}"


# Last words of a field's label that a person says right before its value.
_NAMED_BY = frozenset({"name", "number", "code", "id", "reference", "address", "email",
                       "phone", "url"})


_SENTENCE = re.compile(r"[A-Za-z]{2,}\S* \S+ \S+")


def is_sentence(value: str) -> bool:
    """Whether a value reads as words of its own (a text to translate, a subject), which a
    person quotes rather than runs into their own sentence."""
    return _SENTENCE.search(value) is not None


def _keyed(slot: Slot) -> bool:
    """A key naming the record itself (`contactId`, `sku`), said with its noun
    (`saying_text.ident`)."""
    words = _words(slot)
    return bool(slot.thing) or bool(words & {"id", "ids", "uuid", "pk", "key", "sku", "isbn",
                                             "slug", "handle", "token", "hash"}) or (
        slot.name.lower().endswith("id"))


def _control(slot: Slot, tok: str, rng: random.Random) -> str:
    """How the response comes back, said as a person asks for it when they say it at all:
    "as JSON", "sorted by newest", "yes to the full details" (a yes/no still says its
    yes or no, which is what the call sends)."""
    words = _words(slot)
    if isinstance(slot.raw, bool):
        if words & {"full", "verbose", "detailed", "details"}:
            return _pick(rng, ("and yes, with the full details", "yes to the full details")) \
                if slot.raw else _pick(rng, ("no need for the full details",
                                             "and no, not the full details"))
        if words & {"summary", "summarize", "short"}:
            return "and yes, with a short summary" if slot.raw else "no summary needed"
        return said_flag(slot, rng)
    if words & {"sort", "order", "sortby", "orderby"}:
        return _pick(rng, (f"sorted by {tok}", f"ordered by {tok}"))
    return _pick(rng, (f"as {tok}", f"in {tok} format", f"({tok} output, please)"))


_TRIP = re.compile(r"\b(?:flights?|trips?|travel|journey|round|outbound|inbound)\b", re.I)


def _date(slot: Slot, tok: str, rng: random.Random) -> str:
    if _has(slot, "checkin", "check-in", "arrival", "arrive"):
        return _pick(rng, (f"checking in on {tok}", f"arriving {tok}"))
    if _has(slot, "checkout", "check-out"):
        return _pick(rng, (f"checking out on {tok}", f"leaving {tok}"))
    if _has(slot, "departure_date", "departure", "depart", "leave"):
        # a flight's departure day is no hotel check-out ("flights from AKL to LIS
        # checking out on 2025-08-20": bundled seed 31 #22)
        return _pick(rng, (f"leaving on {tok}", f"departing {tok}"))
    if _has(slot, "return_date", "returning") and _TRIP.search(slot.hint or ""):
        return _pick(rng, (f"returning {tok}", f"coming back {tok}"))
    if _has(slot, "since", "after"):
        return _pick(rng, (f"from {tok}", f"since {tok}"))
    if _has(slot, "start", "from", "begin", "min"):
        # a stay or booking that starts on a day starts then: "since 2025-08-13" is
        # said of a past span (BFCL seed 59 #24)
        return _pick(rng, (f"from {tok}", f"starting {tok}"))
    if _has(slot, "end", "to", "until", "till", "before", "max", "return"):
        return _pick(rng, (f"until {tok}", f"through {tok}", f"up to {tok}"))
    if _has(slot, "birth", "dob", "birthday"):
        return _pick(rng, (f"(born {tok})", f"- born on {tok} -"))
    return _pick(rng, (f"on {tok}", f"for {tok}", f"dated {tok}"))


_COUNTS = ("limit", "count", "size", "num", "results", "max_results", "per_page", "top",
           "n", "rows", "amount_of", "number")
_SHARES = re.compile(r"^(?:the )?(?:number|amount|quantity) of shares\b")
_HOW_MANY = re.compile(r"\b(?:how many|results?|items?|records?|limit|count|maximum|max|"
                       r"per page|returned|to return)\b")
# A description saying the value is how many come back ("The number of results you would
# like to be returned"): said as a count, never by its name ("keeping the topn at 10").
_COUNT_HINT = re.compile(r"^(?:the )?(?:max(?:imum)? )?(?:number|count|amount) of (?:results|"
                         r"records|items|entries|rows|candidates|matches|suggestions)\b|"
                         r"\bhow many (?:results|records|items|entries|rows)\b")
_PEOPLE = ("adults", "adult", "children", "child", "kids", "guests", "people", "persons",
           "passengers", "rooms", "nights", "seats", "tickets", "infants", "quantity", "qty",
           "items", "days", "hours", "minutes", "weeks", "months", "years")


def _number(slot: Slot, tok: str, rng: random.Random) -> str:
    if slot.value == "1" and is_switch(slot.hint):
        if slot.label.lower().split(" ", 1)[0] in FLAG_VERBS:  # not "with return image"
            return _pick(rng, (f"and yes, {slot.label.lower()} ({tok})",
                               f"and please {slot.label.lower()} (that's a {tok})"))
        # "recognize vehicle switched on (1)": a setting is set to its value, once
        return f"with {slot.label} set to {tok}"
    words = _words(slot)
    label = slot.label.lower()
    if _has(slot, "page") and words & {"size", "per", "limit", "count", "items", "results"}:
        return _pick(rng, (f"{tok} per page", f"{tok} results per page", f"{tok} to a page"))
    if _has(slot, "page"):
        if not slot.value.isdigit():
            return _pick(rng, (f"page {tok} onwards", f"from page {tok}"))
        # `tok` stands for the digits, said verbatim: "the 3rd page", never "the 3 page"
        sfx = _ordinal_suffix(int(slot.value))
        return _pick(rng, (f"the {tok}{sfx} page", f"starting at the {tok}{sfx} page",
                           f"from the {tok}{sfx} page on"))
    if _has(slot, "offset", "skip", "start", "end") and (
            said := _place_in_sequence(slot, tok, rng)) is not None:
        return said
    bounds = ("min", "minimum", "from", "least", "max", "maximum", "up", "most", "to")
    rest = " ".join(w for w in label.split() if w not in bounds)
    money = rest in ("price", "cost", "amount", "budget", "fee", "rate", "salary")
    if not rest and label in ("from", "to"):
        # an SMS's `from` is who sends it: "from 481419728", never "with at least 481419728"
        # (ToolBench seed 4270842 #7), when nothing is left for the word to bound
        return f"{label} {tok}"
    if words & {"min", "minimum", "from", "least"}:
        if money:
            return _pick(rng, (f"from {tok} up", f"costing at least {tok}"))
        if rest in ("year", "date", "time", "season"):
            return _pick(rng, (f"from {tok} onwards", f"from {tok} or later"))
        if _measured(rest):  # "an elevation of at least 36.7", not "36.7 elevation or more"
            return _pick(rng, (f"with {article(rest)} {rest} of at least {tok}",
                               f"with {article(rest)} {rest} above {tok}"))
        return _pick(rng, (f"with at least {tok} {rest}", f"{tok} {rest} or more"))
    if words & {"max", "maximum", "up", "most"}:
        if money:
            return _pick(rng, (f"under {tok}", f"for no more than {tok}", f"within {tok}"))
        if rest in ("year", "date", "time", "season"):
            return _pick(rng, (f"up to {tok}", f"no later than {tok}"))
        if _measured(rest):
            return _pick(rng, (f"with {article(rest)} {rest} of at most {tok}",
                               f"with {article(rest)} {rest} below {tok}"))
        if slot.value == "0":  # "up to 0 stops" (bundled seed 59 #4): a none is a none
            return f"with {tok} {rest}"
        return _pick(rng, (f"with at most {tok} {rest}", f"up to {tok} {rest}"))
    counted = counted_noun(slot.hint) if slot.value.isdigit() else None
    if counted is not None and not words & {"page", "limit"}:
        return said_how_many(counted, tok, rng)
    if slot.name.lower() in ("number", "num") and not _HOW_MANY.search(slot.hint):
        # number2text's "number": the one to say, not a count; "a factorial of the number
        # 8" names the parameter, "a factorial of 8" the figure
        return _pick(rng, (f"of {tok}", f"for {tok}"))
    if COMPOUNDED.search(slot.hint):  # `n` of compound interest: how often, not the top n
        return _pick(rng, (f"compounded {tok} times a year", f"with {tok} compoundings a year"))
    if slot.value.isdigit() and (slot.name.lower() in _COUNTS or words & {"limit", "count"}
                                 or _per_count(label) or (
            _COUNT_HINT.search(slot.hint) and not words & set(_PEOPLE))):
        return _pick(rng, (f"just the top {tok}", f"no more than {tok} of them",
                           f"up to {tok} results", f"{tok} at most"))
    if words & {"quantity", "qty"}:
        # never "x6": after a key it reads as part of it ("event evn_1 x6")
        return _pick(rng, (f"- {tok} of them -", f"({tok} in total)"))
    if words & set(_PEOPLE):
        noun = next(w for w in label.split() if w in _PEOPLE)
        if slot.value == "1":
            noun = singular(noun)  # "1 guest", "1 child", not "1 guests", "1 children"
        return _pick(rng, (f"for {tok} {noun}", f"{tok} {noun}"))
    if words & {"century"} and slot.value.isdigit() and 0 < int(slot.value) < 30:
        return f"in the {tok}{_ordinal_suffix(int(slot.value))} century"  # not "at 21"
    if words & {"year"}:
        return _pick(rng, (f"in {tok}", f"from {tok}"))
    if label in ("value", "val", "input", "number value"):
        # "convert the value for a value of 39" names the parameter: the figure is what
        # is converted (BFCL seed 7)
        return f"for {tok}"
    if words & {"season"}:
        return _pick(rng, (f"in {tok}", f"for the {tok} season"))
    if words & {"level", "tier"} and words & {"price", "cost"}:
        # a price level is a rank, not money: "restaurants for 1" reads as one person
        return _pick(rng, (f"at price level {tok}", f"with a price level of {tok}"))
    if (whole := counted_whole(slot, tok, rng)) is not None:
        return whole  # "out of 474 outcomes", never "for 474" (money) of `total_outcomes`
    if _SHARES.search(slot.hint):  # "of 784.0 and of 59" was an order's price and size
        return _pick(rng, (f"for {tok} shares", f"{tok} shares"))
    if words & {"price"} and "at which" in slot.hint:
        return _pick(rng, (f"at {tok}", f"at a price of {tok}"))
    if words & {"price", "amount", "budget", "cost", "total", "salary", "income", "fee"}:
        return _pick(rng, (f"for {tok}", f"of {tok}", f"worth {tok}", f"around {tok}"))
    if words & LATITUDE_WORDS:  # alone; a latitude with its longitude is one point (`coordinates`)
        return f"at latitude {tok}"
    if words & LONGITUDE_WORDS:
        return f"at longitude {tok}"
    if words & {"age"}:
        return _pick(rng, (f"aged {tok}", f"who is {tok}"))
    if words & {"radius", "distance", "km", "miles"}:
        return _pick(rng, (f"within {tok}", f"in a {tok} radius"))
    if words & {"rating", "stars", "score"}:
        return _pick(rng, (f"rated {tok}", f"with a {tok} rating"))
    if words & {"id", "ids"} or slot.thing or label in _BARE_KEYS:
        return _ident(slot, tok, rng)
    return _measure(slot, label, tok, rng)


# A start or an end that is a place in a text or a list ("The starting position for the new
# text"), or one end of a range of numbers ("The start of the number range").
_POSITION = re.compile(r"\b(?:position|index|character|char|offset in|cursor)\b", re.I)
_RANGE = re.compile(r"\brange\b|\binterval\b|\bnumbers?\b", re.I)


def _place_in_sequence(slot: Slot, tok: str, rng: random.Random) -> str | None:
    """An offset, a start or an end said as a person says it: "at position 0" in a text,
    "from 0" and "up to 591" for a range of numbers, "skipping the first 20" results, "from
    the very start" for an offset of 0; never "from result 0 onwards" (a text has no
    results) nor "keeping the end at 591". None when the name only ends in such a word."""
    words = _words(slot)
    if words & (LATITUDE_WORDS | LONGITUDE_WORDS):
        return None  # a start point's longitude is no "after the first 31.2357"
    end = "end" in words or slot.name.lower() in ("end", "stop")
    if not end and not words & {"offset", "skip", "start"} and not (
            _has(slot, "offset", "skip", "start")):
        return None
    if _POSITION.search(slot.hint) or words & {"position", "index", "char", "character"}:
        return (_pick(rng, (f"ending at position {tok}", f"up to position {tok}")) if end
                else _pick(rng, (f"at position {tok}", f"starting at position {tok}")))
    if end:
        return _pick(rng, (f"up to {tok}", f"through {tok}"))
    if (_RANGE.search(slot.hint) or words & {"year", "date", "time", "day", "month"}) and not (
            _has(slot, "offset", "skip")):  # "start_year" 2020 is no "skipping the first 2020"
        return _pick(rng, (f"from {tok}", f"starting from {tok}"))
    if slot.value == "0":  # "skipping the first 0" is no way to say "from the start"
        return _pick(rng, (f"from the very start (offset {tok})",
                           f"with nothing skipped (offset {tok})"))
    return _pick(rng, (f"skipping the first {tok}", f"after the first {tok}"))


# What a "per" name counts by when it is a count ("results per request"); "dividend per
# share" or "price per night" is a rate: a value the user gives, never a bound.
_PER_COUNTED = frozenset({"page", "request", "call", "query", "batch", "response"})


def _per_count(label: str) -> bool:
    tokens = label.split()
    return any(t == "per" and tokens[i + 1:i + 2] and tokens[i + 1] in _PER_COUNTED
               for i, t in enumerate(tokens))


def _measured(rest: str) -> bool:
    """A bound on a quantity measured, not counted ("elevation", "temperature"): counts
    are plural nouns ("stars", "reviews") said after the number."""
    return bool(rest) and rest.isascii() and rest.replace(" ", "").isalpha() and not (
        rest.endswith("s") or rest in _PEOPLE)


_UNITS = frozenset({"kg", "g", "lb", "lbs", "m", "cm", "mm", "km", "ft", "mi", "sec", "ms",
                    "mb", "gb", "kb", "px", "pct", "percent", "usd", "eur", "hz", "kw", "w"})


_SPAN_UNITS = (("year", "years"), ("month", "months"), ("week", "weeks"), ("day", "days"),
               ("hour", "hours"), ("minute", "minutes"), ("second", "seconds"))


_LIMIT = re.compile(r"\bmax(imum)?\b|\bat most\b|\bup to\b|\blimit\b")


def _span_said(words: list[str], tok: str, slot: Slot, rng: random.Random) -> str | None:
    """A `time` that is a length, not a moment ("over 57 years", not "for the moment 57":
    BFCL seed 31 #10, a simple interest's `time` in years), else None. A count of
    digits a clock reading would have (a timestamp) is a moment."""
    value = slot.value
    if words[-1:] != ["time"] or not value.replace(".", "", 1).isdigit() or len(value) > 6:
        return None
    unit = next((plural for one, plural in _SPAN_UNITS
                 if re.search(rf"\b{one}s?\b", slot.hint)), None)
    if unit is None:
        return f"over a period of {tok}" if words == ["time"] and "period" in slot.hint else None
    if value == "1":
        unit = unit[:-1]
    if _LIMIT.search(slot.hint):
        # a recipe's "time limit in minutes to prep the meal" is no "over 10 minutes"
        # (BFCL seed 71 #13)
        return _pick(rng, (f"taking at most {tok} {unit}", f"within {tok} {unit}"))
    if len(words) > 1:  # a `cooking_time` "in minutes": "for the moment 190" (BFCL seed 61 #6)
        label = " ".join(words)
        return f"with {article(label)} {label} of {tok} {unit}"
    return _pick(rng, (f"over {tok} {unit}", f"for {tok} {unit}"))


def _measure(slot: Slot, label: str, tok: str, rng: random.Random) -> str:
    """A number whose meaning is only its label: "a weight of 72 kg", "a scaling factor of
    1.5", "since 1718000000"; never "72 weight kg" or "1.5 scaling factor"."""
    words = label.split()
    if words[-1] in _UNITS and len(words) > 1:
        rest = " ".join(words[:-1])
        return _pick(rng, (f"with {article(rest)} {rest} of {tok} {words[-1]}",
                           f"{article(rest)} {rest} of {tok} {words[-1]}"))
    if set(words) & {"timestamp", "epoch", "ts", "time"} and (
            span := _span_said(words, tok, slot, rng)) is not None:
        return span
    if set(words) & {"timestamp", "epoch", "ts", "time"}:
        if set(words) & {"after", "since", "from", "start", "min"}:
            return _pick(rng, (f"since {tok}", f"from {tok} onwards"))
        if set(words) & {"before", "until", "to", "end", "max"}:
            return _pick(rng, (f"before {tok}", f"up to {tok}"))
        return _pick(rng, (f"at {tok}", f"for the moment {tok}"))
    if "party" in words:
        return _pick(rng, (f"for a party of {tok}", f"for {tok} people"))
    if len(label) <= 2 or any(c.isdigit() for c in label) or unsayable(label):
        # "a", "b", "quantity1", "topn": a name no person says is not recited; what the
        # description calls it is, and never a bare "(46.0)"
        return labelled(slot, tok, rng)
    # never "with the gravity at 45.28": the label recited (`measures`)
    return said_measure(slot.label, slot.hint, slot.value, tok, rng)


