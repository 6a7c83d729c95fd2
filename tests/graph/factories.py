"""Hand-built endpoints for graph tests (no loader, no files)."""

from __future__ import annotations

from typing import Any

from toolgen.records import Endpoint, Parameter, Registry, Tool


def param(name: str, kind: str = "string", required: bool = True) -> Parameter:
    schema: dict[str, Any] = {"type": kind}
    if kind == "array":
        schema["items"] = {"type": "string"}
    return Parameter(name=name, raw_name=name, type_label=kind.upper(), json_schema=schema,
                     required=required)


def obj(**props: Any) -> dict[str, Any]:
    return {"type": "object", "properties": props}


def arr(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": item}


STR = {"type": "string"}
INT = {"type": "integer"}
BOOL = {"type": "boolean"}


def endpoint(tool: str, name: str, params: tuple[Parameter, ...] = (),
             response: dict[str, Any] | None = None, category: str = "Cat") -> Endpoint:
    tool_id = f"{category}/{tool}"
    key = name.lower().replace(" ", "_")
    return Endpoint(id=f"{tool_id}/{key}", function_name=f"{key}_for_{tool}"[:64],
                    tool_id=tool_id, tool_name=tool, category=category, name=name,
                    parameters=params, response_schema=response or {})


def registry(*endpoints: Endpoint) -> Registry:
    tools: dict[str, list[Endpoint]] = {}
    for ep in endpoints:
        tools.setdefault(ep.tool_id, []).append(ep)
    return Registry(tools=tuple(
        Tool(id=tid, name=eps[0].tool_name, category=eps[0].category, endpoints=tuple(eps))
        for tid, eps in tools.items()))
