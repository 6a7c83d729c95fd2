"""MCP tools: a saved `tools/list` result, or the live list of a server reached over stdio.

Owns reading `{"tools": [...]}` (bare, or inside a JSON-RPC `result`) into one tool per file
whose endpoints are the MCP tools (`inputSchema` -> parameters, `outputSchema` -> output
shape), and `list_tools_stdio(command)`, which starts the server with the optional `mcp`
SDK, asks for its tools (following pagination) and returns the same document.
"""

from __future__ import annotations

import shlex
from collections import Counter
from pathlib import Path
from typing import Any

from toolgen.records import Diagnostic
from toolgen.registry import response
from toolgen.registry.bfcl import schema_params
from toolgen.registry.build import EndpointDraft, ToolDraft, make_parameters, notes_diagnostic, text
from toolgen.registry.errors import RegistryError
from toolgen.registry.files import json_files_recursive, read_json
from toolgen.registry.names import base_function_name, key_slug, unique_keys
from toolgen.registry.secrets import scrub_text

STDIO_PREFIX = "stdio:"


def mcp_tools(data: object) -> list[dict[str, Any]] | None:
    """The MCP tool objects a document holds (they carry `inputSchema`), or None."""
    if isinstance(data, dict) and isinstance(data.get("result"), dict):
        data = data["result"]
    if not isinstance(data, dict) or not isinstance(data.get("tools"), list):
        return None
    tools = [t for t in data["tools"] if isinstance(t, dict)]
    if not tools or not all(isinstance(t.get("name"), str) and "inputSchema" in t for t in tools):
        return None
    return tools


def load_mcp(root: Path) -> tuple[list[ToolDraft], list[Diagnostic]]:
    paths = [root] if root.is_file() else json_files_recursive(root)
    drafts: list[ToolDraft] = []
    diagnostics: list[Diagnostic] = []
    for path in paths:
        data = read_json(path)
        if isinstance(data, Diagnostic):
            diagnostics.append(data)
            continue
        stem = path.name.removesuffix(".json") or "_empty"
        category = path.parent.name if root.is_dir() and path.parent != root else "MCP"
        result = tools_document(data, stem, category, str(path))
        if isinstance(result, Diagnostic):
            diagnostics.append(result)
        else:
            drafts.append(result[0])
            diagnostics.extend(result[1])
    return drafts, diagnostics


def tools_document(data: object, server: str, category: str,
                   source: str) -> tuple[ToolDraft, list[Diagnostic]] | Diagnostic:
    tools = mcp_tools(data)
    if tools is None:
        return Diagnostic(path=source, reason="not an MCP tools/list result (no 'tools' with "
                          "'inputSchema')")
    draft = ToolDraft(id=f"{category}/{server}", name=server, title=server, description="",
                      category=category, source_path=source)
    notes: Counter[str] = Counter()
    keys = unique_keys([key_slug(text(t.get("name"))) for t in tools])
    for tool, key in zip(tools, keys, strict=True):
        name = text(tool.get("name"))
        raw_annotations = tool.get("annotations")
        annotations = raw_annotations if isinstance(raw_annotations, dict) else {}
        title = text(tool.get("title")) or text(annotations.get("title"))
        description = scrub_text(text(tool.get("description")) or title)
        params = make_parameters(schema_params(tool.get("inputSchema"), notes), notes)
        schema = response.from_json_schema(tool.get("outputSchema"))
        declared = schema is not None
        if schema is None:
            schema = response.infer_shape(name, description, [p.name for p in params])
        draft.endpoints.append(EndpointDraft(
            id=f"{draft.id}/{key}", base_name=base_function_name(name, ""), name=name,
            description=description, method="CALL", url="", parameters=params,
            response_schema=schema, response_source="declared" if declared else "inferred"))
    note = notes_diagnostic(source, notes)
    return draft, [note] if note else []


def list_tools_stdio(command: str, timeout_s: float = 30.0) -> dict[str, Any]:
    """`{"tools": [...]}` from an MCP server started as `command` (needs the `mcp` extra)."""
    argv = shlex.split(command)
    if not argv:
        raise RegistryError("MCP: empty server command")
    try:
        import anyio
        from mcp import ClientSession, StdioServerParameters
        from mcp.client.stdio import stdio_client
    except ImportError as exc:
        raise RegistryError("MCP over stdio needs the 'mcp' extra: pip install "
                            "'toolgen[mcp]'") from exc

    async def fetch() -> dict[str, Any]:
        params = StdioServerParameters(command=argv[0], args=argv[1:])
        tools: list[dict[str, Any]] = []
        async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            cursor: str | None = None
            while True:
                page = await _list_page(session, cursor)
                tools.extend(t.model_dump(mode="json", by_alias=True, exclude_none=True)
                             for t in page.tools)
                cursor = getattr(page, "next_cursor", None) or getattr(page, "nextCursor", None)
                if not cursor:
                    return {"tools": tools}

    async def bounded() -> dict[str, Any]:
        with anyio.fail_after(timeout_s):
            return await fetch()

    try:
        return anyio.run(bounded)
    except TimeoutError as exc:
        raise RegistryError(f"MCP server {argv[0]!r} did not list its tools within "
                            f"{timeout_s:.0f}s") from exc
    except Exception as exc:  # the SDK raises exception groups from its task groups
        raise RegistryError(f"MCP server {argv[0]!r}: {_leaf(exc)}"[:200]) from exc


async def _list_page(session: Any, cursor: str | None) -> Any:
    """One tools/list page; the SDK's pagination argument differs between mcp 1.x and 2.x."""
    if cursor is None:
        return await session.list_tools()
    import inspect

    from mcp import types

    if "params" in inspect.signature(session.list_tools).parameters:
        return await session.list_tools(params=types.PaginatedRequestParams(cursor=cursor))
    return await session.list_tools(cursor=cursor)


def _leaf(exc: BaseException) -> str:
    """The innermost message of a (nested) exception group, on one line."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return " ".join(str(exc).split()) or type(exc).__name__


def load_mcp_stdio(command: str) -> tuple[list[ToolDraft], list[Diagnostic]]:
    argv = shlex.split(command)
    server = key_slug(Path(argv[-1]).stem if argv else "server")
    result = tools_document(list_tools_stdio(command), server, "MCP", STDIO_PREFIX + command)
    if isinstance(result, Diagnostic):
        return [], [result]
    return [result[0]], result[1]
