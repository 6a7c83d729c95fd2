"""Input format detection: toolbench, openai or bfcl, from a peek at a few files.

Owns `detect_format(path)`; it reads at most a handful of files (the first line of each
where the file is JSON Lines) and never raises.
"""

from __future__ import annotations

from pathlib import Path

import orjson

from toolgen.registry.files import json_files_recursive

FORMATS = ("toolbench", "openai", "bfcl", "openapi", "mcp")
_PEEK_FILES = 8
_PEEK_BYTES = 1 << 20


def sniff_document(data: object) -> str | None:
    from toolgen.registry.bfcl import functions_in
    from toolgen.registry.mcp import mcp_tools
    from toolgen.registry.openai_tools import function_objects
    from toolgen.registry.openapi import is_spec

    if isinstance(data, dict) and isinstance(data.get("api_list"), list):
        return "toolbench"
    if is_spec(data):
        return "openapi"
    if mcp_tools(data) is not None:
        return "mcp"
    if isinstance(data, dict) and isinstance(data.get("function"), list | dict):
        return "bfcl"
    if isinstance(data, dict) and _is_bfcl_function(data):
        return "bfcl"
    if function_objects(data) is not None:
        return "openai"
    if isinstance(data, dict) and functions_in(data):
        return "bfcl"
    return None


def _is_bfcl_function(data: dict[str, object]) -> bool:
    params = data.get("parameters")
    return isinstance(params, dict) and params.get("type") == "dict"


def sniff_file(path: Path) -> str | None:
    try:
        with path.open("rb") as handle:
            head = handle.read(_PEEK_BYTES)
    except OSError:
        return None
    try:
        return sniff_document(orjson.loads(head))
    except orjson.JSONDecodeError:
        pass
    first = head.split(b"\n", 1)[0]
    try:
        found = sniff_document(orjson.loads(first))
    except orjson.JSONDecodeError:
        # A multi-megabyte tool file is cut off by the peek; its top-level key still shows.
        return "toolbench" if b'"api_list"' in head else None
    # A JSON Lines file holding OpenAI-style objects is BFCL-shaped for our purposes.
    return "bfcl" if found == "openai" else found


def detect_format(path: Path) -> str | None:
    """The format of a file or directory, or None when nothing recognisable was found."""
    if path.is_file() and path.suffix in (".yaml", ".yml"):
        return "openapi" if _yaml_spec_head(path) else None
    files = [path] if path.is_file() else json_files_recursive(path)
    seen = 0
    for file in files:
        try:
            if file.stat().st_size == 0:
                continue
        except OSError:
            continue
        found = sniff_file(file)
        if found:
            return found
        seen += 1
        if seen >= _PEEK_FILES:
            break
    return None


def _yaml_spec_head(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return any(line.startswith((b"openapi:", b"swagger:")) for line in head.splitlines())
