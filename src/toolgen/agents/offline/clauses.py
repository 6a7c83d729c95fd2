"""Results said as a person says them, not as a list of fields.

"the total is 98 and the flight ID is flg_f0ad66" reads as a form dump. A person leads
with what the thing is (its name or title), then what matters about it (its state, its
price, its rating, its date), and puts a reference number in brackets: "it's Casa Azul,
rated 4.6, at 149.5 (hotel ID htl_40417)". A count of results becomes "98 in all". Each
role has a few wordings; a field with no known role keeps "the <label> is <value>".

`fact_clauses(facts, put, rng)` returns the clause text; `put` masks a value (so the
answer cites it verbatim, see `masking`).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from toolgen.agents.offline.beside import beside
from toolgen.agents.offline.counted import counts_things, possessed, with_fact
from toolgen.agents.offline.types import Fact, article
from toolgen.executor.regions import is_region
from toolgen.executor.world import is_us_state

_COUNT = frozenset({"total", "count", "total count", "total results", "results count",
                    "number of results", "total found"})
# A count of more than the list shows ("total": 11 beside one airport): said as what was
# found, never as the list's size ("heads a list of 11", "11 came back").
FOUND_LABEL = "total found"
# A result that is the nearest to the place asked, said as such: "nearest airport to Gilroy"
# (its value the result's name), and how far ("distance km", folded in).
NEAREST_LABEL = "nearest "
DISTANCE_LABEL = "distance km"
_MONEY = ("price", "amount", "cost", "fare", "fee", "total price", "total amount", "balance",
          "refund", "refunded", "deposit")
# A person's first name or a city is not what the record is called.
_NOT_SUBJECT = ("first", "last", "middle", "city", "country", "place", "state", "user",
                "file", "display", "author", "owner", "creator", "sender", "customer",
                "contact", "agent", "driver", "host", "publisher", "artist", "company",
                "account", "channel", "uploader", "assignee", "reporter",
                # a booking is for its passenger or guest, not called by their name
                # ("I found your booked flight - it's Chelsea Marshall": bundled s47 #11)
                "passenger", "guest", "patient", "holder", "recipient", "attendee",
                # an email's domain is where it is, not what the checked email is called
                "domain", "host")
_DATE = re.compile(r"\b(date|day|on)$")
_MONEY_VALUE = re.compile(r"-?\d[\d,]*(?:\.\d+)? [A-Z]{3}")  # "188.05 EUR"
# a place's opening hours are times it opens and closes ("it opens at 09:00")
_TIME = re.compile(r"\b(time|at|opens|closes)$")
_WORLD = ("capital of ", "population of ")
# Roles said after a subject as its modifiers ("rated 4.6, at 149.5").
# Whose score a label names: a side's score in a match is a result, not a rating
# ("home score 3" is no "rated 3").
_SIDES = frozenset({"home", "away", "visitor", "visiting", "team", "final", "match", "game",
                    "player", "opponent", "half", "halftime"})
_MODIFYING = ("status", "money", "currency", "rating", "date", "time")


def role_of(fact: Fact) -> str:
    """What a fact is to a reader: subject, status, count, money, currency, rating, date,
    time, reference, or other."""
    role, total = _label_role(fact.label)
    if total and _MONEY_VALUE.fullmatch(fact.value):
        return "money"  # a subtotal of 188.05 EUR is money, not a count
    if role == "status" and (is_region(fact.value) or is_us_state(fact.value)):
        return "other"  # a city's `state` is where it is: never "currently Maharashtra"
    if role == "status" and fact.value.strip().lstrip("-").isdigit():
        return "other"  # a status code: "with status 3", never "at the moment 3" (seed 97)
    if role == "rating" and _TALLY.fullmatch(fact.value.strip()) and int(fact.value) > 10:
        # a game's score of 38 is points won, not "rated 38" (BFCL seed 71 #33); a
        # rating is out of 5 or 10
        return "other"
    return role


_TALLY = re.compile(r"\d{1,9}")


@lru_cache(maxsize=8192)
def _label_role(label: str) -> tuple[str, bool]:
    """The role `label` gives its fact, and whether a money value makes it money instead
    (a total). Labels come from field names, so each is read once, not per fact."""
    label = label.lower().strip()
    if label.startswith(_WORLD):
        return "world", False  # `policy.world`: "the capital of France is Paris"
    if label.startswith(NEAREST_LABEL):
        return "nearest", False  # `policy.nearest`: "the nearest airport to Gilroy is SJC"
    last = label.split()[-1] if label else ""
    return _role(label, last), last in ("total", "subtotal")


def _role(label: str, last: str) -> str:
    if label in _COUNT:
        return "count"
    named = last in ("name", "title") or label in (
        "name", "title", "headline", "subject", "symbol", "ticker symbol", "stock symbol"
    )  # a stock is named by its symbol
    if named and not label.startswith(_NOT_SUBJECT):
        return "subject"
    if last == "status" or label == "state":
        return "status"
    if last in ("id", "ids", "uuid", "reference", "code", "number") or label.endswith(" no"):
        return "reference"
    if label == "currency" or last == "currency":
        return "currency"
    if any(label == m or label.endswith(" " + m) for m in _MONEY):
        return "money"
    if last in ("rating", "stars") or (last == "score" and not _SIDES & set(label.split())):
        return "rating"
    if _DATE.search(label):
        return "date"
    if _TIME.search(label):
        return "time"
    return "other"


def fact_clauses(facts: Sequence[Fact], put: Callable[[str], str], rng: random.Random) -> str:
    """The facts as one sentence body: subject first, then state, price, rating, dates;
    references in brackets; anything else as "the <label> is <value>"."""
    roles: dict[str, list[Fact]] = {}
    for f in facts:
        roles.setdefault(role_of(f), []).append(f)
    world = roles.get("world", [])
    parts: list[str] = [_world(world, put)] if world else []
    if roles.get("nearest"):
        return _nearest(facts, put)
    subject = roles.get("subject", [])
    count = roles.get("count", [])
    one = bool(count) and str(count[0].value) == "1"  # "there are 1 in all" reads wrong
    named_first = ""  # how the count's clause says what the first item has ("has", "with")
    if subject and count:
        s, n = put(subject[0].value), put(count[0].value)
        # "Iberia FF0358 heads a list of 3, departing 08:18" would time the list: what
        # follows the first item's name must follow the name
        described = any(roles.get(k) for k in _MODIFYING) or len(subject) > 1 or bool(
            roles.get("other"))
        parts.append(rng.choice((f"just {n} came back: {s}", f"there is {n} in all: {s}",
                                 *(() if described else (f"{s} is the only one ({n} in all)",)))
                                if one else (
                                 f"{n} found; the first is {s}",
                                 f"there are {n} in all, starting with {s}",
                                 f"{n} matched, led by {s}",
                                 *(() if described else (f"{s} comes first of the {n} found",)))
                                if count[0].label == FOUND_LABEL else (
                                 f"{n} came back, the first being {s}",
                                 f"there are {n} in all, starting with {s}",
                                 f"{n} showed up, led by {s}",
                                 *(() if described else (f"{s} heads a list of {n}",)))))
    elif subject:
        s = put(subject[0].value)
        parts.append(rng.choice((f"it's {s}", f"that's {s}")))
    elif count:
        n = put(count[0].value)
        # what the first of the list is (else its reference): it belongs to the first
        # item, not to the count
        firsts = roles.get("other") or roles.get("reference", [])
        person = _full_name(roles.get("other", []), put)
        if person:  # "2 came back, the first being MarShon Brooks"
            parts.append(rng.choice((f"just {n} came back: {person}",) if one else (
                f"{n} came back, the first being {person}",
                f"there are {n} in all, starting with {person}")))
        elif firsts:
            first = firsts.pop(0)
            # "the first at Eden Picture House", "the first 486 wide" (no "and")
            own = _own(first, put).removeprefix("and ")
            value = put(first.value)
            has = own or with_fact(first.label, first.value, value)  # "433 points"
            # the same draw as choosing the phrase: index 1 says "has", 0 says "with"
            pick = rng.choice((0, 1))
            named_first = "has" if pick and not own else "with"
            if not own and has.startswith(first.label + " "):
                # "the first has product Eco Sneakers" is a form's row; a person says
                # "the first's product is Eco Sneakers"
                named_first, has = "its", possessed(first, value, one)
            parts.append((
                f"there is {n} in all; {has}",
                f"just {n} turned up; {has}")[pick] if named_first == "its" and one else (
                f"there are {n} in all; {has}",
                f"{n} turned up; {has}")[pick] if named_first == "its" else (
                f"there is {n} in all, {has}",
                f"just {n} turned up, {has}")[pick] if one and own else (
                f"there are {n} in all, the first {has}",
                f"{n} turned up, the first {has}")[pick] if own else (
                f"there is {n} in all, with {has}",
                f"just {n} turned up; it has {has}")[pick] if one else (
                f"there are {n} in all, the first with {has}",
                f"{n} turned up; the first has {has}")[pick])
        else:
            parts.append(rng.choice((f"there is {n} in all", f"just {n} turned up") if one
                                    else (f"there are {n} in all", f"{n} turned up in total")))
    mods = _modifiers(roles, put, rng, bool(parts))
    others = [*subject[1:], *roles.get("other", [])]
    if not parts:
        person = _full_name(others, put)
        if person:
            parts.append(rng.choice((f"it's {person}", f"that's {person}")))
    if mods and not parts and others and len(mods) == len(
            roles.get("date", []) + roles.get("time", [])):
        # a day alone heads nothing ("the rate between the currencies: it's on 2025-05-12,
        # at a rate of 0.5789", bundled seed 61 #3): what was found comes first
        f = others.pop(0)
        parts.append(f"the {f.label} {_be(f.label)} {put(f.value)}")
    elif mods and not parts:
        mods[0] = _lead(mods[0])  # "it's rated 4.3", not a bare "rated 4.3"
    if mods and count and not subject:  # the rating is the first item's, not the count's
        # "the first is inactive", not "the first is currently inactive"
        said = [_STATUS_LEAD.sub("", mods[0]), *mods[1:]]
        if said[0].startswith("the "):
            # a clause of its own ("the offense date is 2013-05-28") follows, never after
            # "it is" ("just 1 turned up; it is the offense date is ...": BFCL seed 47 #44)
            whose = "its " if one else "the first's "
            head = f"{parts[0]}; " + ", ".join([whose + said[0][4:], *said[1:]])
        elif named_first:
            # "the first has scheme ACH and is at 74.78 USD", never "...; the first is"
            # after "the first has" (nor "the first with X; the first is")
            joint = {"has": " and is ", "its": ", and it is "}.get(named_first, ", ")
            head = parts[0] + joint + ", ".join(said)
        else:
            # "the first has a stop loss price of 32.21": an amount it has, not what it is
            verb = "has" if said[0].startswith(("a ", "an ")) else "is"
            head = f"{parts[0]}; {'it' if one else 'the first'} {verb} " + ", ".join(said)
    else:
        head = ", ".join(parts[:1] + mods)  # "it's Casa Azul, rated 4.6, at 149.5"
    if not head and others:
        f = others.pop(0)
        be = _be(f.label)
        head = rng.choice((f"the {f.label} {be} {put(f.value)}",
                           f"its {f.label} {be} {put(f.value)}"))
    text = head
    if others:  # "it's Velvet City, by Kevin Weaver", "it's confirmed, with 433 points"
        owns = [p for f in others if (p := _own(f, put))]
        withs = [_with(f, put) for f in others if not _own(f, put)]
        text = ", ".join([text, *owns]) if text else ", ".join(owns)
        if withs:
            text += ", with " + _join(withs, rng)
    refs = roles.get("reference", [])
    if refs:
        inner = ", ".join(f"{f.label} {put(f.value)}" for f in refs)
        text = f"{text} ({inner})" if text else rng.choice((
            f"the {refs[0].label} is {put(refs[0].value)}",
            f"its {refs[0].label} is {put(refs[0].value)}")) + (
            f" ({', '.join(f'{f.label} {put(f.value)}' for f in refs[1:])})"
            if refs[1:] else "")
    return text


def _nearest(facts: Sequence[Fact], put: Callable[[str], str]) -> str:
    """"the nearest airport to Gilroy is San Jose International, 51 km away": what was
    asked has none of its own, and the answer says so before anything else."""
    near = next(f for f in facts if f.label.startswith(NEAREST_LABEL))
    km = next((f for f in facts if f.label == DISTANCE_LABEL), None)
    said = f"the {near.label} is {put(near.value)}"
    return f"{said}, {put(km.value)} km away" if km is not None else said


# Labels of a kind a value names as an adjective or a noun before it ("italian cuisine",
# "drama genre"): "with cuisine italian" reads as a form's row.
_KIND_LABELS = frozenset({"cuisine", "genre", "category", "style", "flavor", "flavour"})


def _own(f: Fact, put: Callable[[str], str]) -> str:
    """A fact said by what its label is to the thing (`beside`: "by Kevin Weaver", "at
    a rate of 1.087"), or "" for one said after "with" (a count: "with 433 points")."""
    value = f.value.strip()
    if counts_things(f.label) and value.replace(",", "").isdigit():
        return ""
    return beside(f.label, f.value, put(f.value)) or ""


def _with(f: Fact, put: Callable[[str], str]) -> str:
    """A fact after "with": "italian cuisine" for a one-word kind, else `with_fact`."""
    if f.label in _KIND_LABELS and f.value.isalpha():
        return f"{put(f.value)} {f.label}"
    return with_fact(f.label, f.value, put(f.value))


def _world(facts: Sequence[Fact], put: Callable[[str], str]) -> str:
    """A country's facts said of the country, named once: "France has 66,987,244 people
    and its capital is Paris"."""
    said: set[str] = set()
    out: list[str] = []
    for f in sorted(facts, key=lambda f: not f.label.startswith("population of ")):
        kind, _, country = f.label.partition(" of ")
        again = country in said
        said.add(country)
        if kind == "population":
            out.append(f"{'it' if again else country} has {put(f.value)} people")
        else:
            out.append(f"its {kind} is {put(f.value)}" if again
                       else f"the {f.label} is {put(f.value)}")
    return " and ".join(out)


def _be(label: str) -> str:
    """"are" for a plural count label ("all time goals are 294"), else "is"."""
    last = label.split()[-1] if label.split() else ""
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is")) and last.isalpha()
    return "are" if plural and last.islower() else "is"


_PAST = ("created ", "updated ", "published ", "placed ", "delivered ", "born ")


def _lead(modifier: str) -> str:
    """A modifier made a clause of its own: "it's rated 4.3", "it was created 2025-04-15"."""
    if modifier.startswith(("rated ", "on ", "at ", "departing ", "arriving ", "starting ",
                            "ending ", "expiring ", "checking ", "due ")):
        return "it's " + modifier
    if modifier.startswith(_PAST):
        return "it was " + modifier
    if modifier.startswith(("opens ", "closes ")):
        return "it " + modifier
    return modifier


def _full_name(others: list[Fact], put: Callable[[str], str]) -> str:
    """"Lorenzo Williams" from a first and a last name (both taken out of `others`)."""
    first = next((f for f in others if f.label.lower() == "first name"), None)
    last = next((f for f in others if f.label.lower() == "last name"), None)
    if first is None or last is None:
        return ""
    others.remove(first)
    others.remove(last)
    return f"{put(first.value)} {put(last.value)}"


# A status said as a state of the thing: a word or two ("confirmed", "in transit").
_STATE_WORDS = re.compile(r"[A-Za-z]+(?:[ _-][A-Za-z]+)?")
# What a status modifier opens with, dropped after "the first is".
_STATUS_LEAD = re.compile(r"^(?:currently|now|which) ")
# Statuses that are a verb's past, not an adjective: said as a status, never "it's ...".
_VERB_STATUSES = frozenset({"succeeded", "failed"})


def _modifiers(roles: dict[str, list[Fact]], put: Callable[[str], str], rng: random.Random,
               after: bool) -> list[str]:
    out: list[str] = []
    timed: list[Fact] = []  # the times a status already said ("it landed at 10:43")
    for f in roles.get("status", []):
        v = put(f.value)
        when = _arrival(f, roles) if not timed else None
        if when is not None:  # not "it is landed, arriving 10:43" (BFCL seed 71 #5)
            timed.append(when)
            out.append(f"{'' if after or out else 'it '}{v} at {put(when.value)}")
            continue
        # "with status confirmed" is a form's row: "currently confirmed", "now confirmed"
        # and "its status is confirmed" as one: a state word is said of the thing ("it's
        # confirmed"); a code ("200", "ERR_5") stays the status's
        worded = _STATE_WORDS.fullmatch(f.value) is not None
        said = (rng.choice((f"currently {v}", f"now {v}")) if after or out
                else rng.choice((f"it's {v}", f"it is {v}") if worded
                                else (f"its status is {v}",) * 2))
        if f.value.lower() in _VERB_STATUSES:  # "it's succeeded" is no English
            said = f"which {v}" if after or out else f"its status is {v}"
        out.append(said)
    currency = roles.get("currency", [])
    for i, f in enumerate(roles.get("money", [])):
        v = put(f.value) + (f" {put(currency[0].value)}" if i == 0 and currency else "")
        label = f.label if f.label not in ("amount", "price") else ""
        lead = after or bool(out)
        if label:
            # "the diesel price comes to ₹95.17 a litre, with a petrol price of ...", not
            # "..., a petrol price of ..." after another sum
            out.append(f"with {article(label)} {label} of {v}" if i and lead
                       else f"{article(label)} {label} of {v}" if lead
                       else f"the {label} comes to {v}")
        else:
            out.append(rng.choice((f"at {v}", f"for {v}")) if lead else f"it comes to {v}")
    # A currency is said only beside an amount: "I checked the room availability - in
    # EUR" says nothing of the rooms (a bare currency is no fact).
    for f in roles.get("rating", []):
        # a hotel's 4 stars are its class, no rating of 4 ("rated 4" beside a 8.6 rating)
        stars = f.label.split()[-1] == "stars" or f.label == "star rating"
        out.append(f"with {put(f.value)} stars" if stars else f"rated {put(f.value)}")
    for f in roles.get("date", []) + roles.get("time", []):
        if f not in timed:
            out.append(_when(f, put(f.value)))
    return out


# Statuses of a journey that has ended, said as a verb with when it ended.
ARRIVED = frozenset({"landed", "arrived"})


def _arrival(status: Fact, roles: dict[str, list[Fact]]) -> Fact | None:
    """The arrival time a landed or arrived status is said with, if the facts hold one."""
    if status.value.lower() not in ARRIVED:
        return None
    return next((f for f in roles.get("time", []) + roles.get("date", [])
                 if f.label.lower().startswith("arriv")), None)


_WHEN = (("departure", "departing"), ("depart", "departing"), ("arrival", "arriving"),
         ("arrive", "arriving"), ("created", "created"), ("updated", "updated"),
         ("published", "published"), ("placed", "placed"), ("start", "starting"),
         ("end", "ending"), ("check in", "checking in"), ("check out", "checking out"),
         ("expir", "expiring"), ("deliver", "delivered"), ("opens", "opens at"),
         ("closes", "closes at"), ("birth", "born"), ("born", "born"), ("due", "due"))


def _when(f: Fact, value: str) -> str:
    """A date or time said with what happens then ("departing 2025-11-06T09:00:00Z")."""
    label = f.label.lower()
    if label in ("date", "day", "time", "at", "on"):
        return f"on {value}" if role_of(f) == "date" else f"at {value}"
    verb = next((v for key, v in _WHEN if label.startswith(key)), None)
    return f"{verb} {value}" if verb else f"the {f.label} is {value}"


def _join(parts: Sequence[str], rng: random.Random) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + (", and " if len(parts) > 3 and rng.random() < 0.5
                                    else " and ") + parts[-1]
