"""A seat's letter says where it is: 14A is by the window, 14C on the aisle.

A seat map answered 14C and 14D both `"window": true` (bundled seed 59 #19): the flag was
drawn apart from the seat. Per object holding a seat (`seat`, `seat_number`) written as a
row and a letter, a window or aisle flag (`window`, `is_window`, `aisle`, `is_aisle`) and
a position word (`position`, `seat_type`, `location` holding window, aisle or middle) are
set from the letter, as a six-abreast cabin seats them (A and F by the windows, C and D
on the aisle; G to K as a wide cabin's right side). In place.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor.objects import objects_in

_SEAT_KEYS = ("seat", "seat_number", "seatNumber", "seat_no")
_SEAT = re.compile(r"^\d{1,2}([A-K])$")
_WINDOW_KEYS = ("window", "is_window", "isWindow")
_AISLE_KEYS = ("aisle", "is_aisle", "isAisle")
_POSITION_KEYS = ("position", "seat_type", "seatType", "location", "type")
_POSITIONS = frozenset({"window", "aisle", "middle"})
_WINDOWS = frozenset("AFK")
_AISLES = frozenset("CDGH")


def seat_sides(output: Any) -> None:
    """Every seat of `output` flagged as its letter places it (module doc)."""
    for node in objects_in(output):
        letter = _letter(node)
        if letter is None:
            continue
        side = "window" if letter in _WINDOWS else "aisle" if letter in _AISLES else "middle"
        for key in _WINDOW_KEYS:
            if isinstance(node.get(key), bool):
                node[key] = side == "window"
        for key in _AISLE_KEYS:
            if isinstance(node.get(key), bool):
                node[key] = side == "aisle"
        for key in _POSITION_KEYS:
            value = node.get(key)
            if isinstance(value, str) and value.lower() in _POSITIONS:
                node[key] = side if value.islower() else side.capitalize()


def _letter(node: dict[str, Any]) -> str | None:
    for key in _SEAT_KEYS:
        value = node.get(key)
        if isinstance(value, str) and (m := _SEAT.match(value.strip().upper())):
            return m.group(1)
    return None
