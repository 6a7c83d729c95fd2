"""Small assertions and oracles shared by the judge tests."""

from __future__ import annotations

from typing import Any

import fastjsonschema

from toolgen.records import Finding


def kinds(findings: list[Finding]) -> set[str]:
    return {f.kind for f in findings if f.severity == "error"}


def fastjsonschema_message(schema: dict[str, Any], value: Any) -> str | None:
    """What fastjsonschema (the compiled path the judge's own checks replace) says of
    `value`, or None when it passes."""
    fn = fastjsonschema.compile(schema, use_default=False)
    try:
        fn(value)
    except fastjsonschema.JsonSchemaValueException as exc:
        return str(exc.message)
    return None
