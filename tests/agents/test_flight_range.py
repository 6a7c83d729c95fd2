"""A flight between two cities is one an airliner flies without a stop (BFCL seed 71 #41:
Norwegian from Oslo to Auckland, 17,200 km; #189: a flight from Cape Town to Vancouver)."""

from __future__ import annotations

from toolgen.agents.planner.flight_range import in_range
from toolgen.executor import world
from toolgen.records import Endpoint, Parameter, PlannedArg


def _endpoint(name: str, description: str) -> Endpoint:
    params = tuple(Parameter(name=n, raw_name=n, type_label="string",
                             json_schema={"type": "string"}, required=True)
                   for n in ("departure_location", "destination_location"))
    return Endpoint(id=f"t/{name}", function_name=name, tool_id="t", tool_name="t",
                    category="travel", name=name, description=description,
                    parameters=params, response_schema={}, response_source="inferred",
                    method="CALL")


def _stated(start: str, end: str) -> dict[str, PlannedArg]:
    return {"departure_location": PlannedArg(name="departure_location", source="user",
                                             value=start),
            "destination_location": PlannedArg(name="destination_location", source="user",
                                               value=end)}


def _km(a: str, b: str) -> float:
    ca, cb = world.city(a), world.city(b)
    assert ca is not None and cb is not None
    return world.great_circle_km(ca, cb)


BOOK = _endpoint("flight_book", "Book a direct flight from one city to another.")


def test_a_flight_too_long_to_fly_nonstop_lands_within_range() -> None:
    for start, end in (("Cape Town", "Vancouver"), ("Oslo", "Auckland"), ("Sydney", "Lisbon")):
        fixed = in_range(BOOK, _stated(start, end))
        landed = fixed["destination_location"]
        assert isinstance(landed, str) and landed != end
        assert 3_000 <= _km(start, landed) <= 9_500, (start, landed)


def test_a_flight_in_range_and_a_drive_are_kept() -> None:
    assert in_range(BOOK, _stated("Copenhagen", "Mumbai")) == {}
    drive = _endpoint("route_planner", "Plan the fastest driving route between two places.")
    assert in_range(drive, _stated("Nairobi", "Sydney")) == {}
