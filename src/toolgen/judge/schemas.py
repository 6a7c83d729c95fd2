"""Compiled JSON Schema validators for tool arguments, cached by schema content.

Records carry their tool schemas as plain dicts, so identical schemas reappear in
every record that offers the tool: compiling once per distinct schema (keyed by its
canonical JSON) keeps argument validation to a dict lookup plus a compiled check.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

import fastjsonschema
import orjson

ArgCheck = Callable[[Any], str | None]
"""Returns None when the value is valid, else a short reason."""


def _key(schema: Any) -> bytes:
    return orjson.dumps(schema, option=orjson.OPT_SORT_KEYS)


@lru_cache(maxsize=8192)
def _compiled(key: bytes) -> ArgCheck | str:
    schema = orjson.loads(key)
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


def checker(schema: Any) -> ArgCheck | str:
    """The cached validator for `schema`, or a string saying why there is none."""
    try:
        key = _key(schema)
    except TypeError as exc:
        return f"schema is not JSON: {exc}"
    return _compiled(key)
