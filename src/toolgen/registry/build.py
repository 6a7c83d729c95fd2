"""Assembling records from parsed drafts: parameters, names, max_tools, the Registry.

Owns the steps every loader shares: a Parameter from a raw (name, type, description,
default), per-file alteration notes, and the final pass that sorts tools, applies
`max_tools`, assigns registry-wide function names and constructs the frozen models.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, TypeVar

import orjson
from pydantic import BaseModel

from toolgen.records import Diagnostic, Endpoint, Parameter, Registry, Tool
from toolgen.records.tools import ResponseSource
from toolgen.registry.defaults import coerce_default
from toolgen.registry.enums import parse_enum
from toolgen.registry.names import assign_function_names, unique_param_names
from toolgen.registry.secrets import contains_secret, is_credential_name, scrub_text


@dataclass(slots=True)
class EndpointDraft:
    """An endpoint before its registry-wide function name is known."""

    id: str
    base_name: str
    name: str
    description: str
    method: str
    url: str
    parameters: tuple[Parameter, ...]
    response_schema: dict[str, Any]
    response_source: ResponseSource
    param_names: tuple[str, ...] = ()


@dataclass(slots=True)
class ToolDraft:
    id: str
    name: str
    title: str
    description: str
    category: str
    source_path: str
    endpoints: list[EndpointDraft] = field(default_factory=list)


@dataclass(slots=True)
class RawParam:
    """One parameter as the corpus states it, before normalisation."""

    raw_name: str
    type_label: str
    schema: dict[str, Any]
    required: bool
    description: str
    default: Any
    has_default: bool
    secret_default: bool | None = None
    """Whether the default holds a credential-like value (`contains_secret` under
    `is_credential_name(raw_name)`), when the secret scan found out already."""


def text(value: object) -> str:
    """Corpus text fields are sometimes null, numbers or even JSON objects."""
    if value.__class__ is str:  # the common case first: this runs per field of a corpus
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    return orjson.dumps(value).decode() if isinstance(value, dict | list) else str(value)


def make_parameters(raw: list[RawParam], notes: Counter[str]) -> tuple[Parameter, ...]:
    names = unique_param_names([p.raw_name for p in raw])
    out = []
    for name, param in zip(names, raw, strict=True):
        if name != param.raw_name:
            notes["parameter names sanitised or disambiguated"] += 1
        out.append(_make_parameter(name, param, notes))
    return tuple(out)


def _make_parameter(name: str, param: RawParam, notes: Counter[str]) -> Parameter:
    schema = param.schema
    description = scrub_text(param.description)
    if "enum" not in schema:
        choices = parse_enum(description, param.type_label, schema.get("type"))
        if choices:
            schema = {**schema, "enum": choices}
    default, has_default = None, False
    secret = param.secret_default
    if secret is None and param.has_default:
        secret = contains_secret(param.default, is_credential_name(param.raw_name))
    if param.has_default and secret:
        notes["credential-like defaults removed"] += 1
    elif param.has_default:
        coerced = coerce_default(param.default, schema)
        default, has_default = coerced.value, coerced.ok
        if coerced.reason:
            notes[f"defaults dropped ({coerced.reason})"] += 1
        elif not coerced.ok and param.default not in (None, "", [], {}):
            notes["defaults dropped (not coercible to the declared type)"] += 1
    if has_default and isinstance(schema.get("enum"), list) and default not in schema["enum"]:
        # A default outside the parsed choices means the parse was wrong, not the default.
        schema = {k: v for k, v in schema.items() if k != "enum"}
    return trusted(Parameter, {
        "name": name, "raw_name": param.raw_name, "type_label": param.type_label,
        "json_schema": schema, "required": param.required, "description": description,
        "default": default, "has_default": has_default,
    })


def notes_diagnostic(path: str, notes: Counter[str]) -> Diagnostic | None:
    if not notes:
        return None
    body = "; ".join(f"{count} {what}" for what, count in sorted(notes.items()))
    return Diagnostic(path=path, reason=f"altered: {body}")


def finish(
    drafts: list[ToolDraft],
    diagnostics: list[Diagnostic],
    source: str,
    fmt: str,
    max_tools: int | None,
) -> Registry:
    """Sort tools by id, keep the first `max_tools`, name functions, build the models."""
    ordered = sorted((d for d in drafts if d.endpoints), key=lambda d: d.id)
    if max_tools is not None:
        ordered = ordered[: max(max_tools, 0)]
    names = assign_function_names({e.id: e.base_name for d in ordered for e in d.endpoints})
    tools = tuple(_tool(d, names) for d in ordered)
    return Registry.model_construct(
        tools=tools, diagnostics=tuple(diagnostics), source=source, format=fmt
    )


def _tool(draft: ToolDraft, names: dict[str, str]) -> Tool:
    endpoints = tuple(
        trusted(Endpoint, {
            "id": e.id, "function_name": names[e.id], "tool_id": draft.id,
            "tool_name": draft.name, "category": draft.category, "name": e.name,
            "description": e.description, "method": e.method, "url": e.url,
            "parameters": e.parameters, "response_schema": e.response_schema,
            "response_source": e.response_source,
        })
        for e in draft.endpoints
    )
    return trusted(Tool, {
        "id": draft.id, "name": draft.name, "title": draft.title,
        "description": draft.description, "category": draft.category,
        "source_path": draft.source_path, "endpoints": endpoints,
    })


Model = TypeVar("Model", bound=BaseModel)
_ALL_SET: dict[type[BaseModel], set[str]] = {}
_new = object.__new__
_set = object.__setattr__
# BaseModel's slots, set through their descriptors: half the cost of `object.__setattr__`
# by name, which looks each one up on the class first.
_SLOTS = vars(BaseModel)
_set_fields = _SLOTS["__pydantic_fields_set__"].__set__
_set_extra = _SLOTS["__pydantic_extra__"].__set__
_set_private = _SLOTS["__pydantic_private__"].__set__


def trusted(cls: type[Model], values: dict[str, Any]) -> Model:
    """`cls.model_construct(**values)` for `values` naming every field of `cls` in field
    order: the same model without pydantic's per-field Python loop (a big corpus builds
    over 100,000 of these). Every instance shares one fields-set (all fields): frozen
    models never add to it, and `model_copy` copies it."""
    model = _new(cls)
    _set(model, "__dict__", values)
    fields_set = _ALL_SET.get(cls)
    if fields_set is None:
        fields_set = _ALL_SET[cls] = set(cls.model_fields)
    _set_fields(model, fields_set)
    _set_extra(model, None)
    _set_private(model, None)
    return model
