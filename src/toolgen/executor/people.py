"""One person per object, whatever the call sent: a display or full name agrees with the
first and last name beside it (a user "Deborah Ray" is not displayed as "Kenji
Fairbanks"), and a handle or email spelled as a name (`kevin.wong`) is that person's.

Drawn fields already agree (`persons.py` draws a person once); what this settles is a
value that came from elsewhere: the arguments (`username: "kevin.wong"` echoed beside a
drawn full name), the corpus's example responses, the session's store.

`same_person(output, args)` walks the output; in an object holding string `first_name` and
`last_name` (any spelling), `full_name` and `display_name` become "First Last" (a bare
`name` may name something else: a booking's hotel beside its guest). Then a handle
(`username`, `screen_name`, ...) or an email whose local part is two name words, beside
a person's name, is rebuilt from the name, or the name from it when the call sent the
handle and not the name. A value the call sent is kept. In place, deterministic, never
touches the network.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from toolgen.executor.objects import objects_in
from toolgen.executor.values import name_kind, normalize_key

_FIRST = frozenset({"first_name", "firstname", "given_name"})
_LAST = frozenset({"last_name", "lastname", "surname", "family_name"})
_WHOLE = frozenset({"full_name", "fullname", "display_name", "displayname"})
_HANDLES = frozenset({"username", "user_name", "handle", "screen_name", "login"})
_EMAILS = frozenset({"email", "email_address"})
_HANDLE = re.compile(r"([a-z]{2,})([._])([a-z]{2,})(\d{0,4})")
_PERSON = re.compile(r"[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){1,2}")


def same_person(output: Any, args: dict[str, Any]) -> None:
    for node in objects_in(output):
        _agree(node, args)


@lru_cache(maxsize=16384)
def _name_keys(names: tuple[Any, ...]) -> tuple[str, str, tuple[str, ...]] | None:
    """(first-name key, last-name key, whole-name keys) of an object's keys, or None."""
    keys = {normalize_key(k): k for k in names if isinstance(k, str)}
    first = next((keys[n] for n in _FIRST if n in keys), None)
    last = next((keys[n] for n in _LAST if n in keys), None)
    whole = tuple(k for nk, k in keys.items() if nk in _WHOLE)
    return (first, last, whole) if first and last and whole else None


def _agree(obj: dict[str, Any], args: dict[str, Any]) -> None:
    _whole_name(obj, args)
    keys = _identity_keys(tuple(obj))
    if keys is not None:
        _one_identity(obj, args, *keys)


def _whole_name(obj: dict[str, Any], args: dict[str, Any]) -> None:
    found = _name_keys(tuple(obj))
    if found is None:
        return
    first, last = obj[found[0]], obj[found[1]]
    if not (isinstance(first, str) and isinstance(last, str) and first and last):
        return
    whole = f"{first} {last}"
    for key in found[2]:
        value = obj[key]
        if isinstance(value, str) and value != whole and args.get(normalize_key(key)) != value:
            obj[key] = whole


@lru_cache(maxsize=16384)
def _identity_keys(
        names: tuple[Any, ...]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None:
    """(handle and email keys, the object's own person-name keys, keys naming a person
    by role: `player_name`, `guest_name`) of an object's keys, or None when there is
    nothing to agree."""
    keys = {normalize_key(k): k for k in names if isinstance(k, str)}
    handles = tuple(k for nk, k in keys.items() if nk in _HANDLES or nk in _EMAILS)
    # A bare `name` is the person's only beside a handle (`{username, name}`).
    whole = tuple(k for nk, k in keys.items()
                  if nk in _WHOLE or (nk == "name" and handles))
    first = next((keys[n] for n in _FIRST if n in keys), None)
    last = next((keys[n] for n in _LAST if n in keys), None)
    own = whole + ((first, last) if first and last else ())
    roles = tuple(k for nk, k in keys.items()
                  if nk.endswith("_name") and nk not in _WHOLE and nk not in _HANDLES
                  and name_kind(nk[:-5]) == "person")
    if not own or not (handles or roles):
        return None
    return handles, own, roles


def _sent(args: dict[str, Any], key: str, value: Any) -> bool:
    return bool(args.get(normalize_key(key)) == value)


def _person_of(obj: dict[str, Any], names: tuple[str, ...]) -> tuple[str, str, str] | None:
    """(key, first word, last word) of the first person's name among `names`."""
    for key in names:
        value = obj.get(key)
        if isinstance(value, str) and _PERSON.fullmatch(value.strip()):
            words = value.split()
            return key, words[0], words[-1]
    return None


def _letters(word: str) -> str:
    return "".join(c for c in word.lower() if c.isalpha())


def _one_identity(obj: dict[str, Any], args: dict[str, Any], handles: tuple[str, ...],
                  own: tuple[str, ...], roles: tuple[str, ...]) -> None:
    """Make the handles and names of `obj` one person: the one the call named (a sent
    `player_name` echoed in the created profile, a sent name, a sent handle), else the
    name drawn."""
    said = [k for k in (*own, *roles) if _sent(args, k, obj[k])]
    person = _person_of(obj, tuple(said))
    if person is not None and person[0] in roles:
        _name_from(obj, args, own, person[1], person[2])
    person = person or _person_of(obj, own)
    if person is None:
        return
    name_key, first, last = person
    # A sent handle says who the person is before any drawn one is fitted to them.
    for key in sorted(handles, key=lambda k: not _sent(args, k, obj[k])):
        value = obj[key]
        if not isinstance(value, str):
            continue
        local, at, domain = value.partition("@")
        if bool(at) != (normalize_key(key) in _EMAILS):
            continue
        m = _HANDLE.fullmatch(local)
        if m is None or _fits(m.group(1), m.group(3), first, last):
            continue
        if _sent(args, key, value) and not _sent(args, name_key, obj[name_key]):
            first, last = m.group(1).capitalize(), m.group(3).capitalize()
            _name_from(obj, args, own, first, last)
            continue
        obj[key] = f"{_letters(first)}{m.group(2)}{_letters(last)}{m.group(4)}{at}{domain}"


def _fits(h_first: str, h_last: str, first: str, last: str) -> bool:
    """Whether a handle's two words are this person's first and last name (a nickname's
    start counts: `jon_smith` is Jonathan Smith)."""
    f, la = _letters(first), _letters(last)
    return h_last == la and (h_first == f or f.startswith(h_first) or h_first.startswith(f))


def _name_from(obj: dict[str, Any], args: dict[str, Any], names: tuple[str, ...],
               first: str, last: str) -> None:
    """Every unsent person-name field of `obj` spelled as `first` `last`."""
    for key in names:
        value = obj.get(key)
        if not isinstance(value, str) or _sent(args, key, value):
            continue
        nk = normalize_key(key)
        if nk not in _FIRST and nk not in _LAST and not _PERSON.fullmatch(value.strip()):
            continue  # `name: "Holt Group"` beside a handle names something else
        obj[key] = first if nk in _FIRST else last if nk in _LAST else f"{first} {last}"
