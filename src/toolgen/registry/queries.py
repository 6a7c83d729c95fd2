"""Response hints from outside the tool files: query `template_response` and `response_examples`.

Owns `load_template_responses(dir)`: walks ToolBench/StableToolBench query files (lists of
queries whose `api_list` entries carry `template_response`) and per-tool `response_examples`
files (`{"api_list": [{"name", "schema"}]}`), keyed by (tool name, api name).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from toolgen.records.tools import ResponseSource
from toolgen.registry.files import json_files_recursive, read_json
from toolgen.registry.response import from_template

Hint = tuple[dict[str, Any], ResponseSource]


def load_template_responses(queries_dir: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """(tool_name, api_name) -> response schema, from every query/response-example file."""
    return {key: schema for key, (schema, _source) in load_response_hints(queries_dir).items()}


def load_response_hints(queries_dir: Path) -> dict[tuple[str, str], Hint]:
    hints: dict[tuple[str, str], Hint] = {}
    for path in json_files_recursive(queries_dir):
        data = read_json(path)
        if isinstance(data, list):
            _from_queries(data, hints)
        elif isinstance(data, dict) and isinstance(data.get("api_list"), list):
            _from_response_examples(path, data["api_list"], hints)
    return hints


def _from_queries(queries: list[Any], hints: dict[tuple[str, str], Hint]) -> None:
    for query in queries:
        api_list = query.get("api_list") if isinstance(query, dict) else None
        if not isinstance(api_list, list):
            continue
        for api in api_list:
            if not isinstance(api, dict) or "template_response" not in api:
                continue
            key = (str(api.get("tool_name", "")), str(api.get("api_name", "")))
            if key in hints:
                continue
            schema = from_template(api["template_response"])
            if schema:
                hints[key] = (schema, "template_response")


def _from_response_examples(
    path: Path, api_list: list[Any], hints: dict[tuple[str, str], Hint]
) -> None:
    # These files are named after the tool's file stem, not its display name.
    stem = path.name.removesuffix(".json")
    for api in api_list:
        if isinstance(api, dict) and "name" in api:
            schema = from_template(api.get("schema"))
            key = (stem, str(api["name"]))
            if schema and key not in hints:
                hints[key] = (schema, "response_examples")
