"""What is over is due in no time: a delivered or cancelled order has no ETA left.

A cancelled delivery answered `"eta_minutes": 39` and the reply said "it's cancelled,
with an ETA of 39 minutes"; a delivered one was due in 33 (bundled seed 59 #3, #9). Per
object whose status says it is over (delivered, cancelled, completed, refunded...), a
minutes-to-go field (`eta_minutes`, `eta`, `minutes_remaining`...) holding a number is 0.
In place.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.objects import objects_in

_OVER = frozenset({"delivered", "cancelled", "canceled", "completed", "complete",
                   "refunded", "failed", "returned", "closed", "done", "arrived", "landed",
                   "finished", "expired", "rejected", "declined"})
TO_GO = frozenset({"eta_minutes", "eta", "eta_min", "eta_mins", "minutes_remaining",
                    "minutes_left", "time_remaining", "remaining_minutes", "eta_seconds",
                    "estimated_minutes", "wait_minutes"})


def settled_eta(output: Any) -> None:
    """Every object of `output` that is over owes no more minutes (module doc)."""
    for node in objects_in(output):
        status = node.get("status")
        if not isinstance(status, str) or status.lower() not in _OVER:
            continue
        for key, value in node.items():
            if key.lower() in TO_GO and isinstance(value, int | float) and not isinstance(
                    value, bool):
                node[key] = 0
