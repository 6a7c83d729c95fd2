"""A booking names the flight it booked: `flight_book` answers with a `flight_id` beside
its booking id, and the session remembers that flight's route, times and carrier, so a
later status check of the id is the flight just booked (not Melbourne -> Madrid a month
later), and the assistant has an id to pass on instead of asking the user for one.

`name_booked_flight(output, store, rng)` acts on a create's top-level object holding a
flight's number and route but no flight id. In place, deterministic, never touches the
network.
"""

from __future__ import annotations

import random
from typing import Any

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
    if not (_FLIGHT_MARKS & keys.keys() and _ROUTE & keys.keys()) or "flight_id" in keys:
        return
    ident = f"{id_prefix('flight')}_{rng.getrandbits(24):06x}"
    rec = store.setdefault(ident, EntityRecord("flight"))
    for nk, k in keys.items():
        if nk in _FLIGHT_FIELDS and is_scalar(output[k]):
            rec.remember(nk, output[k])
    items = list(output.items())
    at = next((i + 1 for i, (k, _) in enumerate(items) if normalize_key(k).endswith("_id")), 0)
    items.insert(at, ("flight_id", ident))
    output.clear()
    output.update(items)
