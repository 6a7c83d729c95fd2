"""`load_registry`: resolve the path, pick the format, run its loader, build the Registry.

Owns the dispatch only; format specifics live in `toolbench`, `openai_tools` and `bfcl`.
`load_corpus` also returns the corpus's credential-like values: for a ToolBench directory
they come from the documents the loader decoded anyway (one read of the corpus), and
only the files it did not decode are read again for them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from toolgen.heap import collector_paused
from toolgen.records import Diagnostic, Registry
from toolgen.registry.bfcl import load_bfcl
from toolgen.registry.build import ToolDraft, finish
from toolgen.registry.detect import FORMATS, detect_format
from toolgen.registry.errors import RegistryError
from toolgen.registry.mcp import STDIO_PREFIX, load_mcp, load_mcp_stdio
from toolgen.registry.openai_tools import load_openai
from toolgen.registry.openapi import load_openapi
from toolgen.registry.queries import load_response_hints
from toolgen.registry.secrets import secrets_by_file
from toolgen.registry.toolbench import Scan, load_toolbench

# Inside the package so a wheel ships it; `data/toolenv` at the repository root is a
# symlink to it, the path the README documents.
_BUNDLED = Path(__file__).resolve().parents[1] / "data" / "toolenv" / "tools"


def bundled_corpus() -> Path:
    """The bundled corpus, `toolgen/data/toolenv/tools` inside the installed package."""
    return _BUNDLED


@dataclass(frozen=True, slots=True)
class Corpus:
    """A loaded registry and the credential-like values of the files it came from."""

    registry: Registry
    secrets: frozenset[str]
    found_in: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """The files (`str(path)`) holding those values, with each one's: reading just these
    finds them all."""

    @property
    def secret_files(self) -> frozenset[str]:
        return frozenset(self.found_in)


def load_corpus(
    path: Path,
    fmt: str = "auto",
    max_tools: int | None = None,
    queries: Path | None = None,
) -> Corpus:
    """`load_registry` plus `collect_corpus_secrets(path)`, reading the corpus once.

    When `max_tools` stops a ToolBench walk early, the files it never read hold no
    loaded tool and are not scanned.
    """
    scan = Scan()
    registry = load_registry(path, fmt, max_tools, queries, scan)
    found_in = dict(scan.found_in)
    if not scan.stopped_early:
        found_in.update(secrets_by_file(path, skip=scan.decoded))
    secrets = frozenset(s for found in found_in.values() for s in found)
    return Corpus(registry, secrets, {f: frozenset(v) for f, v in found_in.items()})


def load_registry(
    path: Path | None = None,
    fmt: str = "auto",
    max_tools: int | None = None,
    queries: Path | None = None,
    scan: Scan | None = None,
) -> Registry:
    """Load a corpus into a Registry; raise RegistryError only when nothing usable loads.

    `scan`, for a ToolBench directory, collects what the walk saw (see `load_corpus`).
    """
    with collector_paused():
        return _load(path, fmt, max_tools, queries, scan)


def _load(path: Path | None, fmt: str, max_tools: int | None, queries: Path | None,
          scan: Scan | None) -> Registry:
    root = Path(path) if path is not None else bundled_corpus()
    if str(path or "").startswith(STDIO_PREFIX):
        drafts, diagnostics = load_mcp_stdio(str(path)[len(STDIO_PREFIX):])
        return _finish_or_raise(finish(drafts, diagnostics, str(path), "mcp", max_tools),
                                diagnostics, str(path), "mcp")
    if fmt not in ("auto", *FORMATS):
        raise RegistryError(f"{root}: unknown format {fmt!r} (expected auto, {', '.join(FORMATS)})")
    if not root.exists():
        raise RegistryError(f"{root}: no such file or directory")
    if root.is_dir() and (root / "tools").is_dir() and fmt in ("auto", "toolbench"):
        root = root / "tools"
    chosen = detect_format(root) if fmt == "auto" else fmt
    if chosen is None:
        raise RegistryError(f"{root}: no recognisable tool definitions (empty or unknown format)")
    drafts, diagnostics = _run(chosen, root, queries, max_tools, scan)
    registry = finish(drafts, diagnostics, str(root), chosen, max_tools)
    return _finish_or_raise(registry, diagnostics, str(root), chosen)


def _finish_or_raise(registry: Registry, diagnostics: list[Diagnostic], root: str,
                     chosen: str) -> Registry:
    if not registry.tools:
        reason = diagnostics[0].reason if diagnostics else "no tool files"
        raise RegistryError(f"{root}: nothing usable loaded as {chosen} ({reason})")
    return registry


def _run(fmt: str, root: Path, queries: Path | None, max_tools: int | None,
         scan: Scan | None) -> tuple[list[ToolDraft], list[Diagnostic]]:
    if fmt == "toolbench":
        if root.is_file():
            from toolgen.registry.toolbench import load_tool_file

            result = load_tool_file(root, root.parent.name, {})
            return ([], [result]) if isinstance(result, Diagnostic) else ([result[0]], result[1])
        hints = load_response_hints(queries) if queries is not None else None
        return load_toolbench(root, hints, max_tools, scan)
    if fmt == "openai":
        return load_openai(root)
    if fmt == "openapi":
        return load_openapi(root)
    if fmt == "mcp":
        return load_mcp(root)
    return load_bfcl(root)
