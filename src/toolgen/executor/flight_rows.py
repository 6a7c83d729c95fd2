"""A flight found is a flight: its travel date is the day it leaves, its status a flight's.

BFCL's `flights_search(from_city, to_city)` came back with rows departing 2025-01-29
beside `"date": "2025-03-29"`, and with statuses `processing`, `pending`, `active`,
`completed`: the date was drawn apart from the departure, the status from every kind of
thing's pool. `settle_flight(obj, fixed)` runs on an object that is a flight (a flight
number and a departure time) and not a booking of one (a booking's status is the
booking's, `confirmed`):

- a bare travel date (`date`, `travel_date`, `flight_date`, `departure_date`) not sent
  is the departure's day;
- a status outside a flight's life becomes one of "available", "scheduled", "on time",
  picked by the departure minute so the rule needs no random stream.

In place, deterministic, never touches the network.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.date_text import DATE
from toolgen.executor.values import normalize_key

FLIGHT_KEYS = frozenset({"flight_number", "flight_no", "flight_code"})
_DEPARTS = ("departure_time", "departure", "departs_at", "depart_at", "departure_datetime",
            "departure_at", "departure_date_time")
_DAYS = frozenset({"date", "travel_date", "flight_date", "departure_date"})
_BOOKED = ("booking", "reservation", "pnr", "ticket", "confirmation")
# A flight's own statuses, and those of a seat on it a search may say.
_LIFE = frozenset({"scheduled", "on time", "on_time", "ontime", "delayed", "boarding",
                   "departed", "landed", "cancelled", "canceled", "diverted", "available",
                   "sold out", "sold_out", "full", "open"})
_FOUND = ("available", "scheduled", "on time")


def is_flight(names: frozenset[str]) -> bool:
    """Whether an object with these normalised keys is a flight and not its booking."""
    return bool(names & FLIGHT_KEYS) and any(d in names for d in _DEPARTS) and not any(
        b in n for n in names for b in _BOOKED)


def settle_flight(obj: dict[str, Any], fixed: frozenset[str]) -> None:
    """`obj`'s travel date and status as a flight's (module doc); `fixed`: keys sent."""
    keys = {normalize_key(k): k for k in obj}
    departs = next((obj[keys[d]] for d in _DEPARTS if d in keys), None)
    if not isinstance(departs, str) or DATE.match(departs) is None:
        return
    for name in _DAYS & keys.keys():
        key = keys[name]
        value = obj[key]
        if key not in fixed and isinstance(value, str) and len(value) == 10 and DATE.match(value):
            obj[key] = departs[:10]
    said = keys.get("status")
    status = obj.get(said) if said is not None else None
    if said is not None and said not in fixed and isinstance(status, str) and (
            status.lower() not in _LIFE):
        minute = departs[14:16]
        obj[said] = _FOUND[int(minute) % len(_FOUND)] if minute.isdigit() else _FOUND[0]
