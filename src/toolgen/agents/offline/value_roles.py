"""A value said by the role its parameter names, never as a bare aside.

"check the games called Minecraft - Nintendo Switch - in Masovia", "buy a walmart -
Barcelona - for Eco Notebook" and "starting 2026-04-23 (parking)" set a value off in
dashes or brackets because nothing said what it is. A person says what it is to the ask:
"on Nintendo Switch" (a platform), "at the Barcelona store" (where a purchase is made),
"with parking" (a preference), "on 1626 Guzman Lane" (a street), a file "called trailer.mp4",
"the polynomial with coefficients -1, 0 and 5". `role_phrase` holds those roles; `labelled`
says a value whose role nothing here knows with its label ("with the substance ethanol",
"with r set to 46.0"), which is what a person types when they know only the field's name.

Owned here: the known roles of a text value and the labelled fallback. `saying_text.text`
and `saying._measure` call them last, after every role they know themselves.
"""

from __future__ import annotations

import random
import re

from toolgen.agents.offline.slot_words import pick
from toolgen.agents.offline.slot_words import words_of as _words
from toolgen.agents.offline.types import Slot
from toolgen.registry.english import unsayable

# What an ask is about, named by a thing of a kind its phrase already says ("calculate the
# energy" of a substance, "the winner" of a game): said "for ethanol", not recited as
# "with the substance ethanol" (a form's row).
_SUBJECTS = frozenset({"items", "products", "game", "species", "model", "substance",
                       "material", "particle", "gene", "organelle", "molecule", "compound",
                       "element", "ecosystem", "specialty", "specialization", "hobby",
                       "scientist", "event", "mineral", "protein", "enzyme", "disease",
                       "symptom", "instrument", "ingredient", "dish", "recipe"})
# Where a thing is kept or heard, said "at the British Library", "in Cook County Court".
_VENUES = frozenset({"court", "library", "museum", "venue", "hospital", "school",
                     "university", "gallery", "theater", "theatre", "stadium", "clinic"})
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
# Where a thing runs or is sold for: "on Nintendo Switch", "for Android".
_PLATFORMS = frozenset({"platform", "platforms", "console", "os"})
# Where a purchase, an order or a pick-up is made: a store's place, said as the store's.
_STORE_PLACES = frozenset({"loc", "store", "branch", "outlet", "shop"})
# What a booking or a search should have: said after "with" ("with parking").
_WANTED = frozenset({"preferences", "preference", "amenities", "amenity", "features",
                     "feature", "facilities", "extras", "add", "ons", "addons", "options",
                     "requirements", "services"})
# Places a person names with "on" or "in" beyond a city: a street, a district, a province.
_ON = frozenset({"street", "road", "avenue", "lane"})
_IN = frozenset({"district", "province", "county", "gov", "governorate", "neighborhood",
                 "neighbourhood", "suburb", "municipality", "prefecture", "territory",
                 "borough", "ward", "village"})
# What a person keeps a file or an object in.
_FILES = frozenset({"file", "filename", "path", "filepath"})
_CONTAINERS = frozenset({"bucket", "folder", "directory", "dir", "container", "repo",
                         "repository"})
_HOSTS = frozenset({"host", "hostname", "domain", "server", "website", "site"})
# Lists of a polynomial's coefficients, said as the polynomial they make.
_POLY = re.compile(r"\b(?:polynomial|coefficients?)\b")
# A label a person cannot say (`a2`, `r`): said from the description when it names one.
_NOUN_HINT = re.compile(r"^(?:the |a |an )?([a-z][a-z ]{2,24}?)(?: of| for| to| in| used|"
                        r" that| which|,|\.|$)")
# Last words of a label people say right before its value ("player name", "order number").
_SAID_BESIDE = frozenset({"id", "number", "code", "name", "date", "address", "email", "phone",
                          "reference", "url", "time"})
_HINT_STOP = frozenset({"the", "a", "an", "this", "it", "if", "whether", "value", "number",
                        "parameter", "input", "specify", "specifies", "enter", "set",
                        "optional", "required", "default"})


def role_phrase(slot: Slot, tok: str, rng: random.Random) -> str | None:
    """`tok` said by its parameter's role (module doc), or None when no role is known."""
    words = _words(slot)
    name = slot.name.lower()
    if _CLOCK.fullmatch(slot.value):
        return pick(rng, (f"at {tok}", f"for {tok}"))  # "with the time 04:30" was said
    if words & {"password", "passcode", "pin"}:
        return f"using {tok}"  # a masked secret says what it is; "- ******** -" did not
    if words & {"ticket", "tickets"}:
        return pick(rng, (f"for {tok}", f"about {tok}"))  # a ticket's code says what it is
    if words & {"docket"}:
        return pick(rng, (f"for case {tok}", f"on case {tok}"))
    if words & {"cuisine", "cuisines"}:
        return pick(rng, (f"serving {tok} food", f"for {tok} food"))
    if words & {"airline", "airlines", "carrier"}:
        return pick(rng, (f"with {tok}", f"on {tok}", f"flying {tok}"))
    if words & _SUBJECTS:
        return f"for {tok}"  # what the ask is about: "the energy for ethanol"
    if words & _VENUES:
        return pick(rng, (f"at {tok}", f"in {tok}"))
    if words & {"season"}:
        return f"for the {tok} season"
    if words & {"month", "day", "weekday"}:
        return f"in {tok}" if "month" in words else f"on {tok}"
    if words & _PLATFORMS:
        return pick(rng, (f"on {tok}", f"for {tok}"))
    if words & _STORE_PLACES or name in _STORE_PLACES:
        return pick(rng, (f"at the {tok} store", f"from the store in {tok}"))
    if words & _WANTED:
        return pick(rng, (f"with {tok}", f"with {tok} if possible", f"preferably with {tok}"))
    if words & _ON:
        return pick(rng, (f"on {tok}", f"at {tok}"))
    if words & _IN:
        return f"in {tok}"
    if _POLY.search(f"{slot.label} {slot.hint}") and slot.kind in ("array", "list"):
        return pick(rng, (f"for the polynomial with coefficients {tok}",
                          f"of the polynomial with coefficients {tok}"))
    if words & _FILES:
        return pick(rng, (f"called {tok}", f"named {tok}"))
    if words & _CONTAINERS:
        noun = next(w for w in sorted(words) if w in _CONTAINERS)
        return pick(rng, (f"in the {noun} {tok}", f"in my {noun} {tok}"))
    if words & _HOSTS:
        noun = next(w for w in sorted(words) if w in _HOSTS)
        return pick(rng, (f"on {tok}", f"for the {noun} {tok}"))
    return None


