from __future__ import annotations

import re
from typing import Any

import pytest
from executor_endpoints import ALL, BOOK, DETAILS, SEARCH, endpoint, param
from jsonschema import Draft202012Validator

from toolgen.executor import MockExecutor
from toolgen.records.paths import resolve


def _properties_present(schema: dict[str, Any], value: Any) -> None:
    """Every declared property present, every array non-empty, recursively."""
    if schema.get("type") == "object" and isinstance(schema.get("properties"), dict):
        assert isinstance(value, dict)
        for key, sub in schema["properties"].items():
            assert key in value, key
            _properties_present(sub, value[key])
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        assert isinstance(value, list) and 1 <= len(value) <= 4
        for item in value:
            _properties_present(schema["items"], item)


@pytest.mark.parametrize("ep", ALL, ids=lambda e: e.function_name)
def test_outputs_follow_response_schema(executor: MockExecutor, ep: Any) -> None:
    args = {
        p.name: (
            "single"
            if p.name == "room_type"
            else 3
            if p.json_schema["type"] == "integer"
            else 99.5
            if p.json_schema["type"] == "number"
            else "2025-05-01"
            if p.json_schema.get("format") == "date"
            else "htl_abc123"
        )
        for p in ep.parameters
        if p.required
    }
    for s in range(20):
        result = executor.session(s).call(ep, args)
        assert result.status == "ok", result.error
        if ep.response_schema:
            Draft202012Validator(ep.response_schema).validate(result.output)
            _properties_present(ep.response_schema, result.output)
        for ref in result.output_refs:
            assert resolve(result.output, ref.path) == ref.value


def test_values_are_realistic(executor: MockExecutor) -> None:
    out = executor.session(3).call(SEARCH, {"city": "Lisbon"}).output
    hotel = out["results"][0]
    assert re.fullmatch(r"htl_[0-9a-f]{6}", hotel["hotel_id"])
    assert "@" in hotel["email"] and hotel["website"].startswith("https://")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", hotel["opened"])
    assert round(hotel["price"], 2) == hotel["price"]
    assert 1 <= hotel["rating"] <= 5
    assert hotel["currency"] == "EUR" and hotel["country"] == "Portugal"


def test_search_echoes_filters(executor: MockExecutor) -> None:
    out = executor.session(4).call(SEARCH, {"city": "Lisbon"}).output
    assert all(h["city"] == "Lisbon" for h in out["results"])


def test_details_echoes_the_id(executor: MockExecutor) -> None:
    out = executor.session(4).call(DETAILS, {"hotel_id": "htl_1"}).output
    assert out["hotel_id"] == "htl_1"


def test_create_echoes_arguments(executor: MockExecutor) -> None:
    args = {
        "hotel_id": "htl_9",
        "guest_name": "Ann Lee",
        "check_in": "2025-05-01",
        "room_type": "suite",
    }
    out = executor.session(4).call(BOOK, args).output
    assert {k: out[k] for k in args} == args
    assert out["booking_id"].startswith("bkn_") and out["status"] == "confirmed"


ODD_SCHEMAS: list[Any] = [
    {},
    {"type": "array", "items": {"type": "string"}},
    {"type": "array"},
    {"type": "string"},
    {"type": ["object", "null"], "properties": {"a": {"type": ["integer", "null"]}}},
    {"properties": {"price": {}, "tags": {"type": "array", "items": {}}}},
    {
        "type": "object",
        "properties": {"x": {"$ref": "#/definitions/X"}},
        "definitions": {
            "X": {
                "type": "object",
                "properties": {"self": {"$ref": "#/definitions/X"}, "id": {"type": "integer"}},
            }
        },
    },
    {
        "type": "object",
        "properties": {
            "u": {"anyOf": [{"type": "null"}, {"type": "number"}]},
            "m": {
                "allOf": [
                    {"properties": {"a": {"type": "string"}}},
                    {"properties": {"b": {"type": "integer"}}},
                ]
            },
        },
    },
    {
        "type": "object",
        "properties": {
            "l1": {
                "type": "object",
                "properties": {
                    "l2": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "l3": {
                                    "type": "array",
                                    "items": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "properties": {"deep_id": {"type": "string"}},
                                        },
                                    },
                                }
                            },
                        },
                    }
                },
            }
        },
    },
    {
        "type": "object",
        "properties": {
            "e": {"enum": []},
            "c": {"const": 3},
            "mi": {"type": "array", "maxItems": 0},
            "lim": {"type": "integer", "minimum": 10, "maximum": 5},
            "s": {"type": "string", "maxLength": 3},
        },
    },
    {"type": "DATE", "properties": "nope", "items": 5},
    {"type": "object", "properties": {"premix": {"type": "object"}, "7": {"type": "number"}}},
]


@pytest.mark.parametrize("schema", ODD_SCHEMAS)
def test_odd_schemas_never_crash(executor: MockExecutor, schema: Any) -> None:
    ep = endpoint("get_odd_thing", (param("q", required=False),), schema)
    session = executor.session(0)
    for _ in range(5):
        result = session.call(ep, {"q": "x"})
        assert result.status == "ok"
    assert executor.session(0).call(ep, {}).output == executor.session(0).call(ep, {}).output


def test_empty_schema_gives_plausible_object(executor: MockExecutor) -> None:
    ep = endpoint("get_weather_forecast", (param("city"),), {})
    out = executor.session(1).call(ep, {"city": "Paris"}).output
    assert isinstance(out, dict) and out["city"] == "Paris" and "weather_id" in out
