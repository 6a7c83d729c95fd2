"""One person per object: a display or full name agrees with the first and last name
beside it (a user "Deborah Ray" is not displayed as "Kenji Fairbanks").

`same_person(output)` walks the output; in an object holding string `first_name` and
`last_name` (any spelling), `full_name` and `display_name` become "First Last" (a bare
`name` may name something else: a booking's hotel beside its guest).
A value the call sent is kept. In place, deterministic, never touches the network.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.executor.values import normalize_key

_FIRST = frozenset({"first_name", "firstname", "given_name"})
_LAST = frozenset({"last_name", "lastname", "surname", "family_name"})
_WHOLE = frozenset({"full_name", "fullname", "display_name", "displayname"})


def same_person(output: Any, args: dict[str, Any]) -> None:
    stack = [output]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            _agree(node, args)
            stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend(v for v in node if isinstance(v, (dict, list)))


@lru_cache(maxsize=16384)
def _name_keys(names: tuple[Any, ...]) -> tuple[str, str, tuple[str, ...]] | None:
    """(first-name key, last-name key, whole-name keys) of an object's keys, or None."""
    keys = {normalize_key(k): k for k in names if isinstance(k, str)}
    first = next((keys[n] for n in _FIRST if n in keys), None)
    last = next((keys[n] for n in _LAST if n in keys), None)
    whole = tuple(k for nk, k in keys.items() if nk in _WHOLE)
    return (first, last, whole) if first and last and whole else None


def _agree(obj: dict[str, Any], args: dict[str, Any]) -> None:
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
