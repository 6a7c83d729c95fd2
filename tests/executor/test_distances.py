"""The distance between two real cities is the real one; the trip takes what it takes.

`distance_calculator_calculate(origin="Madrid", destination="Seoul")` answered 33.6 km in
167 minutes. The expected distances are great-circle distances written by hand from an
atlas (Madrid-Seoul about 10,000 km, London-Paris about 344 km), with room for rounding;
the durations are bounds a traveller would accept, not figures from the code under test.
"""

from __future__ import annotations

from typing import Any

from executor_endpoints import endpoint, param

from toolgen.executor import MockExecutor

EX = MockExecutor(seed=7)
TRIP = (param("origin"), param("destination"))


def _call(name: str, args: dict[str, Any], params: Any = TRIP, response: Any = None) -> Any:
    ep = endpoint(name, params, response=response)
    result = EX.session(3).call(ep, args)
    assert result.status == "ok", result.error
    return result.output


def test_a_distance_across_continents_is_the_great_circle_and_a_flight() -> None:
    out = _call("distance_calculator_calculate", {"origin": "Madrid", "destination": "Seoul"})
    assert 9_800 < out["distance_km"] < 10_200, out
    assert 10 * 60 < out["duration_minutes"] < 16 * 60, out  # a flight, not 167 minutes


def test_a_drive_is_the_road_at_a_road_speed() -> None:
    out = _call("get_driving_route", {"origin": "Madrid", "destination": "Barcelona"})
    assert 550 < out["distance_km"] < 700, out  # the road winds: ~620 km, not 505
    assert 5 * 60 < out["duration_minutes"] < 9 * 60, out


def test_the_unit_asked_is_the_unit_answered() -> None:
    schema = {"type": "object", "properties": {"distance": {"type": "number"}}}
    params = (param("start_location"), param("end_location"), param("units", required=False))
    miles = _call("geo_distance_calculate", {"start_location": "London", "end_location": "Paris",
                                             "units": "miles"}, params, schema)
    assert 200 < miles["distance"] < 228, miles  # ~214 mi
    km = _call("geo_distance_calculate", {"start_location": "London", "end_location": "Paris"},
               params, schema)
    assert 330 < km["distance"] < 360, km  # ~344 km


def test_a_city_with_its_state_is_the_american_one() -> None:
    params = (param("start_location"), param("end_location"))
    out = _call("geo_distance_calculate", {"start_location": "Boston, MA",
                                           "end_location": "Washington, D.C."}, params)
    assert 600 < out["distance_km"] < 660, out  # ~634 km; no Moroccan (MA) Boston


def test_an_unknown_place_keeps_a_drawn_answer() -> None:
    out = _call("distance_calculator_calculate", {"origin": "Minas Tirith", "destination": "Seoul"})
    assert "distance_km" in out
