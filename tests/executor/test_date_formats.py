"""A date is written as its parameter's description asks, and read back as a day.

BFCL's `book_flight(departure_time)` is "specified in the format of 'dd/mm/yyyy'"; the
call sent "2025-04-13T23:14:00Z" and the user said so (BFCL seed 59 #0)."""

from __future__ import annotations

import random
import re

import pytest

from toolgen.agents.planner.values import ArgumentValues
from toolgen.executor import MockExecutor
from toolgen.executor.date_formats import clock_format, date_format, formatted
from toolgen.executor.date_text import ordered, parse, shifted
from toolgen.executor.flight_times import bound_flight_times
from toolgen.executor.gen_context import Ctx
from toolgen.records import Endpoint


@pytest.mark.parametrize(("description", "written"), [
    ("The departure time of the flight, specified in the format of 'dd/mm/yyyy'.",
     "13/04/2025"),
    ("Date in MM-DD-YYYY format", "04-13-2025"),
    ("Day as DD.MM.YYYY", "13.04.2025"),
])
def test_an_iso_day_is_written_as_the_description_asks(description: str, written: str) -> None:
    pattern = date_format({"type": "string", "description": description})
    assert pattern is not None
    gen = formatted(lambda ctx: "2025-04-13T23:14:00Z", pattern)
    ctx = Ctx(random.Random(1), None, {}, {}, "get")  # type: ignore[arg-type]
    assert gen(ctx) == written


@pytest.mark.parametrize("description", [
    "Date in YYYY-MM-DD format", "The city of departure", "", "Version 1.2.3 of the API"])
def test_no_other_pattern_is_taken_for_one(description: str) -> None:
    assert date_format({"type": "string", "description": description}) is None


def test_a_written_day_is_read_and_moved_in_its_own_format() -> None:
    assert parse("13/04/2025") == parse("2025-04-13")
    assert parse("04/13/2025") == parse("2025-04-13")  # month first when day first is no day
    assert shifted("13/04/2025", 20) == "03/05/2025"
    assert shifted("04/13/2025", 20) == "05/03/2025"
    assert ordered("14/04/2025", "13/04/2025") == ("13/04/2025", "14/04/2025")


def test_a_flight_leaving_on_a_day_lands_that_day_or_the_next() -> None:
    for departure in ("13/04/2025", "2025-04-13"):
        flight = {"departure_time": departure, "arrival_time": "2025-10-04T17:37:00Z"}
        bound_flight_times(flight, frozenset({"departure_time"}))
        assert flight["arrival_time"] == "2025-04-13T17:37:00Z", flight
    kept = {"departure_time": "13/04/2025", "arrival_time": "2025-04-14T06:05:00Z"}
    bound_flight_times(kept, frozenset())
    assert kept["arrival_time"] == "2025-04-14T06:05:00Z"
    assert re.fullmatch(r"\d\d/\d\d/\d{4}", str(kept["departure_time"]))


def _planned(endpoints: dict[str, Endpoint], described: str) -> list[object]:
    """Twelve planned values of the first BFCL parameter whose description says
    `described`."""
    endpoint = next(e for e in endpoints.values()
                    if any(described in p.description for p in e.parameters))
    param = next(p for p in endpoint.parameters if described in p.description)
    values = ArgumentValues(MockExecutor(3))
    return [values.draw(endpoint, param, random.Random(i)) for i in range(12)]


def test_a_planned_departure_is_written_as_the_description_asks(
        bfcl: tuple[dict[str, Endpoint], MockExecutor]) -> None:
    drawn = _planned(bfcl[0], "dd/mm/yyyy")
    for value in drawn:
        assert re.fullmatch(r"\d\d/\d\d/\d{4}", str(value)), drawn


def test_a_time_of_day_is_sent_as_one(bfcl: tuple[dict[str, Endpoint], MockExecutor]) -> None:
    # "The departure time for the flight in 24-hour format, such as '18:45'" had been sent
    # "2025-12-19T01:24:00Z" beside a departure_date (BFCL seed 59 #149)
    drawn = _planned(bfcl[0], "24-hour format")
    for value in drawn:
        assert re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", str(value)), drawn
    assert date_format({"description": "A time in HH:MM"}) is None
    assert not clock_format({"description": "Date and time as dd/mm/yyyy hh:mm"})
