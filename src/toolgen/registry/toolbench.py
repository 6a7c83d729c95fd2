"""ToolBench tool directories: `<Category>/<tool>.json` files with an `api_list`.

Owns reading one tool file into a ToolDraft (endpoints, parameters, response shapes) and
walking a directory of category folders. Every problem becomes a Diagnostic naming the file.
The walk reads each file once: the secrets of a decoded document are collected from it
there, on the same pass that builds its parameters (no second read of the corpus, no
second look at a parameter), and with `max_tools` files are read in tool-id
order and the walk stops once that many tools have loaded.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson

from toolgen.records import Diagnostic
from toolgen.records.tools import ResponseSource
from toolgen.registry import response
from toolgen.registry.build import EndpointDraft, RawParam, ToolDraft, make_parameters, text
from toolgen.registry.build import notes_diagnostic as _notes_diagnostic
from toolgen.registry.files import directory_problems, json_files, read_json, subdirectories
from toolgen.registry.names import base_function_name, key_slug, unique_keys
from toolgen.registry.secrets import (
    ParamScan,
    endpoint_own_secrets,
    is_secret_param,
    scan_param,
    scrub_text,
    scrub_url,
    secrets_in_document,
    secrets_in_endpoint,
    text_secrets,
)
from toolgen.registry.types import schema_for_label

EMPTY_STEM = "_empty"
Hints = dict[tuple[str, str], tuple[dict[str, Any], ResponseSource]]


def tool_files(root: Path) -> list[tuple[str, Path]]:
    """(category, file) pairs: category folders of JSON files, or JSON files directly in root."""
    pairs = [(d.name, f) for d in subdirectories(root) for f in json_files(d)]
    pairs.extend((root.name, f) for f in json_files(root))
    return pairs


@dataclass(slots=True)
class Scan:
    """What one walk saw besides the drafts: secrets found (per file holding some), files
    decoded, early stop."""

    found_in: dict[str, set[str]] = field(default_factory=dict)
    decoded: set[str] = field(default_factory=set)
    stopped_early: bool = False


def load_toolbench(
    root: Path, hints: Hints | None = None, max_tools: int | None = None,
    scan: Scan | None = None,
) -> tuple[list[ToolDraft], list[Diagnostic]]:
    """Drafts of every tool file under `root` (the first `max_tools` by id when given).

    With `scan`, the secrets of every decoded document go into `scan.found_in` (by
    path) and its path into `scan.decoded`.
    """
    drafts: list[ToolDraft] = []
    diagnostics: list[Diagnostic] = directory_problems(root)
    files = tool_files(root)
    if max_tools is not None:
        # The registry keeps the first `max_tools` tools by id (a stable sort): reading
        # in that order lets the walk stop there.
        files.sort(key=lambda pair: f"{pair[0]}/{file_stem(pair[1])}")
    for category, path in files:
        if max_tools is not None and len(drafts) >= max_tools:
            if scan is not None:
                scan.stopped_early = True
            break
        data = read_json(path)
        found: set[str] | None = None
        if scan is not None and not isinstance(data, Diagnostic):
            found = set()
            scan.decoded.add(str(path))
        result = tool_from_document(data, path, category, hints or {}, found)
        if found and scan is not None:
            scan.found_in[str(path)] = found
        if isinstance(result, Diagnostic):
            diagnostics.append(result)
            continue
        draft, notes = result
        diagnostics.extend(notes)
        drafts.append(draft)
    return drafts, diagnostics


def file_stem(path: Path) -> str:
    stem = path.name.removesuffix(".jsonl").removesuffix(".json")
    return stem or EMPTY_STEM


def load_tool_file(
    path: Path, category: str, hints: Hints
) -> tuple[ToolDraft, list[Diagnostic]] | Diagnostic:
    return tool_from_document(read_json(path), path, category, hints)


def tool_from_document(
    data: object, path: Path, category: str, hints: Hints, found: set[str] | None = None,
) -> tuple[ToolDraft, list[Diagnostic]] | Diagnostic:
    """The draft of one decoded tool file (or the Diagnostic read_json gave).

    With `found`, the document's credential-like values (`secrets_in_document`) are added
    to it on the same walk: parameter verdicts are reached once for both.
    """
    if isinstance(data, Diagnostic):
        return data
    api_list = data.get("api_list") if isinstance(data, dict) else None
    if found is not None and not (isinstance(api_list, list) and api_list):
        found |= secrets_in_document(data)
        found = None
    if not isinstance(data, dict):
        return Diagnostic(path=str(path), reason=f"expected a JSON object, got {_kind(data)}")
    if not isinstance(api_list, list) or not api_list:
        return Diagnostic(path=str(path), reason="no 'api_list' with endpoints")
    if found is not None:
        found.update(text_secrets(data.get("tool_description")))
        for endpoint in api_list:
            if isinstance(endpoint, dict) and not text(endpoint.get("name")):
                found |= secrets_in_endpoint(endpoint)  # skipped below, scanned all the same
    stem = file_stem(path)
    tool_name = text(data.get("tool_name")) or text(data.get("name")) or stem
    draft = ToolDraft(
        id=f"{category}/{stem}", name=scrub_text(tool_name),
        title=scrub_text(text(data.get("title"))),
        description=scrub_text(text(data.get("tool_description"))), category=category,
        source_path=str(path),
    )
    diagnostics: list[Diagnostic] = []
    notes: Counter[str] = Counter()
    valid = [e for e in api_list if isinstance(e, dict) and text(e.get("name"))]
    if len(valid) < len(api_list):
        notes["endpoints without an object or a name skipped"] += len(api_list) - len(valid)
    keys = unique_keys([key_slug(text(e.get("name"))) for e in valid])
    if len(set(text(e.get("name")) for e in valid)) < len(valid):
        notes["duplicate endpoint names disambiguated"] += 1
    lookups = (tool_name, stem, text(data.get("standardized_name")))
    for endpoint, key in zip(valid, keys, strict=True):
        draft.endpoints.append(_endpoint(endpoint, key, draft, stem, lookups, hints, notes,
                                         found))
    if not draft.endpoints:
        return Diagnostic(path=str(path), reason="no usable endpoints")
    note = _notes_diagnostic(str(path), notes)
    if note:
        diagnostics.append(note)
    return draft, diagnostics


def _kind(value: object) -> str:
    if isinstance(value, list):
        return "a list"
    return "a string" if isinstance(value, str) else type(value).__name__


def _endpoint(
    raw: dict[str, Any], key: str, tool: ToolDraft, stem: str, lookups: tuple[str, ...],
    hints: Hints, notes: Counter[str], found: set[str] | None = None,
) -> EndpointDraft:
    name = text(raw.get("name"))
    params = make_parameters(_raw_params(raw, notes, found), notes)
    if found is not None:
        found |= endpoint_own_secrets(raw)
    description = scrub_text(text(raw.get("description")))
    schema, source = _response(raw, name, description, params, lookups, hints)
    method = text(raw.get("method")).upper() or "GET"
    return EndpointDraft(
        id=f"{tool.id}/{key}", base_name=base_function_name(name if name.isascii() else key,
                                                            stem),
        name=name, description=description, method=method, url=scrub_url(text(raw.get("url"))),
        parameters=params, response_schema=schema, response_source=source,
    )


def _raw_params(raw: dict[str, Any], notes: Counter[str],
                found: set[str] | None = None) -> list[RawParam]:
    out: list[RawParam] = []
    seen_required: set[str] = set()
    for key, required in (("required_parameters", True), ("optional_parameters", False)):
        items = raw.get(key)
        if not isinstance(items, list):
            continue
        for item in items:
            param = _raw_param(item, required)
            scanned = None
            if found is not None and isinstance(item, dict):
                scanned = scan_param(item)
                found |= scanned.in_default
                found.update(scanned.in_description)
            if param is None:
                notes["malformed parameters skipped"] += 1
            elif _secret_param(param, scanned):
                notes["credential/auth parameters dropped"] += 1
            elif not required and param.raw_name in seen_required:
                notes["optional duplicates of required parameters dropped"] += 1
            else:
                if required:
                    seen_required.add(param.raw_name)
                out.append(param)
    return out


def _secret_param(param: RawParam, scanned: ParamScan | None) -> bool:
    """`is_secret_param` of the parameter, from the secret scan's verdicts when it judged
    the same name and description (it then also knows whether the default is secret)."""
    if scanned is None or (scanned.name, scanned.description) != (param.raw_name,
                                                                   param.description):
        return is_secret_param(param.raw_name, param.type_label, param.description,
                               param.default)
    if not scanned.secret_param:
        # Kept: the scan read its default under `is_credential_name(name)`, as the loader
        # does (`contains_secret`).
        param.secret_default = bool(scanned.in_default)
    return scanned.secret_param


def _raw_param(item: object, required: bool) -> RawParam | None:
    if not isinstance(item, dict):
        return None
    raw_name = text(item.get("name"))
    if not raw_name:
        return None
    label = item.get("type")
    return RawParam(
        raw_name=raw_name, type_label="null" if label is None else str(label),
        schema=schema_for_label(label), required=required,
        description=text(item.get("description")), default=item.get("default"),
        has_default="default" in item,
    )


def _response(
    raw: dict[str, Any], name: str, description: str, params: tuple[Any, ...],
    lookups: tuple[str, ...], hints: Hints,
) -> tuple[dict[str, Any], ResponseSource]:
    for tool_key in lookups:
        hint = hints.get((tool_key, name)) if tool_key else None
        if hint:
            return hint
    status = raw.get("statuscode")
    failed = isinstance(status, int) and (status == 111 or status >= 300)
    if not failed:
        schema = _shape(_SCHEMA, raw.get("schema"))
        if schema:
            return schema, "schema"
        schema = _shape(_EXAMPLE, raw.get("body"))
        if schema:
            return schema, "body"
    schema = _shape(_EXAMPLE, raw.get("test_endpoint"))
    if schema:
        return schema, "test_endpoint"
    return response.infer_shape(name, description, [p.name for p in params]), "inferred"


_SCHEMA, _EXAMPLE = "schema", "example"


def _shape(kind: str, value: object) -> dict[str, Any] | None:
    """`response.from_json_schema(response.decode_if_json(value))` (`kind` "schema") or
    `response.from_example(value)` ("example"), worked out once per distinct JSON text: a
    corpus repeats its schemas and examples (half the non-empty schemas of the ToolBench
    slice recur), and normalising one walks it in Python. A fresh copy per call: callers
    own their schemas. `value` is decoded JSON (or a string of it), so its text gives it
    back exactly."""
    if value is None or value == "":
        return None
    if value.__class__ is str:
        key: str | bytes = value
    else:
        try:
            key = orjson.dumps(value)
        except TypeError:  # not plain JSON: not worth a key
            return _shape_of(kind, value)
    found = _shaped(kind, key)
    return None if found is None else orjson.loads(found)


@lru_cache(maxsize=1 << 14)
def _shaped(kind: str, key: str | bytes) -> bytes | None:
    schema = _shape_of(kind, key if key.__class__ is str else orjson.loads(key))
    return orjson.dumps(schema) if schema else None


def _shape_of(kind: str, value: object) -> dict[str, Any] | None:
    if kind == _SCHEMA:
        return response.from_json_schema(response.decode_if_json(value))
    return response.from_example(value)
