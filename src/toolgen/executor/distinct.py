"""Seats of one answer are different seats: a booking or a seat map never lists 14C twice;
and one field spelled twice in an object (`username`, `user_name`; `name` and
`criminal_name` beside `criminal_id`) holds one value.

`distinct_seats(output)` walks the output; in every list of seat codes (`seats:
["14C", "14C"]`) and every list of objects carrying a seat (`[{"seat": "14C"}, ...]`), a
repeated seat becomes the next free seat of its row (14C, 14D, 14E... then the next row).
In place, deterministic, never touches the network.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

_SEAT_KEYS = frozenset({"seat", "seat_number", "seat_no", "seatnumber", "seat_code"})
_LIST_KEYS = frozenset({"seats", "seat_numbers", "seat_assignments", "assigned_seats"})
_CODE = re.compile(r"^(\d{1,2})([A-K])$")
_LETTERS = "ABCDEFGHJK"


def distinct_seats(output: Any, args: Mapping[str, Any] | None = None) -> None:
    """In place: repeated seats moved to free ones; two spellings of one field agree, on
    the value the call sent when one of them echoes it (`user_name: "tyler_brown5"` sent,
    `username` drawn), else on the first spelling's."""
    sent: dict[str, Any] | None = None  # read only by an object spelling a field twice
    stack = [output]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            twins, seat_lists = _shape(node)
            if twins:
                if sent is None:
                    sent = {_flat(k): v for k, v in args.items()} if args else {}
                _one_spelling(node, twins, sent)
            for key in seat_lists:
                value = node[key]
                if isinstance(value, list) and all(isinstance(v, str) for v in value):
                    node[key] = _unique(value)
            stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            _unique_in_objects(node)
            stack.extend(v for v in node if isinstance(v, (dict, list)))


# Key tuple -> (pairs of spellings of one field, keys that name a list of seats): what an
# object's keys imply, worked out once per distinct key tuple.
_SHAPES: dict[tuple[str, ...], tuple[tuple[tuple[str, str], ...], tuple[str, ...]]] = {}
_MAX_SHAPES = 65536


def _shape(obj: dict[str, Any]) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    names = tuple(obj)
    hit = _SHAPES.get(names)
    if hit is None:
        if len(_SHAPES) >= _MAX_SHAPES:
            _SHAPES.clear()
        hit = _SHAPES[names] = (_twins(names), tuple(k for k in names
                                                      if k.lower() in _LIST_KEYS))
    return hit


def _twins(names: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(first spelling, later spelling) of each field spelled twice (`username`, `user_name`)."""
    if len(names) < 2:
        return ()
    seen: dict[str, str] = {}
    out = []
    for key in names:
        first = seen.setdefault(_flat(key), key)
        if first != key:
            out.append((first, key))
    if "name" in seen:  # a criminal record's `name` and `criminal_name` name one person
        out.extend(("name", key) for key in names if _own_name(key, seen))
    return tuple(out)


def _own_name(key: str, flat_keys: dict[str, str]) -> bool:
    """`criminal_name` beside `criminal_id`: the name of the object itself."""
    flat = _flat(key)
    return flat.endswith("name") and flat != "name" and f"{flat[:-4]}id" in flat_keys


def _flat(key: str) -> str:
    return key.replace("_", "").replace("-", "").lower()


def _one_spelling(obj: dict[str, Any], twins: tuple[tuple[str, str], ...],
                  sent: dict[str, Any]) -> None:
    """Two spellings of one field (`username` and `user_name`) state one value: the one
    the call sent if either spelling holds it, else the first."""
    for first, key in twins:
        if type(obj[first]) is not type(obj[key]) or isinstance(obj[key], (dict, list)):
            continue
        flat = _flat(key)
        if flat in sent and obj[key] == sent[flat]:
            obj[first] = obj[key]
        else:
            obj[key] = obj[first]


def _unique_in_objects(items: list[Any]) -> None:
    objs = [o for o in items if isinstance(o, dict)]
    key = _seat_key(tuple(objs[0])) if objs else None
    if key is None or not all(isinstance(o.get(key), str) for o in objs):
        return
    for o, seat in zip(objs, _unique([o[key] for o in objs]), strict=True):
        o[key] = seat


# Why cached: every list of objects of every answer is asked, and the objects one plan
# draws share their keys; bounded, so a run's memory stays flat.
@lru_cache(maxsize=8192)
def _seat_key(keys: tuple[Any, ...]) -> str | None:
    """The first of `keys` naming a seat (`seat`, `Seat_No`), or None."""
    return next((k for k in keys if k.lower() in _SEAT_KEYS), None)


def _unique(seats: list[str]) -> list[str]:
    if len(set(seats)) == len(seats):
        return seats
    taken = set(seats)
    out: list[str] = []
    used: set[str] = set()
    for seat in seats:
        if seat in used:
            seat = _next_free(seat, taken)
            taken.add(seat)
        used.add(seat)
        out.append(seat)
    return out


def _next_free(seat: str, taken: set[str]) -> str:
    m = _CODE.match(seat)
    if m is None:
        n = 2
        while f"{seat}-{n}" in taken:
            n += 1
        return f"{seat}-{n}"
    row, letter = int(m.group(1)), m.group(2)
    i = _LETTERS.find(letter) if letter in _LETTERS else 0
    while True:
        i += 1
        if i >= len(_LETTERS):
            i, row = 0, row + 1
        candidate = f"{row}{_LETTERS[i]}"
        if candidate not in taken:
            return candidate
