"""Flights a search finds read as flights (BFCL seed 21 #59: rows departing 2025-01-29 with
`"date": "2025-03-29"`, and flights "processing", "pending", "active")."""

from __future__ import annotations

import pytest
from executor_endpoints import endpoint, param

from toolgen.executor import MockExecutor
from toolgen.records import Parameter

# BFCL's `flights_search`: no response shape, an optional date defaulting to "next monday".
SEARCH = endpoint("flights_search", (
    param("from_city"), param("to_city"),
    Parameter(name="date", raw_name="date", type_label="string",
              json_schema={"type": "string"}, required=False,
              description="The date to fly.", default="next monday", has_default=True)))
FLIGHT_STATES = {"available", "scheduled", "on time", "delayed", "boarding", "departed",
                 "landed", "cancelled", "sold out", "full", "open"}


@pytest.mark.parametrize("session_seed", range(8))
def test_each_flight_found_leaves_on_its_date_and_has_a_flight_status(
        executor: MockExecutor, session_seed: int) -> None:
    out = executor.session(session_seed).call(
        SEARCH, {"from_city": "Vancouver", "to_city": "Cairo"}).output
    rows = [r for v in out.values() if isinstance(v, list) for r in v if isinstance(r, dict)]
    flights = [r for r in rows if "flight_number" in r and "departure_time" in r]
    assert flights, out
    for row in flights:
        if "date" in row:
            assert row["date"] == row["departure_time"][:10], row
        if "status" in row:
            assert row["status"] in FLIGHT_STATES, row
