"""Where a booked trip goes, when the service chose it: said first.

BFCL's `book_flight` takes a departure and a time, no destination; a flight from Bangkok
came back booked to Cape Town, and the answer said only "I've booked a flight, and it's
confirmed (booking ID bkn_c46298)" (BFCL seed 59 #0): the one fact the user could not
know went unsaid. `unasked_end(facts, output, sent)` puts a made thing's destination first
when it is none of the values the call sent (`sent`, lower-cased).
"""

from __future__ import annotations

from typing import Any

from toolgen.agents.offline import Fact

_ENDS = ("destination", "destination_city", "arrival_city", "arrival_airport", "to_city")


def unasked_end(facts: list[Fact], output: Any, sent: set[str]) -> list[Fact]:
    """`facts` led by the destination `output` states, when it is not among the values
    `sent` (module doc); unchanged otherwise."""
    if not isinstance(output, dict):
        return facts
    end = next((v for k in _ENDS if isinstance(v := output.get(k), str) and v), None)
    if end is None:
        return facts
    if end.lower() in sent:
        return facts
    return [Fact(label="destination", value=end), *[f for f in facts if f.value != end]]
