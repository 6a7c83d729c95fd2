"""OpenAI tools JSON: `[{"type":"function","function":{...}}]`, `{"tools":[...]}` or bare functions.

Owns reading such files (one tool per file; category = the folder or file stem) into drafts.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from toolgen.records import Diagnostic
from toolgen.registry import response
from toolgen.registry.bfcl import schema_params
from toolgen.registry.build import EndpointDraft, ToolDraft, make_parameters, notes_diagnostic, text
from toolgen.registry.files import json_files_recursive, read_json
from toolgen.registry.names import base_function_name, key_slug, unique_keys
from toolgen.registry.secrets import scrub_text


def function_objects(data: object) -> list[dict[str, Any]] | None:
    """The function objects an OpenAI-style document holds, or None if it is not one."""
    if isinstance(data, dict) and isinstance(data.get("tools"), list):
        data = data["tools"]
    items = data if isinstance(data, list) else [data]
    out = []
    for item in items:
        if not isinstance(item, dict):
            return None
        func = item.get("function") if item.get("type") == "function" else item
        if not isinstance(func, dict) or not isinstance(func.get("name"), str):
            return None
        out.append(func)
    return out or None


def load_openai(root: Path) -> tuple[list[ToolDraft], list[Diagnostic]]:
    paths = [root] if root.is_file() else json_files_recursive(root)
    drafts: list[ToolDraft] = []
    diagnostics: list[Diagnostic] = []
    for path in paths:
        result = _load_file(path, root)
        if isinstance(result, Diagnostic):
            diagnostics.append(result)
        else:
            drafts.append(result[0])
            diagnostics.extend(result[1])
    return drafts, diagnostics


def _load_file(path: Path, root: Path) -> tuple[ToolDraft, list[Diagnostic]] | Diagnostic:
    data = read_json(path)
    if isinstance(data, Diagnostic):
        return data
    functions = function_objects(data)
    if functions is None:
        return Diagnostic(path=str(path), reason="not an OpenAI tools document")
    stem = path.name.removesuffix(".json") or "_empty"
    category = path.parent.name if path.parent != root and root.is_dir() else stem
    draft = ToolDraft(id=f"{category}/{stem}", name=stem, title=stem, description="",
                      category=category, source_path=str(path))
    notes: Counter[str] = Counter()
    keys = unique_keys([key_slug(text(f.get("name"))) for f in functions])
    for func, key in zip(functions, keys, strict=True):
        name = text(func.get("name"))
        params = make_parameters(schema_params(func.get("parameters"), notes), notes)
        description = scrub_text(text(func.get("description")))
        draft.endpoints.append(EndpointDraft(
            id=f"{draft.id}/{key}", base_name=base_function_name(name, ""), name=name,
            description=description, method="CALL", url="", parameters=params,
            response_schema=response.infer_shape(name, description, [p.name for p in params]),
            response_source="inferred",
        ))
    note = notes_diagnostic(str(path), notes)
    return draft, [note] if note else []
