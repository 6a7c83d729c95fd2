"""Input format detection: toolbench, openai or bfcl, by a vote over the corpus's files.

Owns `detect_format(path)`; it reads up to 64 files spread over the corpus (1 MB of each,
the whole file only when a large one is cut off by the peek), only regular files, and
never raises. New formats add a case to `sniff_document` and a tie-break rank.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson

from toolgen.records import Diagnostic
from toolgen.registry.files import json_files_recursive, read_bytes

FORMATS = ("toolbench", "openai", "bfcl", "openapi", "mcp")
_SAMPLE_FILES = 64
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
    head = read_bytes(path, _PEEK_BYTES)
    if isinstance(head, Diagnostic):
        if not head.reason.startswith("file too large"):
            return None
        # A multi-megabyte tool file: its keys may come after a long description.
        whole = read_bytes(path)
        if isinstance(whole, Diagnostic):
            return None
        head = whole
    try:
        return sniff_document(orjson.loads(head))
    except orjson.JSONDecodeError:
        pass
    first = head.split(b"\n", 1)[0]
    try:
        found = sniff_document(orjson.loads(first))
    except orjson.JSONDecodeError:
        return None
    # A JSON Lines file holding OpenAI-style objects is BFCL-shaped for our purposes.
    return "bfcl" if found == "openai" else found


def _sample(files: list[Path]) -> list[Path]:
    """Up to `_SAMPLE_FILES` files spread evenly over the sorted corpus (deterministic)."""
    if len(files) <= _SAMPLE_FILES:
        return files
    step = len(files) / _SAMPLE_FILES
    return [files[int(i * step)] for i in range(_SAMPLE_FILES)]


def detect_format(path: Path) -> str | None:
    """The format of a file or directory, or None when nothing recognisable was found.

    A directory is decided by a vote over files spread across the whole corpus, so one
    stray file (a `manifest.json` at the root) cannot outvote the real tool files. Ties
    go to the format whose files hold more detail (toolbench, then bfcl, then openai).
    """
    if path.is_file() and path.suffix in (".yaml", ".yml"):
        return "openapi" if _yaml_spec_head(path) else None
    if path.is_file():
        return sniff_file(path)
    votes: Counter[str] = Counter()
    for file in _sample(json_files_recursive(path)):
        found = sniff_file(file)
        if found:
            votes[found] += 1
    if not votes:
        return None
    order = {"toolbench": 0, "bfcl": 1, "openapi": 2, "mcp": 3, "openai": 4}
    return min(votes, key=lambda fmt: (-votes[fmt], order.get(fmt, len(order)), fmt))


def _yaml_spec_head(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return any(line.startswith((b"openapi:", b"swagger:")) for line in head.splitlines())
