"""OpenAPI 3.x and Swagger 2.0 specs (JSON or YAML): one tool per spec, one endpoint per operation.

Owns reading a spec file, resolving its `$ref`s (jsonref; cycles are cut by the bounded
schema conversion), turning operations into endpoints: path, query and header parameters
and the properties of a JSON request body become parameters; the first 2xx response
schema becomes the output shape. Security schemes are noted in the tool description by
kind and location only; their values, examples and defaults are never read.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import orjson

from toolgen.records import Diagnostic
from toolgen.registry import response
from toolgen.registry.build import (
    EndpointDraft,
    RawParam,
    ToolDraft,
    make_parameters,
    notes_diagnostic,
    text,
)
from toolgen.registry.files import json_files_recursive, read_bytes
from toolgen.registry.names import base_function_name, key_slug, unique_keys
from toolgen.registry.secrets import is_secret_param, scrub_text
from toolgen.registry.types import convert_schema

METHODS = ("get", "post", "put", "patch", "delete", "head", "options")
SPEC_SUFFIXES = (".json", ".yaml", ".yml")


def as_dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def is_spec(data: object) -> bool:
    """An OpenAPI 3.x or Swagger 2.0 document (has a version key and `paths`)."""
    return isinstance(data, dict) and isinstance(data.get("paths"), dict) and (
        isinstance(data.get("openapi"), str) or str(data.get("swagger", "")).startswith("2"))


def spec_files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    yaml_files = sorted(p for p in root.rglob("*") if p.suffix in (".yaml", ".yml"))
    return sorted({*json_files_recursive(root), *yaml_files})


def load_openapi(root: Path) -> tuple[list[ToolDraft], list[Diagnostic]]:
    drafts: list[ToolDraft] = []
    diagnostics: list[Diagnostic] = []
    for path in spec_files(root):
        result = load_spec_file(path, root)
        if isinstance(result, Diagnostic):
            diagnostics.append(result)
        else:
            drafts.append(result[0])
            diagnostics.extend(result[1])
    return drafts, diagnostics


def read_spec(path: Path) -> dict[str, Any] | Diagnostic:
    raw = read_bytes(path)
    if isinstance(raw, Diagnostic):
        return raw
    data: object
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        import yaml

        try:
            data = yaml.safe_load(raw)
        except yaml.YAMLError as exc:
            where = getattr(exc, "problem_mark", None)
            at = f" at line {where.line + 1}" if where is not None else ""
            return Diagnostic(path=str(path), reason=f"neither JSON nor valid YAML{at}")
    if not is_spec(data):
        return Diagnostic(path=str(path), reason="not an OpenAPI 3.x or Swagger 2.0 document "
                          "(no 'openapi'/'swagger' version with 'paths')")
    assert isinstance(data, dict)
    import jsonref

    try:
        resolved = jsonref.replace_refs(data, proxies=False, lazy_load=False)
    except jsonref.JsonRefError as exc:
        return Diagnostic(path=str(path), reason=f"unresolvable $ref: {exc.reference!r}"[:200])
    return resolved if isinstance(resolved, dict) else data


def load_spec_file(path: Path, root: Path) -> tuple[ToolDraft, list[Diagnostic]] | Diagnostic:
    spec = read_spec(path)
    if isinstance(spec, Diagnostic):
        return spec
    info = as_dict(spec.get("info"))
    stem = path.name.rsplit(".", 1)[0] or "_empty"
    category = path.parent.name if root.is_dir() and path.parent != root else "OpenAPI"
    title = scrub_text(text(info.get("title"))) or stem
    description = scrub_text(text(info.get("description")))
    auth = auth_note(spec)
    if auth:
        description = f"{description} {auth}".strip()
    draft = ToolDraft(id=f"{category}/{stem}", name=title, title=title, description=description,
                      category=category, source_path=str(path))
    notes: Counter[str] = Counter()
    operations = list(_operations(spec))
    keys = unique_keys([key_slug(_op_key(m, p, op)) for m, p, op, _ in operations])
    base_url = _base_url(spec)
    secret_names = _security_param_names(spec)
    for (method, route, op, shared), key in zip(operations, keys, strict=True):
        draft.endpoints.append(_endpoint(draft, key, method, route, op, shared, base_url,
                                         secret_names, notes))
    if not draft.endpoints:
        return Diagnostic(path=str(path), reason="no operations under 'paths'")
    note = notes_diagnostic(str(path), notes)
    return draft, [note] if note else []


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], list[Any]]]:
    out = []
    for route, item in spec["paths"].items():
        if not isinstance(item, dict):
            continue
        shared = as_list(item.get("parameters"))
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                out.append((method, str(route), op, shared))
    return out


def _op_key(method: str, route: str, op: dict[str, Any]) -> str:
    return text(op.get("operationId")) or f"{method}_{route}"


def _base_url(spec: dict[str, Any]) -> str:
    servers = spec.get("servers")
    if isinstance(servers, list) and servers and isinstance(servers[0], dict):
        return text(servers[0].get("url")).rstrip("/")
    host = text(spec.get("host"))
    if host:
        schemes = spec.get("schemes")
        scheme = schemes[0] if isinstance(schemes, list) and schemes else "https"
        return f"{scheme}://{host}{text(spec.get('basePath')).rstrip('/')}"
    return ""


def _schemes(spec: dict[str, Any]) -> dict[str, Any]:
    components = as_dict(spec.get("components"))
    found = components.get("securitySchemes") or spec.get("securityDefinitions") or {}
    return found if isinstance(found, dict) else {}


def auth_note(spec: dict[str, Any]) -> str:
    """'Authentication: apiKey in header X-API-Key; oauth2.' (kinds and places, no values)."""
    parts = []
    for name, scheme in sorted(_schemes(spec).items()):
        if not isinstance(scheme, dict):
            continue
        kind = text(scheme.get("type")) or "unknown"
        if kind == "apiKey":
            parts.append(f"apiKey in {text(scheme.get('in'))} {text(scheme.get('name'))}".strip())
        elif kind == "http":
            parts.append(f"http {text(scheme.get('scheme'))}".strip())
        else:
            parts.append(kind if kind != "unknown" else str(name))
    return f"Authentication: {'; '.join(parts)}." if parts else ""


def _security_param_names(spec: dict[str, Any]) -> set[str]:
    names = {"authorization"}
    for scheme in _schemes(spec).values():
        if isinstance(scheme, dict) and scheme.get("type") == "apiKey":
            names.add(text(scheme.get("name")).lower())
    return names


def _endpoint(draft: ToolDraft, key: str, method: str, route: str, op: dict[str, Any],
              shared: list[Any], base_url: str, secret_names: set[str],
              notes: Counter[str]) -> EndpointDraft:
    name = text(op.get("operationId")) or text(op.get("summary")) or f"{method} {route}"
    summary, detail = text(op.get("summary")), text(op.get("description"))
    description = scrub_text(" ".join(p for p in (summary, detail) if p and p != name) or summary)
    raw = _parameters([*shared, *(op.get("parameters") or [])], secret_names, notes)
    raw += _body_params(op, notes, {p.raw_name for p in raw})
    params = make_parameters(raw, notes)
    schema = _response_schema(op)
    source = "schema"
    if schema is None:
        schema = response.infer_shape(name, description, [p.name for p in params])
        source = "inferred"
    return EndpointDraft(
        id=f"{draft.id}/{key}", base_name=base_function_name(name, draft.name),
        name=name, description=description, method=method.upper(), url=base_url + route,
        parameters=params, response_schema=schema,
        response_source="schema" if source == "schema" else "inferred",
    )


def _parameters(items: list[Any], secret_names: set[str], notes: Counter[str]) -> list[RawParam]:
    by_key: dict[tuple[str, str], dict[str, Any]] = {}
    for item in items:
        if isinstance(item, dict) and text(item.get("name")) and item.get("in") not in (
                "body", "formData"):
            by_key[(text(item.get("name")), text(item.get("in")))] = item
    out: list[RawParam] = []
    for (name, where), item in by_key.items():
        if where == "cookie":
            continue
        if name.lower() in secret_names or is_secret_param(name, "", text(item.get(
                "description"))):
            notes["credential/auth parameters dropped"] += 1
            continue
        spec = as_dict(item.get("schema")) or item
        schema = convert_schema({k: v for k, v in spec.items() if k not in ("name", "in")})
        schema.pop("description", None)
        out.append(RawParam(
            raw_name=name, type_label=text(spec.get("type")) or "string", schema=schema,
            required=bool(item.get("required")) or where == "path",
            description=text(item.get("description")), default=spec.get("default"),
            has_default="default" in spec))
    return out


def _body_schema(op: dict[str, Any]) -> dict[str, Any] | None:
    body = op.get("requestBody")
    if isinstance(body, dict):
        content = as_dict(body.get("content"))
        for mime in ("application/json", *sorted(content)):
            found = as_dict(as_dict(content.get(mime)).get("schema"))
            if found:
                return found
    for item in op.get("parameters") or []:
        if isinstance(item, dict) and item.get("in") == "body" and as_dict(item.get("schema")):
            return as_dict(item.get("schema"))
    form = [i for i in op.get("parameters") or [] if isinstance(i, dict)
            and i.get("in") == "formData"]
    if form:
        return {"type": "object", "properties": {text(i.get("name")): i for i in form},
                "required": [text(i.get("name")) for i in form if i.get("required")]}
    return None


def _body_params(op: dict[str, Any], notes: Counter[str], taken: set[str]) -> list[RawParam]:
    schema = _body_schema(op)
    if schema is None:
        return []
    converted = convert_schema(merge_all_of(schema))
    props = converted.get("properties")
    if not isinstance(props, dict) or not props:
        return [RawParam("body", "object", converted, True, text(schema.get("description")),
                         None, False)]
    required = set(converted.get("required") or [])
    merged = merge_all_of(schema)
    raw_props = as_dict(merged.get("properties"))
    out = []
    for name, sub in props.items():
        if name in taken:
            notes["body properties shadowed by parameters dropped"] += 1
            continue
        original = as_dict(raw_props.get(name))
        sub = dict(sub)
        description = text(sub.pop("description", ""))
        if sub.get("readOnly") or original.get("readOnly"):
            continue
        out.append(RawParam(name, text(sub.get("type")) or "string", sub, name in required,
                            description, original.get("default"), "default" in original))
    return out


def merge_all_of(schema: dict[str, Any]) -> dict[str, Any]:
    """One object schema from `allOf` parts (properties and required lists combined)."""
    parts = schema.get("allOf")
    if not isinstance(parts, list):
        return schema
    props: dict[str, Any] = {}
    required: list[str] = []
    for part in parts:
        if isinstance(part, dict):
            part = merge_all_of(part)
            props.update(part.get("properties") or {})
            required.extend(r for r in part.get("required") or [] if isinstance(r, str))
    return {"type": "object", "properties": props, "required": required}


def _response_schema(op: dict[str, Any]) -> dict[str, Any] | None:
    responses = as_dict(op.get("responses"))
    for code in sorted(responses, key=str):
        if not str(code).startswith("2"):
            continue
        resp = responses[code]
        if not isinstance(resp, dict):
            continue
        schema = resp.get("schema")
        content = as_dict(resp.get("content"))
        for mime in ("application/json", *sorted(content)):
            media = content.get(mime)
            if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                schema = media["schema"]
                break
        if isinstance(schema, dict):
            converted = response.from_json_schema(schema)
            if converted is None and schema.get("type") == "array":
                converted = {"type": "object", "properties": {
                    "items": convert_schema(schema)}}
            if converted:
                return converted
    return None
