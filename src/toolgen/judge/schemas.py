"""Compiled JSON Schema validators for tool arguments, cached by schema content.

Records carry their tool schemas as plain dicts, so identical schemas reappear in
every record that offers the tool: compiling once per distinct schema (keyed by its
canonical JSON) keeps argument validation to a dict lookup plus a compiled check.

Most tool schemas are flat objects of typed properties (`{"type": "object", "properties":
{"q": {"type": "string"}}, "required": ["q"]}`; a property may also be an object, or an
array of anything, and carry a format fastjsonschema does not check, such as "binary").
For those a plain-Python check is built instead of generating and exec-ing
fastjsonschema code, which costs more than the thousands of checks a run makes per
schema. It answers "valid" only where fastjsonschema would (same type rules, draft 7);
any failure is handed to fastjsonschema, compiled then, so the reason a finding
quotes is always its message.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import fastjsonschema
import orjson
from fastjsonschema.draft07 import CodeGeneratorDraft07

ArgCheck = Callable[[Any], str | None]
"""Returns None when the value is valid, else a short reason."""

Accepts = Callable[[Any], bool]

_TOP_KEYS = frozenset({"type", "properties", "required", "description", "title"})
_ANNOTATIONS = frozenset({"description", "title", "default", "example", "examples"})
_PROP_KEYS = _ANNOTATIONS | {"type", "enum", "format", "items"}
# fastjsonschema (draft 7, the default) checks only these formats and ignores any other
# name ("binary", "int32", "float"...); `regex` is checked apart from its table.
_CHECKED_FORMATS = frozenset({*CodeGeneratorDraft07.FORMAT_REGEXS, "regex"})
_PLAIN_NAME = re.compile(r"[A-Za-z0-9_\-. ]+")


def _key(schema: Any) -> bytes:
    return orjson.dumps(schema, option=orjson.OPT_SORT_KEYS)


def _compile(schema: Any) -> ArgCheck | str:
    try:
        # use_default=False: fastjsonschema would otherwise write defaults into the record.
        fn = fastjsonschema.compile(schema, use_default=False)
    except Exception as exc:
        return f"schema does not compile: {exc}"

    def check(value: Any) -> str | None:
        try:
            fn(value)
        except fastjsonschema.JsonSchemaValueException as exc:
            return str(exc.message)
        return None

    return check


def _is_string(v: Any) -> bool:
    return isinstance(v, str)


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _is_integer(v: Any) -> bool:
    # draft 6+: a float without a fractional part is an integer
    return not isinstance(v, bool) and (
        isinstance(v, int) or (isinstance(v, float) and v.is_integer()))


def _is_boolean(v: Any) -> bool:
    return isinstance(v, bool)


def _is_object(v: Any) -> bool:
    return isinstance(v, dict)


def _is_array(v: Any) -> bool:
    return isinstance(v, list | tuple)


_TYPES: dict[str, Accepts] = {
    "string": _is_string, "number": _is_number, "integer": _is_integer, "boolean": _is_boolean,
    "object": _is_object, "array": _is_array,
}


def _checks_nothing(prop: dict[str, Any]) -> bool:
    """Whether `prop`'s `format` and `items` (if any) are ones fastjsonschema compiles to no
    test: a format it does not know, items that accept anything."""
    fmt = prop.get("format")
    if "format" in prop and (not isinstance(fmt, str) or fmt in _CHECKED_FORMATS):
        return False
    items = prop.get("items")
    return "items" not in prop or items is True or (isinstance(items, dict) and not items)


def _property_check(prop: Any) -> Accepts | None:
    """A test accepting exactly what fastjsonschema accepts for `prop`; None when `prop`
    uses anything beyond one type, a string enum, a format fastjsonschema does not check
    and items that accept anything."""
    if not isinstance(prop, dict) or not prop.keys() <= _PROP_KEYS or not _checks_nothing(prop):
        return None
    accepts = _TYPES.get(prop["type"]) if isinstance(prop.get("type"), str) else None
    if "type" in prop and accepts is None:
        return None
    enum = prop.get("enum")
    if enum is None and "enum" not in prop:
        return accepts
    if not isinstance(enum, list) or not all(isinstance(e, str) for e in enum):
        return None
    allowed = frozenset(enum)

    def in_enum(v: Any) -> bool:
        return isinstance(v, str) and v in allowed and (accepts is None or accepts(v))

    return in_enum


def _flat_check(schema: Any) -> Accepts | None:
    """A test of a flat object schema that never accepts what fastjsonschema rejects, and
    whose schema fastjsonschema compiles; None for any other schema."""
    if not isinstance(schema, dict) or not schema.keys() <= _TOP_KEYS:
        return None
    if schema.get("type") != "object":
        return None
    props = schema.get("properties", {})
    required = schema.get("required", [])
    if not isinstance(props, dict) or not isinstance(required, list):
        return None
    if not all(isinstance(r, str) for r in required) or len(set(required)) != len(required):
        return None
    checks: list[tuple[str, Accepts]] = []
    for name, prop in props.items():
        if not isinstance(name, str) or not _PLAIN_NAME.fullmatch(name):
            return None
        accepts = _property_check(prop)
        if accepts is None:
            if prop != {} and not (isinstance(prop, dict) and prop.keys() <= _ANNOTATIONS):
                return None
            continue  # an annotation-only property accepts anything
        checks.append((name, accepts))
    needed = tuple(required)

    def accepts_all(value: Any) -> bool:
        if not isinstance(value, dict):
            return False
        return all(name in value for name in needed) and all(
            accepts(value[name]) for name, accepts in checks if name in value)

    return accepts_all


@lru_cache(maxsize=8192)
def _compiled(key: bytes) -> ArgCheck | str:
    schema = orjson.loads(key)
    flat = _flat_check(schema)
    if flat is None:
        return _compile(schema)
    slow: list[ArgCheck | str] = []

    def check(value: Any) -> str | None:
        if flat(value):
            return None
        if not slow:
            slow.append(_compile(schema))
        full = slow[0]
        # the flat shape always compiles; the guard keeps the type checker honest
        return full(value) if not isinstance(full, str) else full

    return check


def checker(schema: Any) -> ArgCheck | str:
    """The cached validator for `schema`, or a string saying why there is none."""
    try:
        key = _key(schema)
    except TypeError as exc:
        return f"schema is not JSON: {exc}"
    return _compiled(key)
