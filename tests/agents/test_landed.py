"""A landed flight is reported by when it landed (BFCL seed 71 #5: "it is landed,
departing 00:33 UTC on 13 April", for a flight that arrived at 10:43)."""

from __future__ import annotations

import random

from toolgen.agents.offline.clauses import fact_clauses
from toolgen.agents.offline.types import Fact, Intent
from toolgen.agents.policy.asked_first import asked_first

_FLIGHT = {"flight_number": "JL8383", "departure_time": "2025-04-13T00:33:00Z",
           "arrival_time": "2025-04-13T10:43:00Z", "status": "landed"}
_STATUS = Intent(verb="check", obj="the current status", phrase="check the current status")


def _facts(status: str) -> list[Fact]:
    facts = [Fact(label="status", value=status),
             Fact(label="departure time", value=_FLIGHT["departure_time"])]
    return asked_first(facts, {**_FLIGHT, "status": status}, _STATUS, set(), "")


def test_a_landed_flight_says_its_arrival() -> None:
    assert _facts("landed") == [Fact(label="status", value="landed"),
                                Fact(label="arrival time", value="10:43 UTC on 13 April")]
    for seed in range(8):
        text = fact_clauses(_facts("landed"), lambda v: v, random.Random(seed))
        assert text == "it landed at 10:43 UTC on 13 April", text


def test_a_flight_on_its_way_keeps_its_departure() -> None:
    assert _facts("delayed")[1] == Fact(label="departure time", value="00:33 UTC on 13 April")
    for seed in range(8):
        text = fact_clauses(_facts("delayed"), lambda v: v, random.Random(seed))
        assert "departing 00:33 UTC on 13 April" in text and "landed" not in text, text
