"""BFCL function docs: `.json` files that are JSON Lines, with `function` lists per line.

Owns reading BFCL question files (category = file stem) and `multi_turn_func_doc` files (one
function per line; category = the class file's stem), converting Python/Java/JS type names,
merging identical repeated definitions and disambiguating distinct ones sharing a name.
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
from toolgen.registry.files import json_files_recursive, read_json_lines
from toolgen.registry.names import base_function_name, key_slug
from toolgen.registry.secrets import scrub_text
from toolgen.registry.types import convert_schema


def functions_in(doc: object) -> list[dict[str, Any]] | None:
    """The function definitions one line holds (None when it holds none)."""
    if not isinstance(doc, dict):
        return None
    funcs = doc.get("function")
    if isinstance(funcs, list):
        return [f for f in funcs if isinstance(f, dict) and f.get("name")]
    if isinstance(funcs, dict):
        return [funcs]
    if doc.get("name") and isinstance(doc.get("parameters"), dict):
        return [doc]
    return None


def load_bfcl(root: Path) -> tuple[list[ToolDraft], list[Diagnostic]]:
    paths = [root] if root.is_file() else json_files_recursive(root)
    drafts: dict[str, ToolDraft] = {}
    diagnostics: list[Diagnostic] = []
    for path in paths:
        diagnostics.extend(_load_file(path, drafts))
    return list(drafts.values()), diagnostics


def _load_file(path: Path, drafts: dict[str, ToolDraft]) -> list[Diagnostic]:
    result = read_json_lines(path)
    if isinstance(result, Diagnostic):
        return [result]
    docs, diagnostics = result
    category = path.name.removesuffix(".jsonl").removesuffix(".json") or "_empty"
    functions = [f for doc in docs for f in (functions_in(doc) or [])]
    if not functions:
        reason = "no function definitions (multi-turn question file or other data)"
        return [*diagnostics, Diagnostic(path=str(path), reason=reason)]
    notes: Counter[str] = Counter()
    seen: dict[bytes, str] = {}
    per_name: Counter[str] = Counter()
    for func in functions:
        fingerprint = orjson.dumps(func, option=orjson.OPT_SORT_KEYS)
        if fingerprint in seen:
            notes["identical repeated definitions merged"] += 1
            continue
        name = text(func.get("name"))
        per_name[name] += 1
        if per_name[name] > 1:
            notes["distinct definitions sharing a name disambiguated"] += 1
        key = key_slug(name) + ("" if per_name[name] == 1 else f"_{per_name[name]}")
        seen[fingerprint] = key
        _add(func, name, key, category, str(path), drafts, notes)
    note = notes_diagnostic(str(path), notes)
    return [*diagnostics, *([note] if note else [])]


def _add(
    func: dict[str, Any], name: str, key: str, category: str, path: str,
    drafts: dict[str, ToolDraft], notes: Counter[str],
) -> None:
    multi_turn = Path(path).parent.name == "multi_turn_func_doc"
    tool_name = category if multi_turn or "." not in name else name.rsplit(".", 1)[0]
    tool_id = f"{category}/{tool_name}" if tool_name != category else f"{category}/{category}"
    draft = drafts.get(tool_id)
    if draft is None:
        draft = drafts[tool_id] = ToolDraft(
            id=tool_id, name=tool_name, title=tool_name, description="", category=category,
            source_path=path,
        )
    params = make_parameters(schema_params(func.get("parameters"), notes), notes)
    description = scrub_text(text(func.get("description")))
    schema = response.from_json_schema(func.get("response"))
    source = "declared"
    if schema is None:
        schema = response.infer_shape(name, description, [p.name for p in params])
        source = "inferred"
    draft.endpoints.append(EndpointDraft(
        id=f"{tool_id}/{key}", base_name=base_function_name(name, ""), name=name,
        description=description, method="CALL", url="", parameters=params,
        response_schema=schema, response_source="declared" if source == "declared" else
        "inferred",
    ))


def schema_params(parameters: object, notes: Counter[str]) -> list[RawParam]:
    """RawParams from a JSON-Schema-ish `parameters` object (BFCL and OpenAI tools)."""
    if not isinstance(parameters, dict):
        return []
    props = parameters.get("properties")
    if not isinstance(props, dict):
        return []
    required_list = parameters.get("required")
    required = set(required_list) if isinstance(required_list, list) else set()
    out: list[RawParam] = []
    for raw_name, spec in props.items():
        spec = spec if isinstance(spec, dict) else {}
        label = spec.get("type")
        description = text(spec.get("description"))
        # Declared function arguments (BFCL's access_token for authenticate()) are part of the
        # function's contract, unlike ToolBench's transport headers; only a CREDENTIALS type
        # marks them as plumbing here. Credential-like defaults are still removed.
        if isinstance(label, str) and label.upper() == "CREDENTIALS":
            notes["credential/auth parameters dropped"] += 1
            continue
        schema = convert_schema(spec)
        schema.pop("description", None)
        out.append(RawParam(
            raw_name=str(raw_name), type_label="" if label is None else str(label),
            schema=schema, required=raw_name in required and spec.get("optional") is not True,
            description=description, default=spec.get("default"), has_default="default" in spec,
        ))
    return out
