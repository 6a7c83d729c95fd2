"""Items of one list are different things: two hotels of one answer are not both "Hotel
Lumiere", two users of one page do not share an email.

`distinct_by_name(items, regen)` walks a freshly generated list of objects; an item whose
name, title, full name, username, email or label repeats an earlier item's is drawn again
(up to three times) and dropped when it still repeats: a list whose every item echoes the
asked name is one item long. Deterministic (it draws from the call's stream through
`regen`), never touches the network.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from toolgen.executor.values import normalize_key

_NAME_KEYS = frozenset({"name", "title", "full_name", "display_name", "username", "user_name",
                        "email", "label"})
_TRIES = 3


def is_name_key(key: str) -> bool:
    """Whether a field names the item it sits in (a list's items must differ by it)."""
    return normalize_key(key) in _NAME_KEYS


def distinct_by_name(items: list[Any], regen: Callable[[], Any]) -> list[Any]:
    """`items` with no two objects named alike (see the module docstring)."""
    if len(items) < 2 or not isinstance(items[0], dict):
        return items
    keys = [k for k in items[0] if normalize_key(k) in _NAME_KEYS]
    if not keys:
        return items
    seen: dict[str, set[str]] = {k: set() for k in keys}
    kept: list[Any] = []
    for item in items:
        for _ in range(_TRIES):
            if not _clash(item, seen):
                break
            item = regen()
        if _clash(item, seen):
            continue
        for k in keys:
            v = item.get(k)
            if isinstance(v, str):
                seen[k].add(v)
        kept.append(item)
    return kept or items[:1]


def _clash(item: Any, seen: dict[str, set[str]]) -> bool:
    if not isinstance(item, dict):
        return False
    return any(isinstance(item.get(k), str) and item[k] in values for k, values in seen.items())


def fill_distinct(items: list[Any], make: Callable[[], Any], total: int) -> list[Any]:
    """`items` grown to `total` with newly made items named unlike the others (a few tries
    each: a list whose names run out stays shorter)."""
    out = distinct_by_name(items, make) if len(items) > 1 else list(items)
    keys = [k for k in out[0] if normalize_key(k) in _NAME_KEYS] if out and isinstance(
        out[0], dict) else []
    seen: dict[str, set[str]] = {k: {v[k] for v in out if isinstance(v, dict)
                                     and isinstance(v.get(k), str)} for k in keys}
    attempts = 0
    while len(out) < total and attempts < _TRIES * total:
        attempts += 1
        item = make()
        if _clash(item, seen):
            continue
        for k in keys:
            if isinstance(item, dict) and isinstance(item.get(k), str):
                seen[k].add(item[k])
        out.append(item)
    return out
