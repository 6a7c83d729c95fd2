"""`resolve_schema(schema, root)`: one response-schema node made plain for the compiler.

Follows local `$ref`s into the root schema, picks the first non-null branch of an
`anyOf`/`oneOf`, and merges the parts of an `allOf`; a node that is no dict resolves to
`{}`. Never raises and never touches the network.
"""

from __future__ import annotations

from typing import Any

# The keys `resolve_schema` acts on; a schema without any is already resolved.
_PLAIN_KEYS = frozenset({"$ref", "anyOf", "oneOf", "allOf"})


def resolve_schema(schema: Any, root_schema: dict[str, Any]) -> dict[str, Any]:
    """Follow local $refs, pick a union branch, merge allOf; always a dict."""
    if type(schema) is dict and _PLAIN_KEYS.isdisjoint(schema):
        return schema  # nothing to follow: what the loop below returns at once
    for _ in range(8):
        if not isinstance(schema, dict):
            return {}
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            target: Any = root_schema
            for part in ref[2:].split("/"):
                target = target.get(part) if isinstance(target, dict) else None
            if not isinstance(target, dict):
                return {k: v for k, v in schema.items() if k != "$ref"}
            merged = dict(target)
            merged.update({k: v for k, v in schema.items() if k != "$ref"})
            schema = merged
            continue
        for union in ("anyOf", "oneOf"):
            options = schema.get(union)
            if isinstance(options, list) and options and "type" not in schema:
                pick = next(
                    (o for o in options if isinstance(o, dict) and o.get("type") != "null"),
                    options[0],
                )
                merged = {k: v for k, v in schema.items() if k != union}
                if isinstance(pick, dict):
                    merged.update(pick)
                schema = merged
                break
        else:
            parts = schema.get("allOf")
            if isinstance(parts, list) and parts:
                merged = {k: v for k, v in schema.items() if k != "allOf"}
                props: dict[str, Any] = dict(merged.get("properties") or {})
                for p in parts:
                    if isinstance(p, dict):
                        props.update(p.get("properties") or {})
                        merged.update({k: v for k, v in p.items() if k != "properties"})
                if props:
                    merged["properties"] = props
                schema = merged
                continue
            return schema
    return schema if isinstance(schema, dict) else {}
