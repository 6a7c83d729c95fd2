"""A cheap, conservative pass test for plain JSON Schemas (types, enums, ranges, required).

`plain_check(schema)` compiles a sanitised schema built only from the keywords listed in
`_CHECKED` (plus annotations) into a function `value -> bool`. True means the value
certainly satisfies the schema: fastjsonschema and jsonschema would both accept it. False
means "not sure", never "invalid": the caller then runs the full validators, so the
answer (and the error messages) stay exactly what they were. A schema with any other
keyword compiles to None (no shortcut).

Why: nearly every argument the loop builds is valid, and for those this test costs a few
dict lookups where compiling and running the full validators cost milliseconds (and
jsonschema's meta-schema check). Being strict (an `int` for "integer", never a bool for a
number, enums of strings only) keeps the shortcut sound without reproducing either
library's corner cases.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

PlainCheck = Callable[[Any], bool]

# Annotations: no effect on validity in either library (formats are not asserted).
_IGNORED = frozenset({"description", "title", "default", "examples", "$comment"})
_CHECKED = frozenset({
    "type", "enum", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    "minLength", "maxLength", "properties", "required", "items", "minItems", "maxItems",
})
# JSON type -> the exact Python types accepted without doubt (bool is not an int here);
# the executor's validators and generator read the same table.
PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
    "null": (type(None),),
}
_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")


def plain_check(schema: Any) -> PlainCheck | None:
    """The pass test for `schema` (already sanitised), or None when it is not plain."""
    if schema is True or schema == {}:
        return _always
    if not isinstance(schema, dict) or not set(schema) <= _CHECKED | _IGNORED:
        return None
    tests: list[PlainCheck] = []
    for build in (_leaf_test, _object_test, _array_test):
        test = build(schema)
        if test is None:
            return None
        if test is not _always:
            tests.append(test)
    if not tests:
        return _always
    if len(tests) == 1:
        return tests[0]

    def every(value: Any) -> bool:
        for t in tests:  # noqa: SIM110  (a loop: no generator per value on the hot path)
            if not t(value):
                return False
        return True

    return every


def _always(value: Any) -> bool:
    return True


def _leaf_test(schema: dict[str, Any]) -> PlainCheck | None:
    """Type, enum, numeric bounds and string length in one function (one call per value)."""
    types = _types(schema)
    members = _members(schema)
    bounds = [(k, schema[k]) for k in _BOUNDS if k in schema]
    low, high = schema.get("minLength"), schema.get("maxLength")
    if types is None or members is None:
        return None
    if not all(type(b) in (int, float) for _, b in bounds):
        return None
    if any(b is not None and type(b) is not int for b in (low, high)):
        return None
    if not (types or members or bounds or low is not None or high is not None):
        return _always
    lo = low or 0
    hi = high if high is not None else -1
    lows = [(b, k == "exclusiveMinimum") for k, b in bounds if k.endswith("inimum")]
    highs = [(b, k == "exclusiveMaximum") for k, b in bounds if k.endswith("aximum")]

    def test(value: Any) -> bool:
        kind = type(value)
        if types and kind not in types:
            return False
        if members and (kind is not str or value not in members):
            return False
        if kind is str:
            n = len(value)
            return n >= lo and (hi < 0 or n <= hi)
        if bounds:
            if kind is bool:
                return False  # a bool is a number to one library and not to the other
            if kind is int or kind is float:
                for bound, strict in lows:
                    if value < bound or (strict and value == bound):
                        return False
                for bound, strict in highs:
                    if value > bound or (strict and value == bound):
                        return False
        return True

    return test


def _types(schema: dict[str, Any]) -> frozenset[type] | None:
    """The exact Python types "type" allows (empty: any), or None when not plain."""
    if "type" not in schema:
        return frozenset()
    names = schema["type"]
    names = [names] if isinstance(names, str) else names
    if not isinstance(names, list) or not names or any(n not in PY_TYPES for n in names):
        return None
    return frozenset(t for n in names for t in PY_TYPES[n])


def _members(schema: dict[str, Any]) -> frozenset[str] | None:
    """The enum's strings (empty: no enum), or None when not plain."""
    if "enum" not in schema:
        return frozenset()
    enum = schema["enum"]
    if not isinstance(enum, list) or not enum or not all(type(e) is str for e in enum):
        return None  # mixed enums compare 1 == True == 1.0 differently per library
    return frozenset(enum)


def _object_test(schema: dict[str, Any]) -> PlainCheck | None:
    props, required = schema.get("properties", {}), schema.get("required", [])
    if not props and not required:
        return _always
    if not isinstance(props, dict) or not isinstance(required, list):
        return None
    checks: dict[str, PlainCheck] = {}
    for name, sub in props.items():
        check = plain_check(sub)
        if check is None:
            return None
        if check is not _always:
            checks[name] = check
    need = tuple(required)

    def test(value: Any) -> bool:
        if type(value) is not dict:
            return True  # object keywords apply to objects only
        for name in need:
            if name not in value:
                return False
        for name, item in value.items():
            check = checks.get(name)
            if check is not None and not check(item):
                return False
        return True

    return test


def _array_test(schema: dict[str, Any]) -> PlainCheck | None:
    items = schema.get("items", True)
    low, high = schema.get("minItems"), schema.get("maxItems")
    if items is True and low is None and high is None:
        return _always
    each = plain_check(items)
    if each is None or any(b is not None and type(b) is not int for b in (low, high)):
        return None
    lo = low or 0
    hi = high if high is not None else -1

    def test(value: Any) -> bool:
        if type(value) is not list:
            return True  # array keywords apply to arrays only
        if len(value) < lo or (hi >= 0 and len(value) > hi):
            return False
        return each is _always or all(each(v) for v in value)

    return test
