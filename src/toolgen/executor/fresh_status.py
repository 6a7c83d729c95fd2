"""Fresh status: what a create returns is new, not already refunded or cancelled.

`TERMINAL` lists the statuses an entity reaches at the end of its life, `FRESH` the ones
it has when just made (the leaf generators draw from it for a create). In place,
deterministic.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.values import normalize_key

TERMINAL = frozenset({"refunded", "cancelled", "canceled", "completed", "delivered",
                      "deleted", "expired", "failed", "closed", "returned", "rejected",
                      "declined", "archived", "finished", "voided", "shipped", "done",
                      "resolved", "inactive", "disabled", "suspended"})
FRESH = ("pending", "confirmed", "created", "active", "new", "open", "scheduled",
         "processing", "booked", "reserved", "submitted", "placed", "received", "queued")


def freshen_status(obj: dict[str, Any]) -> None:
    """A terminal status of `obj` replaced by `confirmed` (same capitalisation)."""
    for k, v in obj.items():
        if "status" in normalize_key(k) and isinstance(v, str) and v.lower() in TERMINAL:
            obj[k] = "confirmed" if v[:1].islower() else "Confirmed"
