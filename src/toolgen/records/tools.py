"""Normalised tool definitions: Parameter, Endpoint, Tool, Diagnostic, Registry.

Every input format (ToolBench, OpenAI tools, BFCL) is loaded into these models by
`toolgen.registry`. Function names are OpenAI-valid and unique across a registry; the
endpoint id is the stable key everything else refers to.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any, Literal

from pydantic import Field

from toolgen.records.base import Frozen, JsonValue

ResponseSource = Literal[
    "schema", "body", "test_endpoint", "template_response", "response_examples", "declared",
    "inferred",
]


class Parameter(Frozen):
    """One argument of an endpoint, with its JSON Schema and the corpus' raw spelling."""

    name: str = Field(description="Argument name as offered to the model (unique per endpoint).")
    raw_name: str = Field(description="Name as written in the corpus.")
    type_label: str = Field(description="Raw type label from the corpus, e.g. 'DATE (YYYY-MM-DD)'.")
    json_schema: dict[str, Any] = Field(description="JSON Schema of the value (type, enum, ...).")
    required: bool
    description: str = ""
    default: JsonValue = None
    has_default: bool = False


class Endpoint(Frozen):
    """One callable API endpoint: a node of the endpoint graph and one offered function."""

    id: str = Field(description="Stable endpoint id: '<tool_id>/<endpoint key>'.")
    function_name: str = Field(description="OpenAI-valid function name, unique in the registry.")
    tool_id: str
    tool_name: str
    category: str
    name: str = Field(description="Display name from the corpus.")
    description: str = ""
    method: str = "GET"
    url: str = ""
    parameters: tuple[Parameter, ...] = ()
    response_schema: dict[str, Any] = Field(default_factory=dict)
    response_source: ResponseSource = "inferred"

    def parameters_schema(self) -> dict[str, Any]:
        """The OpenAI `parameters` object (JSON Schema of the arguments)."""
        props: dict[str, Any] = {}
        for p in self.parameters:
            schema = dict(p.json_schema)
            if p.description:
                schema["description"] = p.description
            if p.has_default:
                schema["default"] = p.default
            props[p.name] = schema
        required = [p.name for p in self.parameters if p.required]
        return {"type": "object", "properties": props, "required": required}

    def openai_tool(self) -> dict[str, Any]:
        """The function schema offered to the assistant, OpenAI `tools` style."""
        desc = self.description or self.name
        if self.tool_name and self.tool_name not in desc:
            desc = f"{self.tool_name}: {desc}"
        return {
            "type": "function",
            "function": {
                "name": self.function_name,
                "description": desc[:1024],
                "parameters": self.parameters_schema(),
            },
        }


class Tool(Frozen):
    """A tool (an API product) grouping endpoints under one category."""

    id: str = Field(description="Stable tool id: '<category>/<file stem or name>'.")
    name: str
    title: str = ""
    description: str = ""
    category: str
    source_path: str = ""
    endpoints: tuple[Endpoint, ...] = ()


class Diagnostic(Frozen):
    """A file or endpoint the loader could not use (or had to alter), and why."""

    path: str
    reason: str


class Registry(Frozen):
    """All tools loaded from one corpus, plus what was skipped and why."""

    tools: tuple[Tool, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    source: str = ""
    format: str = ""

    @cached_property
    def endpoints(self) -> tuple[Endpoint, ...]:
        return tuple(e for t in self.tools for e in t.endpoints)

    @cached_property
    def by_id(self) -> dict[str, Endpoint]:
        return {e.id: e for e in self.endpoints}

    @cached_property
    def by_function(self) -> dict[str, Endpoint]:
        return {e.function_name: e for e in self.endpoints}

    @cached_property
    def tools_by_id(self) -> dict[str, Tool]:
        return {t.id: t for t in self.tools}