def labelled(slot: Slot, tok: str, rng: random.Random) -> str:
    """A value whose role nothing knows, said with what it is: its label, or the noun its
    description opens on when the label is no word ("with r set to 46.0" only when the
    description names nothing)."""
    label = slot.label.strip()
    sayable = len(label) > 2 and not any(c.isdigit() for c in label) and not unsayable(label)
    noun = label if sayable else _hint_noun(slot.hint)
    if noun and (" " not in noun or noun.rsplit(" ", 1)[1].lower() in _SAID_BESIDE):
        return pick(rng, (f"with the {noun} {tok}", f"with {noun} {tok}"))
    if noun:
        # a field's name of several words run into its value reads as a form's row ("with
        # the plant types Tree"): the value is what the field is set to
        return pick(rng, (f"with the {noun} set to {tok}", f"with the {noun} as {tok}"))
    return f"with the {label or slot.name} set to {tok}"


def _hint_noun(hint: str) -> str:
    """The noun phrase a description opens on ("the radius of the circle" -> "radius"),
    or "" when it opens on no noun."""
    m = _NOUN_HINT.match(hint.strip().lower())
    if m is None:
        return ""
    noun = m.group(1).strip()
    words = noun.split()
    if not words or len(words) > 3 or words[0] in _HINT_STOP or words[-1] in _HINT_STOP:
        return ""
    return noun


# First words of a label naming a whole counted ("total outcomes", "number of trials").
_WHOLE = frozenset({"total", "all"})
# Plural nouns a money word is not ("total price" is money, "total outcomes" a count).
_MONEY_WORDS = frozenset({"price", "prices", "amount", "amounts", "cost", "costs", "fees",
                          "sales", "revenue", "earnings", "payments", "charges", "assets",
                          "liabilities", "expenses", "profits", "debts", "savings",
                          "deposits", "funds", "dues", "taxes", "wages", "sums"})


def counted_whole(slot: Slot, tok: str, rng: random.Random) -> str | None:
    """A whole count said as one ("out of 474 outcomes" for `total_outcomes=474`), or None:
    "the event of 889 for 474 event outcomes" read the total as money (BFCL seed 21 #180)."""
    words = slot.label.lower().split()
    if len(words) != 2 or words[0] not in _WHOLE or not slot.value.isdigit():
        return None
    noun = words[1]
    if not noun.endswith("s") or noun.endswith("ss") or noun in _MONEY_WORDS:
        return None
    return pick(rng, (f"out of {tok} {noun}", f"out of {tok} {noun} in all"))


# A labelled part (`labelled`): "with the <label> <value token>".
_LABELLED = re.compile(r"^with (?:the )?([a-z][a-z ]{0,40}?) (\ue000[^\ue001]+\ue001)$")


def folded(phrase: str, parts: list[str]) -> tuple[str, list[str]]:
    """Labelled parts (`labelled`) said as a person lists them: a label the phrase already
    ends on is not said again ("a mean of the numbers 487, 223 and 498", never "of the
    numbers with the numbers ..."), and labelled parts side by side share one "with"
    ("with the players Serena Williams and the cards Bright Horizon", never "with the
    players ... with the cards ...")."""
    out = list(parts)
    named = next((p for p in out if p.startswith(("named ", "called "))), None)
    if named is not None:  # the name is the ask's object's: "a file named q3-report.pdf
        # for my pet 958569", never "a file for my pet 958569 named q3-report.pdf"
        out = [named, *(p for p in out if p is not named)]
    if out and (m := _LABELLED.match(out[0])) is not None and phrase.endswith(
            " " + m.group(1)):
        phrase, out = f"{phrase} {m.group(2)}", out[1:]
    merged: list[str] = []
    run: list[str] = []
    for part in [*out, ""]:
        if part and _LABELLED.match(part):
            run.append(part.removeprefix("with "))
            continue
        if run:
            said = run[0] if len(run) == 1 else ", ".join(run[:-1]) + " and " + run[-1]
            merged.append("with " + said)
            run = []
        if part:
            merged.append(part)
    return phrase, merged
