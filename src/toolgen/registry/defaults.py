"""Default values: coerce a corpus default to the parameter's JSON Schema type, or drop it.

Never trusts NUMBER/BOOLEAN defaults ("None", "1,50", "checked" are dropped). JSON held in a
string is decoded only for array/object parameters. Credential screening happens in
`secrets`, before this module sees the value.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

import orjson

_INT = re.compile(r"^[+-]?\d+$")
_FLOAT = re.compile(r"^[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?$")
_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})


INT_MIN = -(2**63)
INT_MAX = 2**64 - 1
"""The integers every JSON tool chain here (orjson, most parsers) can write and read."""


@dataclass(frozen=True, slots=True)
class Coerced:
    """Outcome of coercion: `ok` False means 'no usable default' (not an error)."""

    ok: bool
    value: Any = None
    reason: str = ""


_NONE = Coerced(False)
_HUGE = Coerced(False, reason="integer outside the 64-bit range")


def fits_64_bits(value: int) -> bool:
    return INT_MIN <= value <= INT_MAX


def _integer(value: int) -> Coerced:
    return Coerced(True, value) if fits_64_bits(value) else _HUGE


def coerce_default(value: Any, schema: dict[str, Any]) -> Coerced:
    """The default as a value valid for `schema['type']`, or `Coerced(False)` to drop it."""
    if value is None or value == "" or value == [] or value == {}:
        return _NONE
    kind = schema.get("type")
    if kind == "string":
        return _to_string(value)
    if kind == "integer":
        return _to_number(value, integral=True)
    if kind == "number":
        return _to_number(value, integral=False)
    if kind == "boolean":
        return _to_bool(value)
    if kind == "array":
        return _to_array(value)
    if kind == "object":
        return _to_object(value)
    return _HUGE if _has_huge_int(value) else Coerced(True, value)


def _to_string(value: Any) -> Coerced:
    if isinstance(value, str):
        # ToolBench pastes JSON string literals: `"\"false\""` is the text false.
        if len(value) >= 2 and value[0] == value[-1] == '"' and '"' not in value[1:-1]:
            value = value[1:-1]
        return Coerced(True, value) if value else _NONE
    if isinstance(value, bool):
        return Coerced(True, "true" if value else "false")
    if isinstance(value, int | float):
        return Coerced(True, str(value))  # a huge integer is safe as text
    # Structured defaults for a string parameter are JSON payloads the API expects as text.
    return Coerced(True, orjson.dumps(value).decode())


def _to_number(value: Any, integral: bool) -> Coerced:
    if isinstance(value, bool):
        return _NONE
    if isinstance(value, int):
        return _integer(value)
    if isinstance(value, float):
        if not math.isfinite(value) or (integral and not value.is_integer()):
            return _NONE
        return _integer(int(value)) if integral else Coerced(True, value)
    if not isinstance(value, str):
        return _NONE
    text = value.strip()
    if _INT.match(text):
        # Digits past the 64-bit range are an id or a mistake, not a usable number.
        return _integer(int(text)) if len(text) <= 40 else _HUGE
    if not integral and _FLOAT.match(text):
        number = float(text)
        return Coerced(True, number) if math.isfinite(number) else _NONE
    return _NONE


def _to_bool(value: Any) -> Coerced:
    if isinstance(value, bool):
        return Coerced(True, value)
    if isinstance(value, int) and value in (0, 1):
        return Coerced(True, bool(value))
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE:
            return Coerced(True, True)
        if text in _FALSE:
            return Coerced(True, False)
    return _NONE


def _decode(text: str) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return None


def _to_array(value: Any) -> Coerced:
    if _has_huge_int(value):
        return _HUGE
    if isinstance(value, list):
        return Coerced(True, value)
    if not isinstance(value, str):
        return Coerced(True, [value]) if isinstance(value, int | float) else _NONE
    text = value.strip()
    if text.startswith("["):
        decoded = _decode(text)
        if _has_huge_int(decoded):
            return _HUGE
        return Coerced(True, decoded) if isinstance(decoded, list) and decoded else _NONE
    # RapidAPI LIST defaults are comma-joined strings.
    items = [part.strip() for part in text.split(",") if part.strip()]
    return Coerced(True, items) if items else _NONE


def _has_huge_int(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return not fits_64_bits(value)
    if isinstance(value, list):
        return any(_has_huge_int(v) for v in value)
    if isinstance(value, dict):
        return any(_has_huge_int(v) for v in value.values())
    return False


def _to_object(value: Any) -> Coerced:
    if _has_huge_int(value):
        return _HUGE
    if isinstance(value, dict):
        return Coerced(True, value)
    if isinstance(value, str) and value.strip().startswith("{"):
        decoded = _decode(value.strip())
        if _has_huge_int(decoded):
            return _HUGE
        if isinstance(decoded, dict) and decoded:
            return Coerced(True, decoded)
    return _NONE
