"""A flight asked for by its number is the flight the session knows by that number.

BFCL's `flight.status` takes the flight's airline code and number ("TG1723"), while the
booking that made it remembered it under its record id (`flg_5c129e`): asked by number,
the status check answered a United flight from Austin that had landed (BFCL seed 113
#11). `numbered_flight(store, value)` is the id of the known record whose flight number
is `value`, else `value` itself. Pure.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor.state import EntityRecord

# An airline's code and a flight number ("TG1723"), as a sent flight is written.
FLIGHT_NUMBER = re.compile(r"[A-Z0-9]{2}\d{1,4}")
_KEYS = ("flight_number", "flight_no", "flight_code")


def numbered_flight(store: dict[Any, EntityRecord], value: Any) -> Any:
    """The id of the known flight numbered `value`, or `value` (module doc)."""
    if value in store or not isinstance(value, str) or not FLIGHT_NUMBER.fullmatch(value):
        return value
    for ident, rec in store.items():
        if any(rec.fields.get(k) == value for k in _KEYS):
            return ident
    return value
