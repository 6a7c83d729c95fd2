"""A flight that has landed is reported by when it landed, not when it left.

A status check answered "it is landed, departing 00:33 UTC on 13 April" (BFCL seed 71
#5): the departure time is the salient time of a flight, but once the flight is down
the arrival is the news. `landed_times` puts the arrival in the departure's place for a
landed or arrived status.
"""

from __future__ import annotations

from typing import Any

from toolgen.agents.offline import Fact
from toolgen.agents.offline.clauses import ARRIVED, role_of

_ARRIVAL_KEYS = ("arrival_time", "arrival", "arrives_at", "arrival_at", "arrived_at",
                 "landed_at", "actual_arrival", "arrival_datetime")


def landed_times(facts: list[Fact], item: dict[str, Any]) -> list[Fact]:
    """`facts` with a departure time said as the arrival of `item` when its status says
    it has arrived; unchanged otherwise (no such status, no arrival time)."""
    if not any(role_of(f) == "status" and f.value.lower() in ARRIVED for f in facts):
        return facts
    arrival = next((item[k] for k in _ARRIVAL_KEYS if isinstance(item.get(k), str)
                    and item[k].strip()), None)
    if arrival is None:
        return facts
    out: list[Fact] = []
    for f in facts:
        if f.label.lower().startswith("depart") and role_of(f) in ("time", "date"):
            f = Fact(label="arrival time", value=arrival)
        if f not in out:
            out.append(f)
    return out
