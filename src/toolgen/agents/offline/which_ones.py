"""A request for several of a kind names which ones, from the list the call sends.

"lock some doors (no unlock, driver)" (BFCL vehicle control): the goal drew the plural
object as "some doors" while the call sends `door=["driver"]`, so the user both leaves
it open and recites the list after it. A person says which: "lock the driver door",
"lock the driver and passenger doors". `which_ones(phrase, slots, put)` folds a list
slot naming items of the phrase's plural object (its name is the object's noun) into the
phrase and drops it from the slots; any other phrase is returned unchanged. `put` masks
each item, so the request cites the values sent. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from toolgen.agents.offline.types import Slot, spoken
from toolgen.agents.offline.word_forms import singular

# The goal's plural object at its end: "lock some doors", "close the windows".
_PLURAL_END = re.compile(r"\b(?:some|the|my) ([a-z]+s)$")
_WORDS = re.compile(r"[a-z]+")
# An item said as a kind of the thing ("driver", "rear_left"): a word or two, no id.
_ITEM = re.compile(r"[A-Za-z]+(?:[ _-][A-Za-z]+)?")


def which_ones(phrase: str, slots: Sequence[Slot],
               put: Callable[[str], str]) -> tuple[str, list[Slot]]:
    """`phrase` naming the items a list slot sends of its plural object, and the slots
    left to say (module doc)."""
    end = _PLURAL_END.search(phrase)
    if end is None:
        return phrase, list(slots)
    noun = end.group(1)
    for i, slot in enumerate(slots):
        items = _items(slot, singular(noun))
        if items is None:
            continue
        said = [put(spoken(item)) for item in items]
        listed = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
        thing = singular(noun) if len(items) == 1 else noun
        return (f"{phrase[:end.start()]}the {listed} {thing}",
                [*slots[:i], *slots[i + 1:]])
    return phrase, list(slots)


def _items(slot: Slot, noun: str) -> list[str] | None:
    """The items of a list slot named for `noun` ("door", "doors"), when each is a word
    or two naming which one (never an id or a number)."""
    if not isinstance(slot.raw, list) or not slot.raw or len(slot.raw) > 4:
        return None
    if noun not in {singular(w) for w in _WORDS.findall(slot.name.lower())}:
        return None
    if not all(isinstance(v, str) and _ITEM.fullmatch(v) for v in slot.raw):
        return None
    return [str(v) for v in slot.raw]
