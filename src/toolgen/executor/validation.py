"""Argument validation against an endpoint's parameters JSON Schema, compiled and cached.

`validator_for(endpoint)` returns a function `arguments -> list of messages` (empty when
valid), and `.rejects(name, value)` for one argument alone. Three stages, each built on
first need: a plain test for schemas made of types, enums, ranges and required names
(`plain_check`: no compilation, no meta-schema check); a fastjsonschema-compiled check
(no defaults written into the arguments, formats not asserted, as Draft 2020 treats them
as annotations); and, only when that fails, jsonschema's Draft 2020-12 validator to list
every error with the field it concerns. Arguments surely invalid in a common way (a
missing argument, a text sent where another type is wanted) skip both libraries:
`plain_explain` lists jsonschema's errors without it. Odd corpus schemas are sanitised,
and a schema neither library accepts falls back to a required/type check, so
validation never raises.
Never touches the network.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from toolgen.executor.meta_valid import surely_valid
from toolgen.executor.plain_check import PY_TYPES, PlainCheck, plain_check
from toolgen.executor.plain_explain import plain_errors
from toolgen.records import Endpoint

Validator = Callable[[dict[str, Any]], list[str]]

_JSON_TYPES = frozenset({"string", "integer", "number", "boolean", "object", "array", "null"})
# endpoint id -> (parameters tuple it was compiled for, validator). The identity check on
# the parameters keeps two registries with clashing ids (tests, reloads) from sharing.
_CACHE: dict[str, tuple[object, CompiledValidator]] = {}


def validator_for(endpoint: Endpoint) -> CompiledValidator:
    """The compiled argument validator for `endpoint`, cached per endpoint id."""
    hit = _CACHE.get(endpoint.id)
    if hit is not None and (hit[0] is endpoint.parameters or hit[0] == endpoint.parameters):
        return hit[1]
    validator = compile_validator(endpoint.parameters_schema())
    _CACHE[endpoint.id] = (endpoint.parameters, validator)
    return validator


def compile_validator(schema: dict[str, Any]) -> CompiledValidator:
    """A validator for an arguments object schema; tolerant of schemas that are not valid.
    One per distinct schema: a corpus repeats its parameters' schemas across endpoints
    (`{"q": {"type": "string"}}`), and a validator's answers depend on its schema alone."""
    key = repr(schema)  # tells a tuple from a list and 1 from 1.0 or True, as the checks do
    hit = _BY_SCHEMA.get(key)
    if hit is None:
        hit = CompiledValidator(schema)
        if len(_BY_SCHEMA) < _SCHEMAS:
            _BY_SCHEMA[key] = hit
    return hit


# repr of a schema -> its validator; bounded so that a run's memory stays flat
_BY_SCHEMA: dict[str, CompiledValidator] = {}
_SCHEMAS = 65536


class CompiledValidator:
    """`arguments -> messages` for one schema, each stage built on first need.

    A value the plain test (`plain_check`) passes is valid whatever the libraries say, so
    most calls never compile fastjsonschema nor run jsonschema's meta-schema check; the
    first value that is not plain-valid builds the fast check, and one the fast check
    rejects builds the slow, explaining validator. Answers are those of the full path.
    """

    __slots__ = ("_clean", "_fast", "_plain", "_prop_checks", "_props", "_slow")

    def __init__(self, schema: dict[str, Any]) -> None:
        self._clean = sanitize(schema)
        self._plain = plain_check(self._clean)
        props = self._clean.get("properties") if isinstance(self._clean, dict) else None
        self._props = props if isinstance(props, dict) else {}
        self._prop_checks: dict[str, PlainCheck | None] = {}
        self._fast: Validator | bool | None = False  # False: not compiled yet
        self._slow: Validator | None = None

    def __call__(self, arguments: dict[str, Any]) -> list[str]:
        if not isinstance(arguments, dict):
            return [f"arguments must be a JSON object, got {type(arguments).__name__}"]
        if self._plain is not None and self._plain(arguments):
            return []
        # Surely invalid (a missing argument, a text for a number): the errors the full
        # path would end with, without compiling either library's validator.
        quick = self._quick(arguments)
        if quick is not None:
            return quick
        fast = self._fast_check()
        if fast is not None:
            try:
                fast(arguments)
                return []
            except Exception:  # JsonSchemaException or an odd-schema crash: explain slowly
                pass
        return self._explained(arguments)

    def rejects(self, name: str, value: Any) -> bool:
        """True when the schema finds `value` itself wrong for argument `name` (other
        arguments missing do not count, nor errors inside the value's own fields)."""
        check = self._prop_check(name)
        if check is not None and check(value):
            return False
        bad = f"invalid argument '{name}'"
        if self._requires_other(name):
            # `{name: value}` lacks a required argument, so the plain and the fast stage
            # both fail on it and the full path ends in the explaining validator: go there
            # directly (compiling the fast check for nothing cost more than the answer).
            return any(e.startswith(bad) for e in self._explained({name: value}))
        return any(e.startswith(bad) for e in self({name: value}))

    def _requires_other(self, name: str) -> bool:
        required = self._clean.get("required") if isinstance(self._clean, dict) else None
        return isinstance(required, list) and any(
            isinstance(r, str) and r != name for r in required)

    def _prop_check(self, name: str) -> PlainCheck | None:
        if name not in self._prop_checks:
            sub = self._props.get(name)
            self._prop_checks[name] = None if sub is None else plain_check(sub)
        return self._prop_checks[name]

    def _passes(self, name: str, value: Any) -> bool | None:
        check = self._prop_check(name)
        return None if check is None else check(value)

    def _quick(self, arguments: dict[str, Any]) -> list[str] | None:
        errors = plain_errors(self._clean, arguments, self._passes)
        return None if errors is None else [_format(*e) for e in errors]

    def _explained(self, arguments: dict[str, Any]) -> list[str]:
        quick = self._quick(arguments)
        if quick is not None:
            return quick
        if self._slow is None:
            self._slow = _slow_validator(self._clean)
        return self._slow(arguments)

    def _fast_check(self) -> Any:
        if self._fast is False:
            try:
                import fastjsonschema

                self._fast = fastjsonschema.compile(self._clean, use_default=False,
                                                    use_formats=False)
            except Exception:  # any compile failure: the slow path alone still answers
                self._fast = None
        return self._fast


