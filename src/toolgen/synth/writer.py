"""Writing synthesized tools as a ToolBench-layout corpus: `DIR/tools/<Category>/<tool>.json`.

Owns the file shape (ToolBench tool keys, endpoint shape A with a JSON-Schema `schema`,
4-space indent, sorted by nothing but the plan's order) and the `manifest.json` beside it
(domain, seed, sources; no timestamps, so the same inputs give identical bytes).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from toolgen.synth.spec import EndpointSpec, ParamSpec, ToolSpec


def tool_document(tool: ToolSpec) -> dict[str, Any]:
    host = tool.endpoints[0].path.split("/")[2] if tool.endpoints else ""
    return {
        "tool_name": tool.name, "tool_description": tool.description, "title": tool.name,
        "pricing": "FREE", "score": None, "home_url": f"https://{host}", "host": host,
        "api_list": [_endpoint(e) for e in tool.endpoints], "standardized_name": tool.slug,
    }


def _endpoint(e: EndpointSpec) -> dict[str, Any]:
    return {
        "name": e.name, "url": e.path, "description": e.description, "method": e.method,
        "required_parameters": [_param(p) for p in e.params if p.required],
        "optional_parameters": [_param(p) for p in e.params if not p.required],
        "statuscode": 200, "schema": e.response,
    }


def _param(p: ParamSpec) -> dict[str, Any]:
    return {"name": p.name, "type": p.type_label, "description": p.description,
            "default": p.default}


def write_corpus(tools: list[ToolSpec], out_dir: Path, manifest: dict[str, Any]) -> list[Path]:
    """Write one file per tool plus manifest.json; returns the tool file paths."""
    written: list[Path] = []
    for tool in tools:
        folder = out_dir / "tools" / tool.category
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{tool.slug}.json"
        path.write_text(json.dumps(tool_document(tool), indent=4, ensure_ascii=False),
                        encoding="utf-8")
        written.append(path)
    body = json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    (out_dir / "manifest.json").write_text(body, encoding="utf-8")
    return written
