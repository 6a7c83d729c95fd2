"""plain_explain: jsonschema's errors for a missing argument or a text of the wrong type,
listed without jsonschema, and no answer whenever it could differ."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator

from toolgen.executor.plain_check import plain_check
from toolgen.executor.plain_explain import plain_errors
from toolgen.executor.validation import compile_validator

SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "year": {"type": "integer", "description": "the year", "minimum": 1900},
        "amount": {"type": "number"},
        "direct": {"type": "boolean"},
        "city": {"type": "string", "maxLength": 5},
        "cabin": {"type": "string", "enum": ["economy", "business"]},
    },
    "required": ["city", "amount"],
}


def _passes(schema: dict[str, Any]) -> Any:
    checks = {k: plain_check(v) for k, v in schema["properties"].items()}

    def passes(name: str, value: Any) -> bool | None:
        check = checks.get(name)
        return None if check is None else check(value)

    return passes


def _jsonschema(schema: dict[str, Any], arguments: dict[str, Any]) -> list[tuple[Any, ...]]:
    errors = sorted(Draft202012Validator(schema).iter_errors(arguments),
                    key=lambda e: list(e.absolute_path))
    return [(list(e.absolute_path), e.validator, e.message) for e in errors]


def test_missing_arguments_in_required_order_then_wrong_texts_by_name() -> None:
    arguments = {"year": "2024 units", "direct": "yes please"}
    found = plain_errors(SCHEMA, arguments, _passes(SCHEMA))
    assert found == [
        ([], "required", "'city' is a required property"),
        ([], "required", "'amount' is a required property"),
        (["direct"], "type", "'yes please' is not of type 'boolean'"),
        (["year"], "type", "'2024 units' is not of type 'integer'"),
    ]
    assert [tuple(e) for e in found] == [tuple(e) for e in _jsonschema(SCHEMA, arguments)]


@pytest.mark.parametrize("arguments", [
    {"city": "Lisbon", "amount": 3},  # too long a text: not a type error
    {"city": "Rome", "amount": 3, "cabin": "first"},  # not in the enum
    {"city": "Rome", "amount": 3, "year": 2024.0},  # jsonschema's integer takes 2024.0
    {"city": "Rome", "amount": True},  # a bool for a number: the libraries differ
    {"city": "Rome", "amount": 3},  # valid: no errors to list
])
def test_no_answer_where_it_could_differ(arguments: dict[str, Any]) -> None:
    assert plain_errors(SCHEMA, arguments, _passes(SCHEMA)) is None


def test_no_answer_for_a_schema_with_other_keywords() -> None:
    schema = {**SCHEMA, "additionalProperties": False}
    assert plain_errors(schema, {"amount": 1}, _passes(SCHEMA)) is None


def test_the_validator_answers_as_jsonschema_explains() -> None:
    validator = compile_validator({**SCHEMA, "title": "explained"})
    assert validator({"amount": "a few"}) == [
        "missing required argument 'city'",
        "invalid argument 'amount': 'a few' is not of type 'number'",
    ]
    assert validator.rejects("amount", "a few")
    assert not validator.rejects("city", "Rome")
