"""A profile whose handle is one person's name and whose name is another's.

`{"username": "martha_taylor", "full_name": "Mark Young"}`,
`{"username": "shelia.sosa80", "full_name": "Kimberly Russell"}`,
`{"email": "eric.norton5@carter.biz", "full_name": "Jeffrey Jones"}`: a handle written as
first and last name (`first.last`, `first_last`, digits after) names a person, and a
reviewer who reads a different person's name beside it in the same object sees two
people stitched into one record. Kind `identity_mismatch`.

Left alone: handles that are not two words of three letters or more joined by "." or
"_" (`natgeo`, `jsmith`, `j.doe`) or not a person's name (`coffee_lover`: Faker's first
and last names for a few locales decide, as in `invented_names`), a full name sharing a
word with the handle or whose first name the handle's first word shortens or lengthens
(`mary_smith` / Mary Jones after a marriage, `jon_smith` / Jonathan Brown), and names
that are not two or three capitalised words (a company, a title).
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.invented_names import _person_names
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_objects
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "identity"

_HANDLE = re.compile(r"([a-z]{3,})[._]([a-z]{3,})\d{0,4}")
_PERSON = re.compile(r"[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){1,2}")
_HANDLE_KEYS = ("username", "user_name", "handle", "screen_name", "login")
_NAME_KEYS = ("full_name", "fullName", "display_name", "displayName")


def _named(handle: str) -> tuple[str, str] | None:
    """The two words of a handle spelled as a person's name (a known first name, or a
    known last name second: `martha_taylor`, not `coffee_lover`), or None."""
    m = _HANDLE.fullmatch(handle.lower())
    if m is None:
        return None
    firsts, lasts = _person_names()
    first, last = m.group(1), m.group(2)
    if first.capitalize() in firsts or last.capitalize() in lasts:
        return first, last
    return None


def _handle(obj: dict[str, Any]) -> tuple[str, tuple[str, str]] | None:
    """(the handle as written, its two name words) of `obj`, or None."""
    for key in _HANDLE_KEYS:
        value = obj.get(key)
        if isinstance(value, str) and (words := _named(value)):
            return value, words
    email = obj.get("email")
    if isinstance(email, str) and "@" in email and (words := _named(email.split("@", 1)[0])):
        return email, words
    return None


def _full_name(obj: dict[str, Any], with_username: bool) -> str | None:
    keys = (*_NAME_KEYS, "name") if with_username else _NAME_KEYS
    for key in keys:
        value = obj.get(key)
        if isinstance(value, str) and _PERSON.fullmatch(value.strip()):
            return value.strip()
    first, last = obj.get("first_name"), obj.get("last_name")
    if isinstance(first, str) and isinstance(last, str) and \
            _PERSON.fullmatch(f"{first} {last}".strip()):
        return f"{first} {last}"
    return None


def reason(obj: dict[str, Any]) -> str | None:
    """Why the handle and the name in `obj` are two people, or None."""
    handle = _handle(obj)
    if handle is None:
        return None
    name = _full_name(obj, any(isinstance(obj.get(k), str) for k in _HANDLE_KEYS))
    if name is None:
        return None
    words = [w.lower() for w in name.split()]
    first, last = handle[1]
    if {first, last} & set(words) or any(w.startswith(first) or first.startswith(w)
                                          for w in words):
        return None
    return f"{handle[0]!r} and {name!r} are two different people in one record"



# `reason` starts from a handle field or an email: an output without one has none to judge.
GATE = output_keys_gate(lambda key: key in _HANDLE_KEYS or key == "email")


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    return [finding(NAME, "identity_mismatch", at, f"{step.function_name}: {why}")
            for step, at, why in answered_objects(view, reason)]
