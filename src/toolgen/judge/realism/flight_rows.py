"""A flight that is not a flight: its date is not the day it leaves, its status no flight's.

BFCL's flight searches answered rows departing 2025-01-29 with `"date": "2025-03-29"`,
and flights "processing", "pending", "active" or "completed": a reviewer reads the date
as drawn apart from the departure and the status as another kind of thing's. Kind
`flight_row_misfit`, per answered call: an object with a flight number and a departure
timestamp that is not a booking (no booking, reservation, ticket or confirmation key)
has a bare travel date (`date`, `travel_date`, `flight_date`, `departure_date`) of
another day, or a status outside a flight's life (scheduled, on time, delayed,
boarding, departed, landed, cancelled, diverted; or a seat's: available, sold out,
full, open). Values the call sent are the user's and left alone.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_objects_with_sent
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "flight_rows"

_NUMBER = ("flight_number", "flight_no", "flight_code", "flightnumber")
_DEPARTS = ("departure_time", "departure", "departs_at", "depart_at", "departure_datetime")
_DAYS = ("date", "travel_date", "flight_date", "departure_date")
_BOOKED = ("booking", "reservation", "pnr", "ticket", "confirmation")
_LIFE = frozenset({"scheduled", "on time", "on_time", "ontime", "delayed", "boarding",
                   "departed", "landed", "cancelled", "canceled", "diverted", "available",
                   "sold out", "sold_out", "full", "open", "arrived", "in air", "en route"})
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _misfit(obj: dict[str, Any], sent: set[str]) -> str | None:
    if not any(k in obj for k in _NUMBER) or any(b in k.lower() for k in obj for b in _BOOKED):
        return None
    departs = next((obj[k] for k in _DEPARTS if isinstance(obj.get(k), str)), None)
    if departs is None or not _STAMP.match(departs):
        return None
    for key in _DAYS:
        day = obj.get(key)
        if isinstance(day, str) and _DAY.match(day) and day not in sent and (
                day != departs[:10]):
            return f"a flight departing {departs[:10]} has {key} {day}"
    status = obj.get("status")
    if isinstance(status, str) and status not in sent and status.lower() not in _LIFE:
        return f"a flight's status is '{status}', no state of a flight"
    return None


GATE = output_keys_gate(lambda key: key in _NUMBER)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    return [finding(NAME, "flight_row_misfit", at, why)
            for _, at, why in answered_objects_with_sent(view, _misfit)]
