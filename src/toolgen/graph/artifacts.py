"""Build artifacts: registry, graph nodes/edges, stats and Markdown diagrams on disk.

This module owns the `toolgen build` job (`run_build`: load, build the graph, write) and
the artifact layout under the output directory:

    registry.json        the normalised registry (tools, endpoints, diagnostics)
    nodes.jsonl          one endpoint per line (ids, inputs, output paths, degrees)
    edges.jsonl          one edge per line (source, target, kind, weight, field, param)
    stats.json           {"tools", "endpoints", "edges": {kind: n}, "diagnostics": [...],
                          "set_aside": {"endpoints", "by_reason", "ids": {id: reasons}}}
    graph.md             index of the diagrams
    categories/<c>.md    one Mermaid diagram per category (at most 25 nodes)
    chains.md            the strongest data-flow chains

Output is deterministic (sorted, no timestamps). It must not print (the CLI does).
Files are streamed a tool, node or edge at a time: on a 47k-endpoint corpus the whole
registry as one dict and the edge list as one byte string would double peak memory.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from toolgen.graph.build import EndpointGraph, build_graph
from toolgen.graph.columns import EDGE_KINDS, NO_LABEL
from toolgen.graph.edges import RawEdge
from toolgen.graph.mermaid import category_diagram, chains_markdown, inner_flow_degrees
from toolgen.records import Diagnostic, Registry, Tool

if TYPE_CHECKING:
    from toolgen.registry.realisable import Assessment

MAX_NODE_OUTPUTS = 32
_SLUG = re.compile(r"[^A-Za-z0-9_-]+")
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class DiagnosticGroup:
    """Diagnostics sharing one reason: how many, and a few example paths."""

    reason: str
    count: int
    examples: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What `run_build` produced: the loaded registry, its graph, stats and written files."""

    registry: Registry
    graph: EndpointGraph
    stats: dict[str, Any]
    out_dir: Path
    files: tuple[Path, ...]


def run_build(toolenv: Path | None, fmt: str, max_tools: int | None,
              out_dir: Path) -> BuildReport:
    """Load a corpus (None = bundled), build its graph and write every artifact.

    Raises `toolgen.registry.RegistryError` when nothing usable loads.
    """
    from toolgen.registry import load_registry

    registry = load_registry(toolenv, fmt=fmt, max_tools=max_tools)
    graph = build_graph(registry)
    files = write_artifacts(registry, graph, out_dir)
    return BuildReport(registry, graph, build_stats(registry, graph), out_dir, files)


def build_stats(registry: Registry, graph: EndpointGraph,
                assessment: Assessment | None = None) -> dict[str, Any]:
    """The `stats.json` content (counts, edges by kind, every diagnostic, the endpoints
    generation sets aside as not realisable offline and why: `assessment` when the caller
    has judged them already)."""
    from toolgen.registry.realisable import assess_endpoints

    categories = Counter(ep.category for ep in registry.endpoints)
    return {
        "source": registry.source,
        "format": registry.format,
        "tools": len(registry.tools),
        "endpoints": len(registry.endpoints),
        "categories": dict(sorted(categories.items())),
        "edges": graph.counts_by_kind(),
        "diagnostics": [{"path": d.path, "reason": d.reason} for d in registry.diagnostics],
        "set_aside": (assessment or assess_endpoints(registry.endpoints)).as_dict(),
    }