def _slow_validator(schema: dict[str, Any]) -> Validator:
    try:
        from jsonschema import Draft202012Validator

        if not surely_valid(schema):  # a plain schema needs no meta-schema walk
            Draft202012Validator.check_schema(schema)
        checker = Draft202012Validator(schema)
    except Exception:
        return _minimal_validator(schema)

    def validate(arguments: dict[str, Any]) -> list[str]:
        try:
            errors = sorted(checker.iter_errors(arguments), key=lambda e: list(e.absolute_path))
        except Exception:
            return _minimal_validator(schema)(arguments)
        return [_message(e) for e in errors]

    return validate


def _message(error: Any) -> str:
    return _format(list(error.absolute_path), error.validator, error.message)


def _format(absolute_path: list[Any], keyword: str, message: str) -> str:
    """One error as the call's answer states it, from jsonschema's path, keyword and
    message."""
    path = [str(p) for p in absolute_path]
    if keyword == "required":
        m = re.match(r"'(.+)' is a required property", message)
        name = m.group(1) if m else message
        field = ".".join([*path, name])
        return f"missing required argument '{field}'"
    field = ".".join(path) if path else "arguments"
    return f"invalid argument '{field}': {message}"


def _minimal_validator(schema: dict[str, Any]) -> Validator:
    props = schema.get("properties") if isinstance(schema.get("properties"), dict) else {}
    required = [r for r in schema.get("required", []) or [] if isinstance(r, str)]
    types: dict[str, tuple[type, ...]] = {}
    for name, sub in (props or {}).items():
        t = sub.get("type") if isinstance(sub, dict) else None
        if isinstance(t, str) and t in PY_TYPES:
            types[name] = PY_TYPES[t]

    def validate(arguments: dict[str, Any]) -> list[str]:
        out = [f"missing required argument '{r}'" for r in required if r not in arguments]
        for name, value in arguments.items():
            want = types.get(name)
            if want is None:
                continue
            bad_bool = isinstance(value, bool) and bool not in want
            if bad_bool or not isinstance(value, want):
                out.append(f"invalid argument '{name}': {value!r} is not of the expected type")
        return out

    return validate


def sanitize(schema: Any, depth: int = 0) -> Any:
    """A copy of `schema` with what breaks validators removed (odd types, bad patterns).

    Why: corpus schemas carry types like "DATE" or "enum", `required: true` on a property
    and regexes in other dialects; validating arguments against those would reject every
    call, so the unusable keyword is dropped rather than enforced.
    """
    if depth > 32 or not isinstance(schema, dict):
        return {} if depth > 32 else schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "type":
            if isinstance(value, str):
                if value in _JSON_TYPES:
                    out[key] = value
            elif isinstance(value, list):
                kept = [v for v in value if isinstance(v, str) and v in _JSON_TYPES]
                if kept:
                    out[key] = kept
        elif key == "required":
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                out[key] = list(dict.fromkeys(value))
        elif key == "pattern":
            if isinstance(value, str):
                try:
                    re.compile(value)
                except re.error:
                    continue
                out[key] = value
        elif key in ("properties", "patternProperties", "$defs", "definitions"):
            if isinstance(value, dict):
                out[key] = {
                    k: sanitize(v, depth + 1)
                    for k, v in value.items()
                    if isinstance(v, (dict, bool))
                }
        elif key in ("items", "additionalProperties", "not", "contains", "propertyNames"):
            if isinstance(value, (dict, bool)):
                out[key] = sanitize(value, depth + 1)
        elif key in ("anyOf", "oneOf", "allOf", "prefixItems"):
            if isinstance(value, list):
                kept_schemas = [
                    sanitize(v, depth + 1) for v in value if isinstance(v, (dict, bool))
                ]
                if kept_schemas:
                    out[key] = kept_schemas
        elif key == "enum":
            if isinstance(value, list) and value:
                out[key] = value
        elif key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"):
            number = isinstance(value, (int, float)) and not isinstance(value, bool)
            if number and (key != "multipleOf" or value > 0):
                out[key] = value
        elif key in (
            "minLength",
            "maxLength",
            "minItems",
            "maxItems",
            "minProperties",
            "maxProperties",
        ):
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                out[key] = value
        elif key in ("$ref", "format"):
            # Why: refs into definitions we may not have dropped break compilation, and
            # formats are annotations in Draft 2020; neither is enforced on arguments.
            continue
        else:
            out[key] = value
    return out
