"""Argument schemas surely valid against Draft 2020-12's meta-schema, told without it.

jsonschema's `check_schema` walks the whole 2020-12 meta-schema (its vocabularies and
dynamic references) for every schema it is given: milliseconds per endpoint, paid when
an endpoint's first invalid arguments must be explained. Corpus parameter schemas are
small and plain (type, properties, required, enum, items, description, default), and
for those the meta-schema's answer is known. `surely_valid(schema)` is True only when
every keyword is one of a few, well formed as the meta-schema asks; anything else (a
`pattern`, whose regex the meta-schema checks; a keyword not listed here; an integer
bound written as a float) answers False, and the caller runs the full check as before.
Pure functions.
"""

from __future__ import annotations

from typing import Any

_TYPES = frozenset({"string", "integer", "number", "boolean", "object", "array", "null"})
_TEXT = frozenset({"description", "title", "format", "$comment"})
_ANY = frozenset({"default", "const"})
_NUMBERS = frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"})
_COUNTS = frozenset({"minLength", "maxLength", "minItems", "maxItems", "minProperties",
                     "maxProperties"})
_SUBSCHEMAS = frozenset({"items", "additionalProperties"})
_MAX_DEPTH = 32


def surely_valid(schema: Any, depth: int = 0) -> bool:
    """True when `schema` certainly passes `Draft202012Validator.check_schema`; False
    when it may not (then only the full check can tell)."""
    if isinstance(schema, bool):
        return True
    if not isinstance(schema, dict) or depth > _MAX_DEPTH:
        return False
    return all(_keyword_ok(key, value, depth) for key, value in schema.items())


def _keyword_ok(key: Any, value: Any, depth: int) -> bool:
    if key in _TEXT:
        return isinstance(value, str)
    if key in _ANY:
        return True
    if key == "type":
        return _type_ok(value)
    if key == "properties":
        return isinstance(value, dict) and all(
            isinstance(k, str) and surely_valid(v, depth + 1) for k, v in value.items())
    if key == "required":
        return _unique_strings(value)
    if key in ("enum", "examples"):
        return isinstance(value, list)
    if key in _SUBSCHEMAS:
        return surely_valid(value, depth + 1)
    if key in _NUMBERS:
        return _number(value)
    if key == "multipleOf":
        return _number(value) and value > 0
    if key in _COUNTS:
        return type(value) is int and value >= 0
    if key == "uniqueItems":
        return isinstance(value, bool)
    return False


def _type_ok(value: Any) -> bool:
    if isinstance(value, str):
        return value in _TYPES
    return (isinstance(value, list) and bool(value)
            and all(isinstance(t, str) and t in _TYPES for t in value)
            and len(set(value)) == len(value))


def _unique_strings(value: Any) -> bool:
    return (isinstance(value, list) and all(isinstance(v, str) for v in value)
            and len(set(value)) == len(value))


def _number(value: Any) -> bool:
    return type(value) is int or (type(value) is float and value == value
                                  and value not in (float("inf"), float("-inf")))
