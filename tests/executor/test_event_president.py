"""The president during a named event is the one in office then (BFCL seed 31 #81:
`us_history_get_president(event="the Civil War", year=2021)` answered "Nadia Prescott").
Presidents and dates are public facts written here."""

from __future__ import annotations

import random

from toolgen.agents.planner.values_pairs import paired
from toolgen.executor.finish import finisher
from toolgen.executor.presidents import president_on
from toolgen.records import Endpoint, Parameter, PlannedArg


def _endpoint() -> Endpoint:
    params = (Parameter(name="event", raw_name="event", type_label="string",
                        json_schema={"type": "string"}, required=True,
                        description="The event in U.S. history."),
              Parameter(name="year", raw_name="year", type_label="integer",
                        json_schema={"type": "integer"}, required=False,
                        description="The year of the event."))
    return Endpoint(id="us_history/us_history/get_president",
                    function_name="us_history_get_president", tool_id="us_history",
                    tool_name="us_history", category="History", name="get_president",
                    description="Retrieve the U.S. president during a specific event.",
                    parameters=params, response_schema={"type": "object", "properties": {
                        "president_id": {"type": "string"},
                        "president_name": {"type": "string"},
                        "event": {"type": "string"}, "year": {"type": "integer"}}})


def test_the_year_asked_beside_an_event_is_its_year() -> None:
    args = [PlannedArg(name="event", source="user", value="the Civil War"),
            PlannedArg(name="year", source="user", value=2021)]
    got = {a.name: a.value for a in paired(_endpoint(), args, lambda p, v: True)}
    assert got == {"event": "the Civil War", "year": 1861}


def test_the_president_during_an_event_is_the_one_in_office() -> None:
    endpoint = _endpoint()
    step = finisher(endpoint, endpoint.response_schema)
    assert step is not None
    for event, president in (("the Civil War", "Abraham Lincoln"),
                             ("the end of the Civil War", "Abraham Lincoln"),
                             ("the fall of the Berlin Wall", "George H. W. Bush")):
        out = {"president_id": "prs_f6588f", "president_name": "Nadia Prescott",
               "event": event, "year": 2021}
        step(out, {"event": event, "year": 2021}, random.Random(1))
        assert out["president_name"] == president, out


def test_a_president_is_the_one_in_office_on_the_day() -> None:
    assert president_on("1861-04-12") == "Abraham Lincoln"  # Fort Sumter, after 4 March
    assert president_on("1865-04-09") == "Abraham Lincoln"  # Appomattox, before the 15th
    assert president_on("1865-04-20") == "Andrew Johnson"
    assert president_on("1963-11-21") == "John F. Kennedy"
    assert president_on("1933-03-03") == "Herbert Hoover"
    assert president_on("1776-07-04") is None
