"""Graph build: `build_graph(registry) -> EndpointGraph`, the fast core the sampler walks.

This module owns the `EndpointGraph` container (plain arrays, `columns.py`; no networkx
on the hot path) and the order in which the rules of `edges.py` are applied. Edges are
stored grouped by source, so `out_edges` is a slice and `in_edges` a prebuilt index
slice; both are O(degree). A networkx view is available through `to_networkx()`.
It must not load files (that is `toolgen.registry`) nor write them (`artifacts.py`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from toolgen.graph.columns import EDGE_KINDS, KIND_CODE, NO_LABEL, GraphColumns, assemble_columns
from toolgen.graph.edges import (
    RawEdge,
    build_input_index,
    data_flow_edges,
    endpoint_entities,
    same_category_targets,
    same_tool_targets,
)
from toolgen.graph.fields import flatten_schema
from toolgen.heap import collector_paused
from toolgen.records import Edge, Endpoint, Registry

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["EDGE_KINDS", "EndpointGraph", "build_graph", "build_graph_from_endpoints"]


class EndpointGraph:
    """Endpoints as nodes, typed weighted `Edge`s, O(degree) neighbour look-ups.

    The graph is its columns (`graph.columns`): node facts and one array per edge
    attribute. `Edge` models are made only when asked for (building 800k pydantic objects
    up front would be most of the build time on a 47k-endpoint corpus), and `endpoints`
    may be lazy (a prepared corpus materialises an Endpoint on first use): walking the
    graph needs only the columns.
    """

    def __init__(self, endpoints: Mapping[str, Endpoint], columns: GraphColumns,
                 raw_edges: list[RawEdge] | None = None,
                 output_types: dict[str, dict[str, str]] | None = None) -> None:
        self.endpoints: Mapping[str, Endpoint] = endpoints
        self.columns = columns
        self.nodes: tuple[str, ...] = columns.nodes
        nodes, facts = columns.nodes, columns.facts
        self._pos = {node: k for k, node in enumerate(nodes)}
        self.tool_ids: dict[str, str] = dict(zip(nodes, facts.tool_ids, strict=True))
        self.categories: dict[str, str] = dict(zip(nodes, facts.categories, strict=True))
        self.edge_targets: list[str] = [nodes[t] for t in columns.targets]
        self.edge_sources: list[str] = _sources(nodes, columns.out_offsets)
        self.edge_kinds: bytes = columns.kinds
        self.edge_weights = columns.weights
        self.edge_fits: bytes = columns.fits
        self._raw = raw_edges
        self._output_types = output_types if output_types is not None else {}
        self._by_category: dict[str, tuple[str, ...]] | None = None
        self._models: dict[int, Edge] = {}

    @property
    def raw_edges(self) -> list[RawEdge]:
        """Every edge as a plain tuple (`edges.RawEdge`), grouped by source in node order
        (made on first use and kept: `iter_raw_edges` keeps nothing)."""
        if self._raw is None:
            self._raw = list(self.iter_raw_edges())
        return self._raw

    def iter_raw_edges(self) -> Iterator[RawEdge]:
        """Every edge as a plain tuple, one at a time."""
        labels = self.columns.labels
        fields = (None if i == NO_LABEL else labels[i] for i in self.columns.field_ids)
        params = (None if i == NO_LABEL else labels[i] for i in self.columns.param_ids)
        kinds = (EDGE_KINDS[k] for k in self.edge_kinds)
        return zip(self.edge_sources, self.edge_targets, kinds, self.edge_weights, fields,
                   params, strict=True)

    def edge(self, i: int) -> Edge:
        """Edge number `i` as a model (built once, then cached)."""
        model = self._models.get(i)
        if model is None:
            cols = self.columns
            field, param = cols.field_ids[i], cols.param_ids[i]
            # Trusted values built here: skip pydantic validation.
            model = self._models[i] = Edge.model_construct(
                source=self.edge_sources[i], target=self.edge_targets[i],
                kind=EDGE_KINDS[self.edge_kinds[i]], weight=self.edge_weights[i],
                source_field=None if field == NO_LABEL else cols.labels[field],
                target_param=None if param == NO_LABEL else cols.labels[param])
        return model

    @property
    def edges(self) -> list[Edge]:
        """Every edge, grouped by source in node order (materialises all models)."""
        return [self.edge(i) for i in range(len(self.edge_kinds))]

    @property
    def positions(self) -> Mapping[str, int]:
        """Each node's number (its place in `nodes` and in the node columns)."""
        return self._pos

    def _span(self, endpoint_id: str) -> range:
        k = self._pos.get(endpoint_id)
        if k is None:
            return range(0)
        offsets = self.columns.out_offsets
        return range(offsets[k], offsets[k + 1])

    def out_edges(self, endpoint_id: str, kind: str | None = None) -> list[Edge]:
        """Edges leaving `endpoint_id` (data flow first, strongest first), optionally one kind."""
        return [self.edge(i) for i in self.out_edge_ids(endpoint_id, kind)]

    def out_edge_ids(self, endpoint_id: str, kind: str | None = None) -> list[int]:
        """Numbers of the edges `out_edges` returns (index into the edge columns)."""
        span = self._span(endpoint_id)
        if kind is None:
            return list(span)
        code, kinds = KIND_CODE.get(kind, -1), self.edge_kinds
        return [i for i in span if kinds[i] == code]

    def in_edge_ids(self, endpoint_id: str, kind: str | None = None) -> list[int]:
        """Numbers of the edges entering `endpoint_id`, in source order."""
        k = self._pos.get(endpoint_id)
        if k is None:
            return []
        cols = self.columns
        ids = cols.in_order[cols.in_offsets[k]:cols.in_offsets[k + 1]]
        if kind is None:
            return list(ids)
        code, kinds = KIND_CODE.get(kind, -1), self.edge_kinds
        return [i for i in ids if kinds[i] == code]

    def in_edges(self, endpoint_id: str, kind: str | None = None) -> list[Edge]:
        """Edges entering `endpoint_id`, in source order, optionally of one kind."""
        return [self.edge(i) for i in self.in_edge_ids(endpoint_id, kind)]

    def in_category(self, category: str) -> tuple[Endpoint, ...]:
        """The endpoints of one category, in node order (grouped once, on first use)."""
        if self._by_category is None:
            groups: dict[str, list[str]] = {}
            for node, cat in self.categories.items():
                groups.setdefault(cat, []).append(node)
            self._by_category = {c: tuple(ids) for c, ids in groups.items()}
        return tuple(self.endpoints[n] for n in self._by_category.get(category, ()))

    def output_types(self, endpoint_id: str) -> dict[str, str]:
        """`{output path: JSON type}` of an endpoint's response, in flattening order (kept
        from the build; a graph read from a prepared corpus works it out on first use)."""
        types = self._output_types.get(endpoint_id)
        if types is None:
            schema = self.endpoints[endpoint_id].response_schema
            types = self._output_types[endpoint_id] = {
                f.path: f.json_type for f in flatten_schema(schema)}
        return types

    def out_degree(self, endpoint_id: str) -> int:
        return len(self._span(endpoint_id))

    def in_degree(self, endpoint_id: str) -> int:
        k = self._pos.get(endpoint_id)
        if k is None:
            return 0
        return self.columns.in_offsets[k + 1] - self.columns.in_offsets[k]

    def successors(self, endpoint_id: str, kind: str | None = None) -> list[str]:
        """Distinct targets of `out_edges`, in edge order."""
        targets = self.edge_targets
        return list(dict.fromkeys(targets[i] for i in self.out_edge_ids(endpoint_id, kind)))

    def counts_by_kind(self) -> dict[str, int]:
        """Number of edges of every kind (kinds with no edge are reported as 0)."""
        return {kind: self.edge_kinds.count(code) for code, kind in enumerate(EDGE_KINDS)}

    def to_networkx(self) -> nx.MultiDiGraph[str]:
        """A networkx MultiDiGraph copy (lazy import; for analysis, not for hot loops)."""
        import networkx as nx

        graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
        for node_id in self.nodes:
            graph.add_node(node_id, tool=self.tool_ids[node_id],
                           category=self.categories[node_id])
        for source, target, kind, weight, field, param in self.raw_edges:
            graph.add_edge(source, target, key=f"{kind}:{param or ''}", kind=kind,
                           weight=weight, source_field=field, target_param=param)
        return graph

    def __len__(self) -> int:
        return len(self.nodes)