def write_artifacts(registry: Registry, graph: EndpointGraph, out_dir: Path,
                    encode_tool: Callable[[Tool], bytes] | None = None,
                    stats: dict[str, Any] | None = None) -> tuple[Path, ...]:
    """Write all artifacts under `out_dir` (created if needed); returns the files written.

    `encode_tool` gives a tool's JSON bytes (default: `orjson.dumps` of its JSON dump);
    a caller that needs the bytes for more than `registry.json` passes its own.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    files = [
        _stream(out_dir / "registry.json", _registry_chunks(registry, encode_tool or _tool_json)),
        _stream(out_dir / "nodes.jsonl", node_lines(graph)),
        _stream(out_dir / "edges.jsonl", edge_lines(graph)),
        _write(out_dir / "stats.json",
               orjson.dumps(stats or build_stats(registry, graph), option=orjson.OPT_INDENT_2)),
        _write(out_dir / "chains.md", chains_markdown(graph).encode("utf-8")),
    ]
    files.extend(_write_category_diagrams(graph, out_dir))
    return tuple(files)


def _write_category_diagrams(graph: EndpointGraph, out_dir: Path) -> list[Path]:
    folder = out_dir / "categories"
    folder.mkdir(exist_ok=True)
    categories = sorted({ep.category for ep in graph.endpoints.values()})
    slugs = category_slugs(categories)
    degrees = inner_flow_degrees(graph)
    files = [_write(folder / f"{slugs[c]}.md",
                    category_diagram(graph, c, degrees).encode("utf-8"))
             for c in categories]
    index = ["# Endpoint graph", "", "- [Strongest data-flow chains](chains.md)", ""]
    index.extend(f"- [{c}](categories/{slugs[c]}.md)" for c in categories)
    files.append(_write(out_dir / "graph.md", ("\n".join(index) + "\n").encode("utf-8")))
    return files


def category_slugs(categories: list[str]) -> dict[str, str]:
    """File-safe, unique names for categories (`Finance` and `finance` stay distinct)."""
    slugs: dict[str, str] = {}
    used: set[str] = set()
    for category in categories:
        base = _SLUG.sub("_", category).strip("_").lower() or "category"
        slug, n = base, 2
        while slug in used:
            slug, n = f"{base}_{n}", n + 1
        used.add(slug)
        slugs[category] = slug
    return slugs


def node_lines(graph: EndpointGraph) -> Iterator[bytes]:
    """`nodes.jsonl`, a few hundred lines at a time: one line per endpoint (its id, names,
    inputs, up to `MAX_NODE_OUTPUTS` output paths in flattening order, and degrees), the
    degrees read from the offset columns by its number (not looked up by id and measured
    as a range, 47,000 times on a big corpus)."""
    cols = graph.columns
    out_offsets, in_offsets, endpoints = cols.out_offsets, cols.in_offsets, graph.endpoints
    dumps, newline = orjson.dumps, orjson.OPT_APPEND_NEWLINE
    chunk: list[bytes] = []
    for k, node in enumerate(graph.nodes):
        ep = endpoints[node]
        chunk.append(dumps({
            "id": ep.id,
            "function_name": ep.function_name,
            "tool_id": ep.tool_id,
            "tool_name": ep.tool_name,
            "category": ep.category,
            "name": ep.name,
            "method": ep.method,
            "inputs": [{"name": p.name, "required": p.required} for p in ep.parameters],
            "outputs": list(itertools.islice(graph.output_types(node), MAX_NODE_OUTPUTS)),
            "out_degree": out_offsets[k + 1] - out_offsets[k],
            "in_degree": in_offsets[k + 1] - in_offsets[k],
        }, option=newline))
        if len(chunk) == _LINES_PER_CHUNK:
            yield b"".join(chunk)
            chunk = []
    if chunk:
        yield b"".join(chunk)


_LINES_PER_CHUNK = 512


def edge_record(raw: RawEdge) -> dict[str, Any]:
    """One line of `edges.jsonl`: the fields of `toolgen.records.Edge`, from the raw tuple."""
    source, target, kind, weight, source_field, target_param = raw
    return {"source": source, "target": target, "kind": kind, "weight": weight,
            "source_field": source_field, "target_param": target_param}


def edge_lines(graph: EndpointGraph) -> Iterator[bytes]:
    """`edges.jsonl`, a source node's lines at a time: the lines of `edge_record`, byte for
    byte, put together from each node's, label's and weight's JSON encoded once (dicts
    and `orjson.dumps` per edge were most of writing 934,000 edges)."""
    cols = graph.columns
    # Concatenated at once: an `orjson.dumps` result keeps orjson's whole buffer (kilobytes
    # for a short string), and 47,000 of them kept would take 200 MB.
    heads = [b'{"source":' + orjson.dumps(n) + b',"target":' for n in graph.nodes]
    targets = [orjson.dumps(n) + b',"kind":' for n in graph.nodes]
    fields = [orjson.dumps(label) + b',"target_param":' for label in cols.labels]
    params = [orjson.dumps(label) + b"}\n" for label in cols.labels]
    no_field, no_param = b'null,"target_param":', b"null}\n"
    middles: dict[tuple[int, float], bytes] = {}
    kinds, weights = graph.edge_kinds, graph.edge_weights
    offsets, field_ids, param_ids = cols.out_offsets, cols.field_ids, cols.param_ids
    for k, head in enumerate(heads):
        chunk: list[bytes] = []
        for i in range(offsets[k], offsets[k + 1]):
            pair = (kinds[i], weights[i])
            middle = middles.get(pair)
            if middle is None:
                middle = middles[pair] = (orjson.dumps(EDGE_KINDS[pair[0]]) + b',"weight":'
                                          + orjson.dumps(pair[1]) + b',"source_field":')
            f, p = field_ids[i], param_ids[i]
            chunk += (head, targets[cols.targets[i]], middle,
                      no_field if f == NO_LABEL else fields[f],
                      no_param if p == NO_LABEL else params[p])
        if chunk:
            yield b"".join(chunk)


def group_diagnostics(diagnostics: tuple[Diagnostic, ...],
                      examples: int = 3) -> list[DiagnosticGroup]:
    """Diagnostics grouped by reason (most frequent first) with a few example paths."""
    paths: dict[str, list[str]] = {}
    for d in diagnostics:
        for kind in reason_kinds(d.reason):
            paths.setdefault(kind, []).append(d.path)
    groups = [DiagnosticGroup(reason, len(p), tuple(p[:examples])) for reason, p in paths.items()]
    return sorted(groups, key=lambda g: (-g.count, g.reason))


def reason_kinds(reason: str) -> list[str]:
    """The general kinds in a reason: 'altered: 2 x; 1 y' -> ['altered: N x', 'altered: N y']."""
    prefix, sep, rest = reason.partition(": ")
    if not sep:
        prefix, rest = "", reason
    kinds = []
    for part in rest.split("; "):
        general = _NUMBER.sub("N", part.strip())[:80]
        kinds.append(f"{prefix}: {general}" if prefix else general or "unknown")
    return list(dict.fromkeys(kinds))


def _tool_json(tool: Tool) -> bytes:
    return orjson.dumps(tool.model_dump(mode="json"))


def _registry_chunks(registry: Registry, encode: Callable[[Tool], bytes]) -> Iterable[bytes]:
    """`orjson.dumps(registry.model_dump(mode="json"))`, byte for byte, a tool at a time."""
    yield b'{"tools":['
    for i, tool in enumerate(registry.tools):
        yield (b"," if i else b"") + encode(tool)
    rest = registry.model_dump(mode="json", exclude={"tools"})
    yield b"]," + orjson.dumps(rest)[1:]


def _stream(path: Path, chunks: Iterable[bytes]) -> Path:
    with path.open("wb", buffering=1 << 20) as handle:
        for chunk in chunks:
            handle.write(chunk)
    return path


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
