"""Graph build: `build_graph(registry) -> EndpointGraph`, the fast core the sampler walks.

This module owns the `EndpointGraph` container (plain dicts and lists, no networkx on the
hot path) and the order in which the rules of `edges.py` are applied. Edges are stored
grouped by source, so `out_edges` is a slice and `in_edges` a prebuilt index list; both
are O(degree). A networkx view is available through `to_networkx()` for analysis.
It must not load files (that is `toolgen.registry`) nor write them (`artifacts.py`).
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from toolgen.graph.edges import (
    RawEdge,
    build_input_index,
    data_flow_edges,
    endpoint_entities,
    same_category_edges,
    same_tool_edges,
)
from toolgen.graph.fields import flatten_schema
from toolgen.records import Edge, EdgeKind, Endpoint, Registry

if TYPE_CHECKING:
    import networkx as nx

EDGE_KINDS: tuple[EdgeKind, ...] = ("data_flow", "same_tool", "same_category")


class EndpointGraph:
    """Endpoints as nodes, typed weighted `Edge`s, O(degree) neighbour look-ups.

    Edges are kept as plain tuples (`raw_edges`, see `edges.RawEdge`) and turned into
    `Edge` models only when asked for: building 800k pydantic objects up front would be
    most of the build time on a 47k-endpoint corpus.
    """

    def __init__(self, endpoints: Sequence[Endpoint], raw_edges: list[RawEdge],
                 output_types: dict[str, dict[str, str]] | None = None) -> None:
        self.endpoints: dict[str, Endpoint] = {e.id: e for e in endpoints}
        self._output_types = output_types if output_types is not None else {}
        self._by_category: dict[str, tuple[Endpoint, ...]] | None = None
        self.nodes: tuple[str, ...] = tuple(e.id for e in endpoints)
        self.raw_edges: list[RawEdge] = raw_edges
        self._models: list[Edge | None] = [None] * len(raw_edges)
        self._out: dict[str, tuple[int, int]] = {}
        self._in: dict[str, list[int]] = defaultdict(list)
        self._index()

    def _index(self) -> None:
        raw = self.raw_edges
        start = 0
        for i, edge in enumerate(raw):
            if i and edge[0] != raw[i - 1][0]:
                self._out[raw[i - 1][0]] = (start, i)
                start = i
            self._in[edge[1]].append(i)
        if raw:
            self._out[raw[-1][0]] = (start, len(raw))

    def edge(self, i: int) -> Edge:
        """Edge number `i` as a model (built once, then cached)."""
        model = self._models[i]
        if model is None:
            model = self._models[i] = _edge(self.raw_edges[i])
        return model

    @property
    def edges(self) -> list[Edge]:
        """Every edge, grouped by source in node order (materialises all models)."""
        return [self.edge(i) for i in range(len(self.raw_edges))]

    def out_edges(self, endpoint_id: str, kind: str | None = None) -> list[Edge]:
        """Edges leaving `endpoint_id` (data flow first, strongest first), optionally one kind."""
        lo, hi = self._out.get(endpoint_id, (0, 0))
        return [self.edge(i) for i in range(lo, hi)
                if kind is None or self.raw_edges[i][2] == kind]

    def in_category(self, category: str) -> tuple[Endpoint, ...]:
        """The endpoints of one category, in node order (grouped once, on first use)."""
        if self._by_category is None:
            groups: dict[str, list[Endpoint]] = {}
            for ep in self.endpoints.values():
                groups.setdefault(ep.category, []).append(ep)
            self._by_category = {c: tuple(eps) for c, eps in groups.items()}
        return self._by_category.get(category, ())

    def output_types(self, endpoint_id: str) -> dict[str, str]:
        """`{output path: JSON type}` of an endpoint's response (kept from the build for
        data-flow sources, computed and kept on first use for the others)."""
        types = self._output_types.get(endpoint_id)
        if types is None:
            schema = self.endpoints[endpoint_id].response_schema
            types = self._output_types[endpoint_id] = {
                f.path: f.json_type for f in flatten_schema(schema)}
        return types

    def out_edge_ids(self, endpoint_id: str, kind: str | None = None) -> list[int]:
        """Numbers of the edges `out_edges` returns (index into `raw_edges`; no models)."""
        lo, hi = self._out.get(endpoint_id, (0, 0))
        if kind is None:
            return list(range(lo, hi))
        raw = self.raw_edges
        return [i for i in range(lo, hi) if raw[i][2] == kind]

    def in_edges(self, endpoint_id: str, kind: str | None = None) -> list[Edge]:
        """Edges entering `endpoint_id`, in source order, optionally of one kind."""
        return [self.edge(i) for i in self._in.get(endpoint_id, ())
                if kind is None or self.raw_edges[i][2] == kind]

    def out_degree(self, endpoint_id: str) -> int:
        lo, hi = self._out.get(endpoint_id, (0, 0))
        return hi - lo

    def in_degree(self, endpoint_id: str) -> int:
        return len(self._in.get(endpoint_id, ()))

    def successors(self, endpoint_id: str, kind: str | None = None) -> list[str]:
        """Distinct targets of `out_edges`, in edge order."""
        return list(dict.fromkeys(e.target for e in self.out_edges(endpoint_id, kind)))

    def counts_by_kind(self) -> dict[str, int]:
        """Number of edges of every kind (kinds with no edge are reported as 0)."""
        counts: Counter[str] = Counter(raw[2] for raw in self.raw_edges)
        return {kind: counts.get(kind, 0) for kind in EDGE_KINDS}

    def to_networkx(self) -> nx.MultiDiGraph[str]:
        """A networkx MultiDiGraph copy (lazy import; for analysis, not for hot loops)."""
        import networkx as nx

        graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
        for node_id, ep in self.endpoints.items():
            graph.add_node(node_id, tool=ep.tool_id, category=ep.category)
        for source, target, kind, weight, field, param in self.raw_edges:
            graph.add_edge(source, target, key=f"{kind}:{param or ''}", kind=kind,
                           weight=weight, source_field=field, target_param=param)
        return graph

    def __len__(self) -> int:
        return len(self.nodes)


def build_graph(registry: Registry) -> EndpointGraph:
    """The endpoint graph of a registry (indexed rules, deterministic order)."""
    return build_graph_from_endpoints(registry.endpoints)


def build_graph_from_endpoints(endpoints: Iterable[Endpoint]) -> EndpointGraph:
    """The endpoint graph of any endpoints; ids must be unique (later duplicates dropped)."""
    with _gc_paused():
        return _build(endpoints)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic GC: the build allocates millions of acyclic tuples, and collector
    passes over a big registry's heap cost a third of the build time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build(endpoints: Iterable[Endpoint]) -> EndpointGraph:
    ordered = _unique_sorted(endpoints)
    per_source: dict[str, list[RawEdge]] = {e.id: [] for e in ordered}
    entities = endpoint_entities(ordered)
    index = build_input_index(ordered, entities)
    output_types: dict[str, dict[str, str]] = {}
    for links in data_flow_edges(ordered, entities, index, output_types):
        if links:
            per_source[links[0][0]].extend(links)
    tools = _group(ordered, lambda e: e.tool_id)
    for group in tools.values():
        for source, links in same_tool_edges(group).items():
            per_source[source].extend(links)
    for category_tools in _tools_by_category(tools).values():
        for source, links in same_category_edges(category_tools).items():
            per_source[source].extend(links)
    raw = [link for e in ordered for link in per_source[e.id]]
    return EndpointGraph(ordered, raw, output_types)


def _unique_sorted(endpoints: Iterable[Endpoint]) -> list[Endpoint]:
    by_id: dict[str, Endpoint] = {}
    for ep in endpoints:
        by_id.setdefault(ep.id, ep)
    return [by_id[k] for k in sorted(by_id)]


def _group(endpoints: Sequence[Endpoint],
           key: Callable[[Endpoint], str]) -> dict[str, list[Endpoint]]:
    groups: dict[str, list[Endpoint]] = {}
    for ep in endpoints:
        groups.setdefault(key(ep), []).append(ep)
    return groups


def _tools_by_category(tools: dict[str, list[Endpoint]]) -> dict[str, list[list[Endpoint]]]:
    by_category: dict[str, list[list[Endpoint]]] = {}
    for tool_id in sorted(tools):
        group = tools[tool_id]
        by_category.setdefault(group[0].category, []).append(group)
    return by_category


def _edge(raw: RawEdge) -> Edge:
    source, target, kind, weight, source_field, target_param = raw
    # Trusted values built here: skip pydantic validation (hundreds of thousands of edges).
    return Edge.model_construct(source=source, target=target, kind=kind, weight=weight,
                                source_field=source_field, target_param=target_param)
