"""Items of one list are different things: two hotels of one answer are not both "Hotel
Lumiere", two users of one page do not share an email.

`distinct_by_name(items, regen)` walks a freshly generated list of objects; an item whose
name (`name`, `publisherName`), title, full name, username, email, label or code (a
ticker, an ISBN) repeats an earlier item's is drawn again (up to three times) and dropped
when it still repeats: a list whose every item echoes the asked name is one item long. A
person named in two fields (`first_name`, `last_name`) is named by both together: two
pages of players are not both "MarShon Brooks".
`one_row_per_zip(output)` keeps one row per ZIP code of a listing, once its places are
settled. Deterministic (it draws from the call's stream through `regen`), never touches
the network.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from toolgen.executor.values import normalize_key

_NAME_KEYS = frozenset({"name", "title", "full_name", "display_name", "username", "user_name",
                        "email", "label"})
# Codes that name one thing: two rows of one list of gainers are not both CRWD, at 69.33
# and at 239.58 (ToolBench seed 83 #2).
_CODE_KEYS = frozenset({"symbol", "ticker", "ticker_symbol", "stock_symbol", "isbn"})
_ZIP_KEYS = frozenset({"zip", "zip_code", "zipcode", "postal_code", "postcode"})
_TRIES = 3
# `<kind>_name` keys whose values rows of one list may share, or a person's parts.
_SHARED_NAMES = frozenset({"first", "last", "middle", "given", "family", "city", "country",
                           "state", "county", "region", "street", "district", "category",
                           "type", "brand", "author", "artist", "company", "team", "league",
                           "sport", "genre", "cuisine", "airline", "carrier", "venue",
                           "file", "host", "domain", "display", "screen", "sur"})
# A person's name split in two fields: (given-name keys, family-name keys), normalised.
_GIVEN = frozenset({"first_name", "firstname", "given_name", "forename"})
_FAMILY = frozenset({"last_name", "lastname", "family_name", "surname"})
_PERSON = "first_name+last_name"  # the pair's key among the names `_names` reads


def is_name_key(key: str) -> bool:
    """Whether a field names the item it sits in (a list's items must differ by it)."""
    return normalize_key(key) in _NAME_KEYS


def distinct_by_name(items: list[Any], regen: Callable[[], Any]) -> list[Any]:
    """`items` with no two objects named alike (see the module docstring)."""
    if len(items) < 2 or not isinstance(items[0], dict):
        return items
    keys = _name_keys(items[0])
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
        _remember(item, seen)
        kept.append(item)
    return kept or items[:1]


def _name_keys(item: dict[str, Any]) -> list[str]:
    """The keys naming `item`, and `_PERSON` when a person's name is split in two."""
    names = [normalize_key(k) for k in item]
    keys = [k for k, nk in zip(item, names, strict=True)
            if nk in _NAME_KEYS or nk in _CODE_KEYS or _own_name_key(nk)]
    if _GIVEN.intersection(names) and _FAMILY.intersection(names):
        keys.append(_PERSON)
    return keys


def _own_name_key(key: str) -> bool:
    """A key naming the item itself by its kind (`publisherName`, `hotel_name`): two
    publishers of one page were both "Blue Door Publishing". Not a person's part of a
    name, nor what rows may share (a city, a brand, an author)."""
    head, _, last = key.rpartition("_")
    return last == "name" and bool(head) and head.split("_")[0] not in _SHARED_NAMES


def _name(item: dict[str, Any], key: str) -> str | None:
    if key != _PERSON:
        value = item.get(key)
        return value if isinstance(value, str) else None
    given = next((v for k, v in item.items() if normalize_key(k) in _GIVEN), None)
    family = next((v for k, v in item.items() if normalize_key(k) in _FAMILY), None)
    if isinstance(given, str) and isinstance(family, str):
        return f"{given} {family}"
    return None


def _remember(item: Any, seen: dict[str, set[str]]) -> None:
    if isinstance(item, dict):
        for k, values in seen.items():
            name = _name(item, k)
            if name is not None:
                values.add(name)


def _clash(item: Any, seen: dict[str, set[str]]) -> bool:
    if not isinstance(item, dict):
        return False
    return any((name := _name(item, k)) is not None and name in values
               for k, values in seen.items())


def fill_distinct(items: list[Any], make: Callable[[], Any], total: int) -> list[Any]:
    """`items` grown to `total` with newly made items named unlike the others (a few tries
    each: a list whose names run out stays shorter)."""
    out = distinct_by_name(items, make) if len(items) > 1 else list(items)
    keys = _name_keys(out[0]) if out and isinstance(out[0], dict) else []
    seen: dict[str, set[str]] = {k: set() for k in keys}
    for item in out:
        _remember(item, seen)
    attempts = 0
    while len(out) < total and attempts < _TRIES * total:
        attempts += 1
        item = make()
        if _clash(item, seen):
            continue
        _remember(item, seen)
        out.append(item)
    return out


def one_row_per_zip(output: Any) -> None:
    """Rows of one list that share a ZIP code, once the places are settled, but the first:
    a ZIP names one area, and a lookup of ZIP 98187 answered it twice, with two
    populations (ToolBench seed 151 #30). In place."""
    if not isinstance(output, dict):
        return
    for key, rows in output.items():
        if not isinstance(rows, list) or len(rows) < 2 or not isinstance(rows[0], dict):
            continue
        zip_key = next((k for k in rows[0] if normalize_key(k) in _ZIP_KEYS), None)
        if zip_key is None:
            continue
        seen: set[Any] = set()
        kept = []
        for row in rows:
            code = row.get(zip_key) if isinstance(row, dict) else None
            if code is None or code not in seen:
                kept.append(row)
                seen.add(code)
        if len(kept) < len(rows):
            output[key] = kept
