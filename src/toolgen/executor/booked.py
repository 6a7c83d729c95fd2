"""A booking names the flight it booked: `flight_book` answers with a `flight_id` beside
its booking id, and the session remembers that flight's route, times and carrier, so a
later status check of the id is the flight just booked (not Melbourne -> Madrid a month
later), and the assistant has an id to pass on instead of asking the user for one.

`name_booked_flight(output, store, rng)` acts on a create's top-level object holding a
flight's number and route: without a flight id it gets one; with one, the flight is
remembered under it. In place, deterministic, never touches the
network.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.flight_codes import designator
from toolgen.executor.remembered import is_scalar
from toolgen.executor.state import EntityRecord
from toolgen.executor.values import id_prefix, normalize_key

# What says the booked thing is a flight, and what a later look at the flight restates.
_FLIGHT_MARKS = frozenset({"flight_number", "flight_no", "flight_code"})
_ROUTE = frozenset({"origin", "destination", "departure_time", "departure_location",
                    "destination_location", "from_city", "to_city"})
_FLIGHT_FIELDS = _FLIGHT_MARKS | _ROUTE | frozenset({
    "arrival_time", "airline", "departure_date", "date", "cabin_class", "seat_class"})


def name_booked_flight(output: Any, store: dict[Any, EntityRecord], rng: random.Random) -> None:
    """Give a booked flight its own id and remember the flight under it (see module doc)."""
    if not isinstance(output, dict):
        return
    keys = {normalize_key(k): k for k in output}
    if not (_FLIGHT_MARKS & keys.keys() and _ROUTE & keys.keys()):
        return
    given = output.get(keys["flight_id"]) if "flight_id" in keys else None
    # A booking that names its flight's id already: the flight is remembered under it
    # (BFCL seed 47 #8: Delta's DL4340 booked, then checked as Iberia's IB4340).
    ident = given if is_scalar(given) else f"{id_prefix('flight')}_{rng.getrandbits(24):06x}"
    rec = store.setdefault(ident, EntityRecord("flight"))
    for nk, k in keys.items():
        if nk in _FLIGHT_FIELDS and is_scalar(output[k]):
            rec.remember(nk, output[k])
    if "flight_id" in keys:
        return
    items = list(output.items())
    at = next((i + 1 for i, (k, _) in enumerate(items) if normalize_key(k).endswith("_id")), 0)
    items.insert(at, ("flight_id", ident))
    output.clear()
    output.update(items)


def known_flight(rec: EntityRecord | None) -> dict[str, Any]:
    """What a read of a booked flight must restate as if sent: its carrier, number and
    route (the route rules otherwise gave a Delta flight from Madrid to Iberia, or moved
    it to Boston). Only a flight whose number is its airline's (one this module
    remembered from a finished booking), not one drawn before the rules ran."""
    if rec is None or rec.entity != "flight":
        return {}
    airline, number = rec.fields.get("airline"), rec.fields.get("flight_number")
    code = designator(airline) if isinstance(airline, str) else None
    if code is None or not isinstance(number, str) or not number.startswith(code):
        return {}
    return {k: v for k in _FLIGHT_FIELDS if is_scalar(v := rec.fields.get(k))}
