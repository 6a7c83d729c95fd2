"""A call whose flag turns its verb round is asked and reported by the verb it does.

BFCL vehicle control's `lockDoors(unlock=True, door=[...])` unlocks; the request said
"lock the driver door - yes, including unlock" and the answer "I locked doors". A flag
named for the verb's undoing (`unlock` beside "lock", `unmute` beside "mute") says which
of the two the call does: set, the verb is that undoing ("unlock the driver door", "I
unlocked ..."); unset, the verb stands. Either way the flag is no detail the user
recites. `undoing(verb, flags)` is the verb the call does and the flag's name, or None
when no flag undoes the verb. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# The prefixes that undo a verb: "unlock", "disarm", "deactivate".
_UNDO = ("un", "dis", "de")


def undoing(verb: str, flags: Iterable[tuple[str, Any]]) -> tuple[str, str] | None:
    """(the verb done, the flag's name) for a boolean flag named `<un>verb`, else None."""
    low = verb.lower().strip()
    if not low.isalpha():
        return None
    for name, value in flags:
        if not isinstance(value, bool):
            continue
        key = name.lower()
        if any(key == prefix + low for prefix in _UNDO):
            return (key if value else low), name
    return None


def turned(phrase: str, verb: str, done: str) -> str:
    """`phrase` led by `done` in place of `verb` ("lock the doors" -> "unlock the doors")."""
    if verb == done:
        return phrase
    head, _, rest = phrase.partition(" ")
    if head.lower() != verb.lower():
        return phrase
    said = done.capitalize() if head[:1].isupper() else done
    return f"{said} {rest}" if rest else said
