"""A yes/no sent as text ("true", "false"): said as a yes or a no, never as the word.

Kloudless's `conflict_if_exists` is a string described "'boolean` (optional) If `false`,
..."; ToolBench seed 21 #0 had "make a folder - true -"; HackerRank's `wait` ("false")
was said "the wait false". A text value "true" or "false" is a flag whatever the schema's
type says (no content is the bare word): `as_flag(slot)` gives the slot with its yes or
no as a boolean (what `saying` says flags from), None for any other slot.
"""

from __future__ import annotations

import dataclasses

from toolgen.agents.offline.types import Slot


def as_flag(slot: Slot) -> Slot | None:
    """`slot` with a boolean value when it is a yes/no given as text (module doc)."""
    raw = slot.raw
    if not isinstance(raw, str) or raw.strip().lower() not in ("true", "false"):
        return None
    return dataclasses.replace(slot, raw=raw.strip().lower() == "true")
