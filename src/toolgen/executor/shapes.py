"""A plausible response schema for endpoints whose declared one is empty or unusable.

`response_shape(endpoint, info)` returns the endpoint's response_schema when it has
content, else a small schema derived from the endpoint's action and entity: a create
returns the new `<entity>_id` with a status, a list returns `results` of records, a get
returns one record echoing the arguments. Also owns `ensure_id`, which gives a create
response an id when its schema has none. Never touches the network.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.actions import EndpointInfo
from toolgen.executor.values import id_entity, name_kind, schema_type
from toolgen.records import Endpoint

_STR = {"type": "string"}
_DATETIME = {"type": "string", "format": "date-time"}


def _usable(schema: Any) -> bool:
    if not isinstance(schema, dict) or not schema:
        return False
    t = schema_type(schema)
    if t == "object":
        props = schema.get("properties")
        return (isinstance(props, dict) and bool(props)) or bool(schema.get("additionalProperties"))
    return t is not None or any(k in schema for k in ("anyOf", "oneOf", "allOf", "$ref"))


def response_shape(endpoint: Endpoint, info: EndpointInfo) -> dict[str, Any]:
    schema = endpoint.response_schema
    if _usable(schema):
        return schema
    e = info.entity or "item"
    idk = f"{e}_id"
    record: dict[str, Any] = {idk: {"type": "string"}}
    if name_kind(e) != "name":  # only entities that have names get one (not a forecast)
        record["name"] = {"type": "string"}
    for p in endpoint.parameters:
        sub = p.json_schema if isinstance(p.json_schema, dict) else {}
        t = schema_type(sub)
        if t in ("string", "integer", "number", "boolean") and p.name not in record:
            # Why: echoing the arguments makes the made-up record answer the request.
            record[p.name] = {k: v for k, v in sub.items() if k in ("type", "enum", "format")}
            if "type" not in record[p.name]:
                record[p.name]["type"] = t
    if info.action == "auth":
        props: dict[str, Any] = {
            "access_token": {"type": "string"},
            "token_type": {"type": "string", "enum": ["Bearer"]},
            "expires_in": {"type": "integer"},
        }
    elif info.action in ("create", "update"):
        record.pop("name", None)
        stamp = "created_at" if info.action == "create" else "updated_at"
        props = {**record, "status": _STR, stamp: _DATETIME}
    elif info.action == "delete":
        props = {"success": {"type": "boolean"}, idk: _STR, "status": _STR}
    elif info.action == "get":
        props = {**record, "description": _STR, "created_at": _DATETIME}
    else:
        item = {**record, "description": {"type": "string"}}
        props = {
            "results": {"type": "array", "items": {"type": "object", "properties": item}},
            "total": {"type": "integer"},
        }
    return {"type": "object", "properties": props}


def has_id_key(obj: Any) -> bool:
    return isinstance(obj, dict) and any(id_entity(k) is not None for k in obj)
