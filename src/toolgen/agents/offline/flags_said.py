"""How a user says a yes/no setting: with the yes or no a person would use, by what the
setting means ("and please avoid tolls", "- not marked as private -", "open now or
not", "including the year"), never its name beside a bracketed yes ("with details (yes,
please)"). The yes or no is always said: it is the value the call sends.
"""

from __future__ import annotations

import random

from toolgen.agents.offline.slot_words import pick as _pick
from toolgen.agents.offline.types import Slot


def said_flag(slot: Slot, rng: random.Random) -> str:
    """A yes/no setting, said with the yes or no a person would use."""
    label = slot.label.lower()
    head, _, rest = label.partition(" ")
    if head in ("is", "has") and rest:
        # `isPrivate`, `is_free_ship`: the thing is (not) private, said of it ("yes to is
        # private", "no is bookmark" were said)
        # set off as an aside: two flags side by side are one ("- not marked as bookmark,
        # marked as private -"), not a run ("not marked as bookmark marked as private")
        # The yes or no is said: it is the value the call sends.
        if head == "has":
            return f"- yes, with {rest} -" if slot.raw else f"- no {rest} -"
        return f"- yes, make it {rest} -" if slot.raw else f"- not marked as {rest} -"
    if head in _WITH and rest:
        # `want_year`, `with_verdict`: the yes brings the thing in ("including the year"),
        # never "yes, include want year" nor "yes to with verdict"
        return _pick(rng, (f"including the {rest}", f"with the {rest}, please")) if slot.raw \
            else _pick(rng, (f"without the {rest}", f"leaving out the {rest}"))
    if head in FLAG_VERBS:
        # "avoid tolls" is a thing to do: "and please avoid tolls", never "with avoid tolls"
        if slot.raw:
            return _pick(rng, (f"and yes, please {label}", f"and yes, {label}"))
        if head in _UNDOING:
            # "no need to ignore duplicates" negates an undoing: a person says "don't"
            return _pick(rng, (f"but don't {label}", f"and please don't {label}"))
        return _pick(rng, (f"and no need to {label}", f"and there's no need to {label}"))
    if head in ("set", "make") and rest:
        # `set_default`: "and make it the default", never "include set default"
        return f"and make it the {rest}" if slot.raw else f"but don't make it the {rest}"
    if _trait(label):
        # `talkative`, `kid_friendly`: a trait is said of the thing ("and yes, talkative",
        # "not nervous"), never "with no nervous"
        return f"and yes, {label}" if slot.raw else f"not {label}"
    if _state(label):
        # `open_now`, `incoming`: a state filters ("yes, open now only"); its no leaves it open
        # ("open now or not"), never "with no open now" nor "yes to open now"
        return f"and yes, {label} only" if slot.raw else f"{label} or not"
    if rest and label.endswith(" status"):
        # `closed_status`: the state itself ("as closed"), never "closed status (yes, please)"
        state = label.removesuffix(" status")
        return f"- yes, {state} -" if slot.raw else f"- no, not {state} -"
    if slot.raw:
        # "with details (yes, please)" recited the flag's name beside its yes; the yes is
        # still said: it is the value the call sends
        return _pick(rng, (f"and yes, include {label}", f"- yes, including {label} -",
                           f"and yes, with {label}"))
    return _pick(rng, (f"with no {label}", f"and no {label}, please", f"- no {label} -"))


def _state(label: str) -> bool:
    """A yes/no naming a state a thing is in ("open now", "incoming", "verified"), not a
    thing to include ("images", "reviews")."""
    words = label.split()
    last = words[-1]
    if last in _STATES or words[0] in _STATES | {"direct", "nonstop"}:
        return True  # "direct flight only"
    if last.endswith(("table", "cable", "variable", "eed")) or len(last) <= 4:
        return False  # timetable, cable, speed, feed: things, not states
    return last.endswith(("ed", "able", "ible"))


def _trait(label: str) -> bool:
    """A yes/no naming a trait of the thing described ("talkative", "kid friendly")."""
    last = label.split()[-1]
    return len(last) > 4 and last.endswith(("ous", "ive", "ful", "friendly", "giving"))


# States a yes/no names beyond past participles and -able words ("verified", "bookable").
_STATES = frozenset({"now", "open", "online", "offline", "free", "live", "public", "active",
                     "new", "incoming", "outgoing", "pending", "upcoming", "ongoing",
                     "trending", "remaining", "unread"})


# First words of a yes/no setting that say only "with": what follows is the thing a yes
# brings in (`want_year`, `with_verdict`).
_WITH = frozenset({"with", "want", "wants", "need", "needs"})
# Actions that leave something out or undo it: their "no" is said as "don't", never as
# "no need to ignore duplicates" (a double negative).
# ("no need to avoid tolls" is a person's words: tolls are fine.)
_UNDOING = frozenset({"ignore", "skip", "exclude", "hide", "disable", "omit", "suppress",
                      "deny", "block"})
# First words of a yes/no setting that name an action ("avoid tolls", "optimize route").
FLAG_VERBS = frozenset({"avoid", "include", "exclude", "show", "hide", "return", "use",
                         "allow", "enable", "disable", "skip", "ignore", "remove", "optimize",
                         "optimise", "keep", "force", "send", "save", "notify", "translate",
                         "detect", "compress", "resize", "group", "sort", "fetch", "get",
                         "mark", "recognize", "recognise", "verify", "validate", "convert",
                         "omit", "suppress", "deny", "block"})
