"""An endpoint scoped to a country answers there: a Vietnam districts endpoint's objects
are in Vietnam (the city asked for, by name or by its division code), a US address
validation's city lies in the state the call sent."""

from __future__ import annotations

from typing import Any

import pytest
from executor_endpoints import endpoint, param

from toolgen.executor import MockExecutor, world

_DISTRICTS = endpoint(
    "get_all_districts_of_a_city_in_vietnam_for_viet_nam_adm_490c58fa",
    (param("city", required=False),),
    {"type": "object", "properties": {"districts": {"type": "array", "items": {
        "type": "object", "properties": {
            "district_id": {"type": "string"}, "address": {"type": "string"},
            "city": {"type": "string"}, "country": {"type": "string"},
            "latitude": {"type": "number"}, "longitude": {"type": "number"}}}}}})
_VALIDATE = endpoint(
    "validate_usaddress_for_snapcxaddressvalidation",
    (param("street"), param("state")),
    {"type": "object", "properties": {
        "is_valid": {"type": "boolean"}, "street": {"type": "string"},
        "city": {"type": "string"}, "state": {"type": "string"}}})


def _districts(out: Any) -> list[dict[str, Any]]:
    return [d for d in out["districts"] if isinstance(d, dict)]


@pytest.mark.parametrize(("args", "city"), [
    ({"city": "Hanoi"}, "Hanoi"), ({"city": "01"}, "Hanoi"), ({}, None)])
def test_a_vietnam_endpoint_answers_in_vietnam(args: dict[str, Any], city: str | None) -> None:
    executor = MockExecutor(3)
    for seed in range(6):
        out = executor.session(seed).call(_DISTRICTS, dict(args)).output
        for d in _districts(out):
            assert d["country"] == "Vietnam", d
            assert d["address"].endswith(", Vietnam"), d
            named = city or d["city"]
            found = world.city(named)
            assert found is not None and found.country_iso == "VN", d
            assert abs(d["latitude"] - found.latitude) < 0.5, d  # near the city, not Toronto
            assert abs(d["longitude"] - found.longitude) < 0.5, d
            if city is not None:
                assert f", {city}, Vietnam" in d["address"], d


@pytest.mark.parametrize(("state", "code"), [("Florida", "FL"), ("Texas", "TX"), ("WA", "WA")])
def test_a_us_validation_answers_a_city_of_the_state_sent(state: str, code: str) -> None:
    executor = MockExecutor(3)
    for seed in range(8):
        out = executor.session(seed).call(
            _VALIDATE, {"street": "9105 Baker Neck", "state": state}).output
        if isinstance(out.get("city"), str):
            found = world.city(f"{out['city']}, {state}")
            assert found is not None and found.country_iso == "US", out
            assert found.admin1 == code, out
