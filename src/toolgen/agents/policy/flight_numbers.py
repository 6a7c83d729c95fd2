"""A flight named by its number where the argument asks for one.

BFCL's `flight.status` takes `flight_id` "typically in the format 'XX123' where 'XX'
represents the airline code followed by the flight number"; a booking or a search answer
holds both its own `flight_id` (`flg_c74ede`) and the `flight_number` (QF5225). Read by
name, the link sent the booking system's internal id (BFCL seed 113 #4, #11, #12, #14).
`numbered(param, output, path)` gives the flight number beside the linked field, as
(its path, its value), when the argument asks for a flight number and the linked value
is none; else None. Pure.
"""

from __future__ import annotations

from typing import Any

from toolgen.agents.planner.flight_ids import asks_flight_number
from toolgen.executor.flight_numbered import FLIGHT_NUMBER
from toolgen.records import Parameter
from toolgen.records.paths import PathError, resolve

_NUMBER_KEYS = ("flight_number", "flightNumber", "flight_no", "flight_code")


def numbered(param: Parameter, output: Any, path: str, value: Any) -> tuple[str, str] | None:
    """(path, value) of the flight number beside `path` in `output` (module doc)."""
    if not asks_flight_number(param.description or "") or (
            isinstance(value, str) and FLIGHT_NUMBER.fullmatch(value)):
        return None
    head, _, _ = path.rpartition(".")  # "$.flights[0]" of "$.flights[0].flight_id"
    for key in _NUMBER_KEYS:
        beside = f"{head}.{key}"
        try:
            found = resolve(output, beside)
        except PathError:
            continue
        if isinstance(found, str) and FLIGHT_NUMBER.fullmatch(found):
            return beside, found
    return None
