"""Checking proposed tools (from an LLM): repair what can be repaired, drop the rest.

Owns the rules a proposal must meet before it is written: identifier-like unique names,
known parameter types, enumerations of at least two distinct values with defaults inside
them, response schemas that are valid JSON Schema objects, and links that resolve (every
required `*_id` input is an output of some endpoint in the set; dropping an endpoint can
unresolve others, so the rule is applied until nothing changes). Each repair or drop is
recorded as a `Dropped` with its reason.
"""

from __future__ import annotations

import re
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

from toolgen.synth.spec import Dropped, EndpointSpec, ParamSpec, ToolSpec

TYPE_LABELS = {"string": "STRING", "number": "NUMBER", "integer": "NUMBER",
               "boolean": "BOOLEAN", "date": "DATE (YYYY-MM-DD)", "datetime": "STRING",
               "enum": "ENUM", "array": "ARRAY", "object": "OBJECT"}
_NON_IDENT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def ident(name: object) -> str:
    text = _CAMEL.sub("_", str(name or "")).lower()
    return _NON_IDENT.sub("_", text).strip("_")[:64]


def check_param(raw: object, where: str, log: list[Dropped]) -> ParamSpec | None:
    if not isinstance(raw, dict):
        log.append(Dropped(where, "parameter is not an object: dropped"))
        return None
    name = ident(raw.get("name"))
    if not name:
        log.append(Dropped(where, "parameter without a usable name: dropped"))
        return None
    if name != raw.get("name"):
        log.append(Dropped(f"{where}.{name}", f"name {raw.get('name')!r} repaired to {name!r}"))
    kind = str(raw.get("type") or "string").lower()
    if kind not in TYPE_LABELS:
        log.append(Dropped(f"{where}.{name}", f"unknown type {kind!r} repaired to string"))
        kind = "string"
    enum = _enum(raw.get("enum"))
    if kind == "enum" and len(enum) < 2:
        log.append(Dropped(f"{where}.{name}", "enum with fewer than two values repaired to "
                           "string"))
        kind, enum = "string", ()
    if enum and kind == "string":
        kind = "enum"
    description = " ".join(str(raw.get("description") or "").split())
    if not description:
        description = name.replace("_", " ").capitalize() + "."
    if enum:
        description = f"{description.rstrip('.')}. One of: " + ", ".join(
            f"`{v}`" for v in enum) + "."
    default = raw.get("default", "")
    if enum and default not in ("", None) and default not in enum:
        log.append(Dropped(f"{where}.{name}", f"default {default!r} not among the enum values: "
                           "removed"))
        default = ""
    if isinstance(default, dict | list) or default is None:
        default = ""
    return ParamSpec(name, TYPE_LABELS[kind], description, bool(raw.get("required")), default,
                     enum)


def _enum(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    items = [str(v) for v in value if isinstance(v, str | int) and str(v).strip()]
    return tuple(dict.fromkeys(items))


def check_response(schema: object, where: str, log: list[Dropped]) -> dict[str, Any] | None:
    """A valid JSON Schema object with properties; a non-object valid schema is wrapped."""
    if not isinstance(schema, dict):
        log.append(Dropped(where, "response schema missing: endpoint dropped"))
        return None
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as exc:
        log.append(Dropped(where, f"invalid response JSON Schema ({exc.message[:80]}): "
                           "endpoint dropped"))
        return None
    if schema.get("type") == "object" and isinstance(schema.get("properties"), dict) and \
            schema["properties"]:
        return schema
    log.append(Dropped(where, "response is not an object with properties: wrapped as 'data'"))
    return {"type": "object", "properties": {"data": schema}}


def check_endpoint(raw: object, base: str, where: str, log: list[Dropped]) -> EndpointSpec | None:
    if not isinstance(raw, dict) or not str(raw.get("name") or "").strip():
        log.append(Dropped(where, "endpoint without a name: dropped"))
        return None
    name = " ".join(str(raw["name"]).split())[:64]
    response = check_response(raw.get("response"), f"{where}/{name}", log)
    if response is None:
        return None
    params: list[ParamSpec] = []
    for item in raw.get("parameters") or []:
        param = check_param(item, f"{where}/{name}", log)
        if param is not None and param.name not in {p.name for p in params}:
            params.append(param)
    method = str(raw.get("method") or "GET").upper()
    method = method if method in ("GET", "POST", "PUT", "PATCH", "DELETE") else "GET"
    path = str(raw.get("path") or "/" + ident(name).replace("_", "-"))
    description = " ".join(str(raw.get("description") or "").split()) or name + "."
    return EndpointSpec(name, description, method, base + "/" + path.lstrip("/"), params,
                        response)


def outputs_of(schema: object, out: set[str]) -> set[str]:
    if isinstance(schema, dict):
        for key, sub in (schema.get("properties") or {}).items():
            out.add(str(key))
            outputs_of(sub, out)
        outputs_of(schema.get("items"), out)
    return out


def drop_unresolved_links(tools: list[ToolSpec], log: list[Dropped]) -> list[ToolSpec]:
    """Drop endpoints whose required `*_id` input no endpoint returns, until stable."""
    changed = True
    while changed:
        changed = False
        produced: set[str] = set()
        for tool in tools:
            for ep in tool.endpoints:
                outputs_of(ep.response, produced)
        for tool in tools:
            for ep in list(tool.endpoints):
                missing = [p.name for p in ep.params if p.required and p.name.endswith("_id")
                           and p.name not in produced]
                if missing:
                    tool.endpoints.remove(ep)
                    log.append(Dropped(f"{tool.name}/{ep.name}", f"link {missing[0]!r} is "
                                       "returned by no endpoint: dropped"))
                    changed = True
    kept = [t for t in tools if t.endpoints]
    log.extend(Dropped(t.name, "no endpoint left: tool dropped") for t in tools if not t.endpoints)
    return kept


def unique_endpoint_names(tools: list[ToolSpec], log: list[Dropped]) -> None:
    seen: set[str] = set()
    for tool in tools:
        for ep in tool.endpoints:
            if ep.name.lower() in seen:
                new = f"{ep.name} ({tool.name})"[:64]
                log.append(Dropped(f"{tool.name}/{ep.name}", f"duplicate name repaired to {new!r}"))
                ep.name = new
            seen.add(ep.name.lower())
