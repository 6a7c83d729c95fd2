"""Reading the graph artifacts (`toolgen build`) for the dashboard, without loading them whole.

Owns: streaming `nodes.jsonl` / `edges.jsonl`, keeping only the part of the endpoint graph a
dataset touches (the browser never needs the full corpus graph), and the totals the
overview's coverage figures divide by. Must not build or modify a graph.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from toolgen.records import Edge

# Node attributes the Graph tab shows; anything else in nodes.jsonl stays out of the bundle.
NODE_FIELDS = ("id", "function_name", "tool_name", "category", "name", "method")

# A dataset can touch many endpoints of a dense category graph; beyond this many edges the
# subgraph is cut (data_flow edges first, they are the ones chains follow).
MAX_SUBGRAPH_EDGES = 50_000


class ArtifactError(ValueError):
    """A graph artifact that is missing a required file or has an unreadable line."""


@dataclass
class GraphSlice:
    """The touched subgraph plus the totals of the whole graph."""

    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    total_nodes: int = 0
    total_edges: int = 0
    edges_by_kind: Counter[str] = field(default_factory=Counter)
    covered_by_kind: Counter[str] = field(default_factory=Counter)
    covered_edges: int = 0
    traversed: set[tuple[str, str]] = field(default_factory=set)
    available: bool = False

    def resolve(self, ref: str) -> str:
        """An endpoint id for `ref`, which may be an id or a function name."""
        return self._function_to_id.get(ref, ref)

    _function_to_id: dict[str, str] = field(default_factory=dict)


def _jsonl(path: Path) -> Iterator[tuple[int, Any]]:
    with path.open("rb") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield lineno, orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                raise ArtifactError(f"{path}:{lineno}: not JSON ({exc})") from exc


def load_graph_slice(
    artifacts: Path | None, touched: set[str], hops: set[tuple[str, str]]
) -> GraphSlice:
    """Nodes in `touched` (endpoint ids or function names) and the edges between them.

    `hops` are the (from, to) steps conversations took; an edge is covered when some hop
    runs along it. Memory stays bounded by the dataset, not by the graph's edge count.
    Returns an empty, `available=False` slice when there are no artifacts: the dashboard
    still works, it just cannot draw the graph or report coverage.
    """
    out = GraphSlice()
    if artifacts is None:
        return out
    nodes_path, edges_path = artifacts / "nodes.jsonl", artifacts / "edges.jsonl"
    if not nodes_path.is_file() or not edges_path.is_file():
        raise ArtifactError(
            f"{artifacts}: expected nodes.jsonl and edges.jsonl (run `toolgen build`)"
        )
    out.available = True
    for lineno, node in _jsonl(nodes_path):
        if not isinstance(node, dict) or not isinstance(node.get("id"), str):
            raise ArtifactError(f"{nodes_path}:{lineno}: a node needs a string 'id'")
        out.total_nodes += 1
        node_id = node["id"]
        fn = node.get("function_name")
        if isinstance(fn, str):
            out._function_to_id[fn] = node_id
        if node_id in touched or fn in touched:
            out.nodes.append({k: node[k] for k in NODE_FIELDS if k in node})
    kept_ids = {n["id"] for n in out.nodes}
    out.traversed = {(out.resolve(a), out.resolve(b)) for a, b in hops}
    seen: set[tuple[str, str, str]] = set()
    kept: list[Edge] = []
    for lineno, raw in _jsonl(edges_path):
        try:
            edge = Edge.model_validate(raw)
        except ValueError as exc:
            raise ArtifactError(f"{edges_path}:{lineno}: not an edge ({exc})") from exc
        out.total_edges += 1
        out.edges_by_kind[edge.kind] += 1
        key = (edge.source, edge.target)
        if key in out.traversed and (*key, edge.kind) not in seen:
            seen.add((*key, edge.kind))
            out.covered_edges += 1
            out.covered_by_kind[edge.kind] += 1
        if edge.source in kept_ids and edge.target in kept_ids:
            kept.append(edge)
    kept.sort(key=lambda e: (e.kind != "data_flow", -e.weight))
    out.edges = [e.model_dump(mode="json", exclude_none=True) for e in kept[:MAX_SUBGRAPH_EDGES]]
    return out
