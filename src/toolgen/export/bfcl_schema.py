"""OpenAI function schemas in BFCL's dialect, and whether a value fits a BFCL type.

BFCL's AST checker looks each parameter's `type` up in its Python type table (`string`,
`integer`, `float`, `boolean`, `array`, `tuple`, `dict`, `any`), reads `items.type` of
every array, and wants `parameters.type` to be `dict`.
"""

from __future__ import annotations

from typing import Any, cast

_TYPES = {"string": "string", "integer": "integer", "number": "float", "boolean": "boolean",
          "array": "array", "object": "dict", "dict": "dict", "float": "float",
          "tuple": "tuple", "any": "any"}
_PY: dict[str, type | tuple[type, ...]] = {
    "string": str, "integer": int, "float": (float, int), "boolean": bool,
    "array": list, "tuple": list, "dict": dict, "any": str,
}


def _json_type(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    return _TYPES.get(str(kind), "") if kind else ""


def infer_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "dict"
    return ""


def bfcl_param(schema: dict[str, Any], example: Any = None) -> dict[str, Any] | None:
    """The BFCL parameter for a JSON schema (None when no BFCL type fits)."""
    kind = _json_type(schema) or infer_type(example)
    if not kind:
        return None
    out: dict[str, Any] = {"type": kind}
    if schema.get("description"):
        out["description"] = str(schema["description"])
    if "enum" in schema:
        out["enum"] = list(schema["enum"])
    if kind in ("array", "tuple"):
        items = dict(schema.get("items") or {})
        first = example[0] if isinstance(example, list) and example else None
        inner = bfcl_param(items, first)
        if inner is None:
            return None
        out["items"] = {"type": inner["type"]}
    if "default" in schema:
        out["default"] = schema["default"]
    return out


def fits(value: Any, param: dict[str, Any]) -> bool:
    """Whether BFCL's Python type check accepts `value` for `param` (one nesting level)."""
    kind = param["type"]
    if kind == "integer" and isinstance(value, bool):
        return False
    if kind == "float" and isinstance(value, bool):
        return False
    if not isinstance(value, _PY[kind]):
        return False
    if kind in ("array", "tuple"):
        inner = {"type": param["items"]["type"], "items": {"type": "any"}}
        return all(fits(v, inner) for v in cast(list[Any], value))
    return True


def bfcl_function(tool: dict[str, Any], examples: dict[str, Any]) -> dict[str, Any] | None:
    """A BFCL function doc for an OpenAI tool; `examples` are argument values seen for it."""
    fn = tool.get("function", {})
    params = fn.get("parameters") or {}
    props: dict[str, Any] = {}
    for name, schema in (params.get("properties") or {}).items():
        param = bfcl_param(schema if isinstance(schema, dict) else {}, examples.get(name))
        if param is None:
            if name in examples:
                return None
            continue
        props[name] = param
    required = [r for r in params.get("required") or [] if r in props]
    return {"name": str(fn.get("name", "")), "description": str(fn.get("description", "")),
            "parameters": {"type": "dict", "properties": props, "required": required}}
