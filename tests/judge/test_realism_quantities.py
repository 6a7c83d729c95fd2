"""Numbers read against what the endpoint says they measure (`quantities`, reported by
`values` as `implausible_number`): a chess rating of 4, a tempo of 660 BPM, the Burj
Khalifa 53.8 m tall are flagged; their believable neighbours are not."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from toolgen.judge import JudgeContext, validate

from .factories import build, valid_dict

CTX = JudgeContext()


def _findings(description: str, args: dict[str, Any], output: Any) -> list[str]:
    """`values` findings when search_hotels is described as `description`, called with
    `args` and answering `output`."""
    d = valid_dict()
    for tool in d["tools"]:
        if tool["function"]["name"] == "search_hotels":
            tool["function"]["description"] = description
    for m in d["messages"]:
        if m.get("tool_call_id") == "call_1":
            m["content"] = orjson.dumps(output).decode()
        for c in m.get("tool_calls") or ():
            if c["id"] == "call_1":
                c["function"]["arguments"] = orjson.dumps({"city": "Lisbon", **args}).decode()
    return [f.message for f in validate(build(d), CTX)
            if f.validator == "values" and f.kind == "implausible_number"]


_PLAYERS = {"players": [{"id": "ply_1", "name": "Maria Lopez", "rating": 2210}]}


@pytest.mark.parametrize(("description", "args", "output", "said"), [
    ("Find top chess players in a city by rating.", {"minimum_rating": 4}, _PLAYERS,
     "minimum_rating 4 is not a chess rating"),
    ("Find top chess players in a city by rating.", {},
     {"players": [{"id": "ply_1", "rating": 7}]}, "rating 7 is not a chess rating"),
    ("Generate a melody with a tempo.", {"tempo": 660}, {"id": "m_1"},
     "tempo 660 is not a musical tempo"),
    ("Retrieve the dimensions of a building.", {"building_name": "Burj Khalifa",
                                                "unit": "meter"},
     {"height": 53.8, "width": 57.7}, "Burj Khalifa is 828 m tall, not 53.8"),
    ("Retrieve the dimensions of a building.", {"building_name": "Sydney Opera House",
                                                "unit": "feet"},
     {"height": 4000}, "height 4000 is not a building's height in ft"),
    ("Future value of an investment.", {"rate_of_return": 818.11}, {"id": "f_1"},
     "rate_of_return 818.11 is not a rate in percent"),
    ("Body mass index of a person.", {"height_m": 4.8, "weight_kg": 80}, {"id": "b_1"},
     "height_m 4.8 is not a person's height in m"),
    # BFCL convert_rgb_to_hex(r=433): a colour channel is a byte
    ("Converts RGB values to Hexadecimal color code.", {"r": 433, "g": 12, "b": 200},
     {"hex": "#FF0CC8"}, "r 433 is not an RGB colour channel"),
])
def test_out_of_kind_numbers_are_flagged(description: str, args: dict[str, Any],
                                         output: Any, said: str) -> None:
    assert any(said in m for m in _findings(description, args, output))


@pytest.mark.parametrize(("description", "args", "output"), [
    ("Find top chess players in a city by rating.", {"minimum_rating": 2200}, _PLAYERS),
    ("Find hotels by guest rating.", {"minimum_rating": 4},
     {"results": [{"id": "htl_1", "rating": 4.6}]}),
    ("Generate a melody with a tempo.", {"tempo": 120}, {"id": "m_1"}),
    ("Retrieve the dimensions of a building.", {"building_name": "Burj Khalifa",
                                                "unit": "feet"}, {"height": 2717}),
    ("Retrieve the dimensions of a building.", {"building_name": "Casa Azul"},
     {"height": 53.8}),
    ("Future value of an investment.", {"rate_of_return": 0.07}, {"id": "f_1"}),
    ("Body mass index of a person.", {"height_cm": 180, "weight_lbs": 190}, {"id": "b_1"}),
    ("Population of a country.", {"country": "Portugal"}, {"population": 10_300_000}),
    ("Converts RGB values to Hexadecimal color code.", {"r": 255, "g": 12, "b": 0},
     {"hex": "#FF0C00"}),
    ("Solve a quadratic equation with coefficients a, b and c.", {"a": 3, "b": 433},
     {"roots": [1.5]}),
])
def test_believable_numbers_are_left_alone(description: str, args: dict[str, Any],
                                           output: Any) -> None:
    assert _findings(description, args, output) == []


def test_a_point_named_after_its_tool_is_still_a_quantity() -> None:
    """`coordinates` [52.52, 13.405] of weather_get_by_coordinates: numbers, not the tool
    returning its own name as a figure (field_scales)."""
    text = orjson.dumps(valid_dict()).decode().replace("search_hotels",
                                                       "weather_get_by_coordinates")
    d = orjson.loads(text)
    for m in d["messages"]:
        for c in m.get("tool_calls") or ():
            if c["id"] == "call_1":
                c["function"]["arguments"] = orjson.dumps(
                    {"city": "Lisbon", "coordinates": [52.52, 13.405]}).decode()
    kinds = {f.kind for f in validate(build(d), CTX)}
    assert "meaningless_number" not in kinds


def test_a_temperature_asked_in_kelvin_is_read_in_kelvin() -> None:
    weather = "Fetch the current weather for a city."
    assert _findings(weather, {"units": "Kelvin"}, {"temperature": 297.3,
                                                     "feels_like": 295.1}) == []
    assert _findings(weather, {"units": "Kelvin"}, {"temperature": 36.5}) != []