def _sources(nodes: Sequence[str], offsets: Sequence[int]) -> list[str]:
    out: list[str] = []
    for k, node in enumerate(nodes):
        out.extend(itertools.repeat(node, offsets[k + 1] - offsets[k]))
    return out


def build_graph(registry: Registry) -> EndpointGraph:
    """The endpoint graph of a registry (indexed rules, deterministic order)."""
    return build_graph_from_endpoints(registry.endpoints)


def build_graph_from_endpoints(endpoints: Iterable[Endpoint]) -> EndpointGraph:
    """The endpoint graph of any endpoints; ids must be unique (later duplicates dropped)."""
    # The build allocates millions of acyclic tuples: no collector passes over them.
    with collector_paused():
        return _build(endpoints)


def _build(endpoints: Iterable[Endpoint]) -> EndpointGraph:
    ordered = _unique_sorted(endpoints)
    entities = endpoint_entities(ordered)
    index = build_input_index(ordered, entities)
    output_types: dict[str, dict[str, str]] = {}
    flows = list(data_flow_edges(ordered, entities, index, output_types))
    tools = _group(ordered, lambda e: e.tool_id)
    tool_links: list[list[int]] = [[] for _ in ordered]
    for group in tools.values():
        for member, targets in zip(group, same_tool_targets(group), strict=True):
            tool_links[member] = targets
    category_links: list[list[int]] = [[] for _ in ordered]
    for category_tools in _tools_by_category(tools, ordered).values():
        for group, links in zip(category_tools, same_category_targets(category_tools),
                                strict=True):
            for member, targets in zip(group, links, strict=True):
                category_links[member] = targets
    columns = assemble_columns(ordered, flows, tool_links, category_links)
    return EndpointGraph({e.id: e for e in ordered}, columns, None, output_types)


def _unique_sorted(endpoints: Iterable[Endpoint]) -> list[Endpoint]:
    by_id: dict[str, Endpoint] = {}
    for ep in endpoints:
        by_id.setdefault(ep.id, ep)
    return [by_id[k] for k in sorted(by_id)]


def _group(endpoints: Sequence[Endpoint], key: Callable[[Endpoint], str]) -> dict[str, list[int]]:
    """Endpoint numbers grouped by `key`, each group in endpoint order."""
    groups: dict[str, list[int]] = {}
    for k, ep in enumerate(endpoints):
        groups.setdefault(key(ep), []).append(k)
    return groups


def _tools_by_category(tools: dict[str, list[int]],
                       endpoints: Sequence[Endpoint]) -> dict[str, list[list[int]]]:
    by_category: dict[str, list[list[int]]] = {}
    for tool_id in sorted(tools):
        group = tools[tool_id]
        by_category.setdefault(endpoints[group[0]].category, []).append(group)
    return by_category
