"""One person per object: a display or full name agrees with the first and last name
beside it (a user "Deborah Ray" is not displayed as "Kenji Fairbanks").

`same_person(output)` walks the output; in an object holding string `first_name` and
`last_name` (any spelling), `full_name` and `display_name` become "First Last" (a bare
`name` may name something else: a booking's hotel beside its guest).
A value the call sent is kept. In place, deterministic, never touches the network.
"""

from __future__ import annotations

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


def _agree(obj: dict[str, Any], args: dict[str, Any]) -> None:
    keys = {normalize_key(k): k for k in obj if isinstance(k, str)}
    first = next((obj[keys[n]] for n in _FIRST if n in keys), None)
    last = next((obj[keys[n]] for n in _LAST if n in keys), None)
    if not (isinstance(first, str) and isinstance(last, str) and first and last):
        return
    whole = f"{first} {last}"
    for nk, key in keys.items():
        value = obj[key]
        if nk in _WHOLE and isinstance(value, str) and value != whole and args.get(nk) != value:
            obj[key] = whole
