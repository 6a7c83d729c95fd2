"""A weather endpoint answers with the weather of the place and month asked: Berlin asked
by its coordinates on 11 January is Berlin near freezing, not Copenhagen at 32.3 °C (BFCL
seed 7, record 000048, before); Austin's coordinates are Austin, not Seattle (000075).
Climate figures here are the published normals (Berlin's January mean 0.6 °C, Austin's
July mean 29.6 °C), not the table the code reads."""

from __future__ import annotations

from typing import Any

import pytest

from toolgen.executor import MockExecutor
from toolgen.executor.actions import endpoint_info
from toolgen.records import Endpoint, Parameter

_READING = {"type": "object", "properties": {
    "temperature": {"type": "number"}, "feels_like": {"type": "number"},
    "conditions": {"type": "string"}, "city": {"type": "string"},
    "date": {"type": "string"}}}


def _p(name: str, schema: dict[str, Any]) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label=str(schema["type"]),
                     json_schema=schema, required=True)


BY_COORDINATES = Endpoint(
    id="bfcl/weather_get_by_coordinates_date", function_name="weather_get_by_coordinates_date",
    tool_id="bfcl", tool_name="Bfcl", category="BFCL_v4_multiple",
    name="weather_get_by_coordinates_date", method="CALL",
    description="Retrieves the historical weather data based on coordinates and date.",
    parameters=(_p("coordinates", {"type": "array", "items": {"type": "number"}}),
                _p("date", {"type": "string"})),
    response_schema=_READING)
BY_CITY = Endpoint(
    id="bfcl/get_current_weather", function_name="get_current_weather", tool_id="bfcl",
    tool_name="Bfcl", category="BFCL_v4_live_simple", name="get_current_weather",
    method="CALL", description="Retrieves the current weather conditions for a location.",
    parameters=(_p("location", {"type": "string"}), _p("date", {"type": "string"})),
    response_schema=_READING)


@pytest.mark.parametrize("seed", range(8))
def test_coordinates_answer_their_city_in_its_season(executor: MockExecutor,
                                                     seed: int) -> None:
    out = executor.session(seed).call(
        BY_COORDINATES, {"coordinates": [52.52, 13.405], "date": "2025-01-11"}).output
    assert out["city"] == "Berlin"
    assert -9 <= out["temperature"] <= 10, out
    assert abs(out["feels_like"] - out["temperature"]) <= 5


@pytest.mark.parametrize("seed", range(8))
def test_a_named_city_in_july_is_warm(executor: MockExecutor, seed: int) -> None:
    out = executor.session(seed).call(
        BY_CITY, {"location": "Austin, TX", "date": "2025-07-14"}).output
    assert out["city"] == "Austin"
    assert 20 <= out["temperature"] <= 39, out
    assert "snow" not in out["conditions"].lower()


def test_a_reading_by_coordinates_is_one_reading_not_a_list() -> None:
    listed = Endpoint(**{**BY_COORDINATES.model_dump(), "id": "bfcl/get_weather_by_coordinates",
                         "function_name": "get_weather_by_coordinates",
                         "name": "get_weather_by_coordinates", "response_schema": {}})
    assert endpoint_info(listed).action == "get"
