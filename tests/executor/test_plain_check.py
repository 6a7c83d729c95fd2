"""The plain pass test never accepts what fastjsonschema or jsonschema would reject."""

from __future__ import annotations

import random
from typing import Any

import fastjsonschema
from jsonschema import Draft202012Validator

from toolgen.executor.plain_check import plain_check
from toolgen.executor.validation import compile_validator

_SCHEMAS: list[dict[str, Any]] = [
    {"type": "integer", "minimum": 1, "maximum": 5},
    {"type": "number", "exclusiveMinimum": 0},
    {"type": ["string", "null"], "minLength": 2, "maxLength": 4},
    {"type": "string", "enum": ["a", "b"], "description": "which"},
    {"enum": ["1", "x"]},
    {"type": "array", "items": {"type": "integer"}, "minItems": 1, "maxItems": 2},
    {"type": "object", "properties": {"a": {"type": "boolean"}}, "required": ["a"]},
    {"minimum": 3},
    {},
]
_VALUES: list[Any] = [
    None, True, False, 0, 1, 3, 5, 6, -1, 1.0, 2.5, float("nan"), "", "a", "b", "ab", "abcde",
    "1", [], [1], [1, 2], [1, 2, 3], [True], ["a"], {}, {"a": True}, {"a": 1}, {"b": 1},
]


def test_plain_pass_implies_both_libraries_pass() -> None:
    for schema in _SCHEMAS:
        check = plain_check(schema)
        assert check is not None, schema
        fast = fastjsonschema.compile(schema, use_default=False, use_formats=False)
        slow = Draft202012Validator(schema)
        for value in _VALUES:
            if not check(value):
                continue
            fast(value)  # raises if fastjsonschema disagrees
            assert not list(slow.iter_errors(value)), (schema, value)


def test_plain_check_rejects_what_it_cannot_vouch_for() -> None:
    bounded, integer = plain_check({"type": "integer", "minimum": 1}), plain_check(
        {"type": "integer"})
    assert bounded is not None and integer is not None
    assert bounded(True) is False
    assert plain_check({"enum": ["a", 1]}) is None  # mixed enums: no shortcut
    assert plain_check({"type": "string", "pattern": "^a"}) is None
    assert integer(1.0) is False  # valid, but left to the libraries


def test_validator_answers_are_those_of_the_libraries() -> None:
    schema = {"type": "object", "required": ["n", "kind"], "properties": {
        "n": {"type": "integer", "minimum": 1}, "kind": {"type": "string", "enum": ["a"]}}}
    check = compile_validator(schema)
    assert check({"n": 2, "kind": "a"}) == []
    assert check({"n": 1.0, "kind": "a"}) == []  # not plain, but valid for both libraries
    assert check({"n": 0, "kind": "a"}) == ["invalid argument 'n': 0 is less than the minimum of 1"]
    assert check({"kind": "a"}) == ["missing required argument 'n'"]
    assert not check.rejects("n", 3)  # `kind` missing is not n's fault
    assert check.rejects("n", 0)
    assert check.rejects("kind", "b")


def test_rejects_matches_the_full_validation_on_random_values() -> None:
    rng = random.Random(5)
    schema = {"type": "object", "required": ["a", "b"], "properties": {
        "a": {"type": "integer", "minimum": 2}, "b": {"type": ["string", "null"], "maxLength": 2},
        "c": {"type": "array", "items": {"type": "string"}}}}
    for _ in range(300):
        name = rng.choice("abc")
        value = rng.choice(_VALUES)
        fresh = compile_validator(schema)
        errors = Draft202012Validator(schema).iter_errors({name: value})
        reference = any(_message(e).startswith(f"invalid argument '{name}'") for e in errors)
        assert fresh.rejects(name, value) == reference, (name, value)


def _message(error: Any) -> str:
    if error.validator == "required":
        return "missing"
    return f"invalid argument '{'.'.join(str(p) for p in error.absolute_path)}'"
