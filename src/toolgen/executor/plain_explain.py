"""The errors jsonschema would list for the two common mistakes, told without it.

A call's arguments fail in two ways nearly always: a required argument is missing, or a
text is sent where the schema wants another type ("a few" for a number). Explaining
those with jsonschema's Draft 2020-12 validator means importing it (a fifth of a second,
once per process) and building a validator per schema, for answers known in advance.
`plain_errors(schema, arguments, checks)` lists them as jsonschema would, as
(path, keyword, message) triples in the explaining validator's order (sorted by path:
missing arguments first, in `required`'s order, then wrong ones by name); it answers
None whenever it is not sure: a schema or a property with any other keyword, a wrong
value that is not a text (jsonschema's "integer" takes 3.0), or arguments it finds
valid. The caller then runs the full validators as before, so answers never change.
Pure functions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Error = tuple[list[str], str, str]  # (absolute path, keyword, jsonschema's message)

_ANNOTATIONS = frozenset({"description", "title", "default", "examples", "$comment"})
_TOP = _ANNOTATIONS | {"type", "properties", "required"}
# Keywords that never fail on a text: numeric bounds apply to numbers alone.
_TEXT_BLIND = _ANNOTATIONS | {"type", "minimum", "maximum", "exclusiveMinimum",
                              "exclusiveMaximum"}
# JSON types a text (a Python str) is not, to jsonschema's `is_type` as to any reader.
_NOT_TEXT = frozenset({"integer", "number", "boolean", "object", "array", "null"})


def plain_errors(schema: Any, arguments: Mapping[str, Any],
                 passes: Callable[[str, Any], bool | None]) -> list[Error] | None:
    """jsonschema's errors for `arguments`, or None when not sure (module doc).
    `passes(name, value)`: True when the property's plain check surely accepts the
    value, False when it is not sure, None when the property has no plain check."""
    if not isinstance(schema, dict) or not set(schema) <= _TOP:
        return None
    if schema.get("type", "object") != "object":
        return None
    props = schema.get("properties", {})
    required = schema.get("required", [])
    if not isinstance(props, dict) or not isinstance(required, list):
        return None
    errors: list[Error] = [([], "required", f"{name!r} is a required property")
                           for name in required if name not in arguments]
    wrong: list[Error] = []
    for name, sub in props.items():  # jsonschema's order, then sorted by path as it is
        if name not in arguments:
            continue
        value = arguments[name]
        verdict = passes(name, value)
        if verdict is None:
            return None
        if verdict:
            continue
        error = _wrong_type(name, sub, value)
        if error is None:
            return None
        wrong.append(error)
    wrong.sort(key=lambda e: e[0])
    errors.extend(wrong)
    return errors or None


def _wrong_type(name: str, sub: Any, value: Any) -> Error | None:
    """The one error of a text sent to a property of another single type whose other
    keywords a text cannot fail; None otherwise."""
    if type(value) is not str or not isinstance(sub, dict) or not set(sub) <= _TEXT_BLIND:
        return None
    kind = sub.get("type")
    if not isinstance(kind, str) or kind not in _NOT_TEXT:
        return None
    return [name], "type", f"{value!r} is not of type {kind!r}"
