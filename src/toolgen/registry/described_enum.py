"""Enums a schema states in its description: BFCL's `[Enum]: ["locked", "unlocked"]`.

BFCL's multi-turn APIs (vehicle control, trading, travel, file system) put a field's
allowed values in its description, not in `enum`. Unread, a door's status was drawn as
a person's name ("driver": "Mason Owens") and a brake pedal was "pending" (BFCL seed 13
#287). Both forms are read: a JSON list, and a bare comma list to the end of the text.
"""

from __future__ import annotations

import re
from typing import Any

import orjson

_MARK = re.compile(r"\[Enum\]\s*:\s*", re.IGNORECASE)


def described_enum(description: object) -> list[Any] | None:
    """The values `description` states as its enum, or None."""
    if not isinstance(description, str) or "num]" not in description:
        return None
    m = _MARK.search(description)
    if m is None:
        return None
    rest = description[m.end():].strip()
    if rest.startswith("["):
        end = rest.find("]")
        try:
            values = orjson.loads(rest[:end + 1]) if end > 0 else None
        except orjson.JSONDecodeError:
            return None
    else:
        values = [v.strip().strip("'\".") for v in rest.split(",")]
    if not isinstance(values, list):
        return None
    values = [v for v in values if v != ""]
    return values if len(values) >= 2 else None
