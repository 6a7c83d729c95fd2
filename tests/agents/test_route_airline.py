"""An airline a user asks for flies the route they ask about (BFCL seed 47 #8: "a
flight from Madrid to Cairo flying Delta")."""

from __future__ import annotations

import pytest

from toolgen.agents.planner.route_airline import route_airline
from toolgen.records import PlannedArg


def _stated(**values: str) -> dict[str, PlannedArg]:
    return {k: PlannedArg(name=k, source="user", value=v) for k, v in values.items()}


@pytest.mark.parametrize(("start", "end", "airline", "flies"), [
    ("Madrid", "Cairo", "Delta", {"Iberia", "Vueling", "EgyptAir"}),
    ("Edinburgh", "Milan", "Qantas", {"British Airways", "easyJet", "ITA Airways"}),
])
def test_an_airline_of_neither_end_becomes_one_of_the_routes(start: str, end: str,
                                                             airline: str,
                                                             flies: set[str]) -> None:
    fixes = route_airline(_stated(**{"from": start, "to": end, "airlines": airline}))
    assert fixes.get("airlines") in flies, fixes


@pytest.mark.parametrize("values", [
    {"from": "Madrid", "to": "Cairo", "airlines": "Iberia"},  # based at one end
    {"from": "Madrid", "to": "Atlantis", "airlines": "Delta"},  # an end nobody knows
    {"origin": "Madrid", "airline": "Delta"},  # no route
])
def test_fitting_or_unknown_routes_are_left(values: dict[str, str]) -> None:
    assert route_airline(_stated(**values)) == {}
