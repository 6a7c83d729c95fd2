"""The endpoint graph as plain arrays: what the sampler walks and a prepared corpus stores.

Nodes are endpoint ids in sorted order; edges are grouped by source in node order (a
node's out-edges are one slice, data flow first), and every edge attribute is a column
(`array` or `bytes`), so a 47k-endpoint graph with half a million edges is a few flat
buffers rather than half a million tuples, written and read back without parsing.
It must not know about files (`io.prepared` writes these buffers) nor about sampling.
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from toolgen.graph.edges import RawEdge
from toolgen.graph.fields import flatten_schema, param_type
from toolgen.records import EdgeKind, Endpoint

EDGE_KINDS: tuple[EdgeKind, ...] = ("data_flow", "same_tool", "same_category")
KIND_CODE: dict[str, int] = {kind: code for code, kind in enumerate(EDGE_KINDS)}
DATA_FLOW = KIND_CODE["data_flow"]
NO_LABEL = -1
_NUMERIC = frozenset({"integer", "number"})


@dataclass(frozen=True, slots=True)
class NodeFacts:
    """Per node (in node order), what walking the graph needs without the Endpoint."""

    tool_ids: tuple[str, ...]
    tool_names: tuple[str, ...]
    categories: tuple[str, ...]
    needs_input: bytes
    """1 where the endpoint has a required parameter."""

    @staticmethod
    def of(endpoints: Sequence[Endpoint]) -> NodeFacts:
        return NodeFacts(
            tool_ids=tuple(e.tool_id for e in endpoints),
            tool_names=tuple(e.tool_name for e in endpoints),
            categories=tuple(e.category for e in endpoints),
            needs_input=bytes(any(p.required for p in e.parameters) for e in endpoints),
        )


@dataclass(frozen=True, slots=True)
class GraphColumns:
    """Nodes, node facts and edge columns (see the module docstring for the order)."""

    nodes: tuple[str, ...]
    facts: NodeFacts
    out_offsets: array[int]
    """Node k's out-edges are `out_offsets[k]:out_offsets[k + 1]`."""
    targets: array[int]
    """Target node index per edge."""
    kinds: bytes
    """Index into EDGE_KINDS per edge."""
    weights: array[float]
    labels: tuple[str, ...]
    """The distinct source fields and target parameters the next two columns point into."""
    field_ids: array[int]
    param_ids: array[int]
    fits: bytes
    """1 for a data-flow edge whose source field's values can fill the argument as
    generated (a string id never passes an integer schema, nor a number a string one)."""
    in_offsets: array[int]
    """Node k's in-edges are `in_order[in_offsets[k]:in_offsets[k + 1]]` (source order)."""
    in_order: array[int]

    def __len__(self) -> int:
        return len(self.kinds)


def columns_from_raw(endpoints: Sequence[Endpoint], raw: Sequence[RawEdge],
                     output_types: Mapping[str, Mapping[str, str]]) -> GraphColumns:
    """The columns of edges built as tuples, grouped by source in the order of `endpoints`.

    `output_types` holds `{path: JSON type}` of every data-flow source (the build's).
    """
    nodes = tuple(e.id for e in endpoints)
    pos = {node: k for k, node in enumerate(nodes)}
    counts = [0] * (len(nodes) + 1)
    for edge in raw:
        counts[pos[edge[0]] + 1] += 1
    targets = array("i", [pos[edge[1]] for edge in raw])
    labels: dict[str, int] = {}
    field_ids = array("i", [_label(edge[4], labels) for edge in raw])
    param_ids = array("i", [_label(edge[5], labels) for edge in raw])
    in_offsets, in_order = in_index(len(nodes), targets)
    return GraphColumns(
        nodes=nodes, facts=NodeFacts.of(endpoints), out_offsets=_running_total(counts),
        targets=targets, kinds=bytes(KIND_CODE[edge[2]] for edge in raw),
        weights=array("d", [edge[3] for edge in raw]), labels=tuple(labels),
        field_ids=field_ids, param_ids=param_ids,
        fits=_fits(endpoints, pos, raw, output_types), in_offsets=in_offsets,
        in_order=in_order,
    )


def _label(text: str | None, labels: dict[str, int]) -> int:
    if text is None:
        return NO_LABEL
    code = labels.get(text)
    if code is None:
        code = labels[text] = len(labels)
    return code


def _running_total(counts: list[int]) -> array[int]:
    total = 0
    out = array("q", bytes(8 * len(counts)))
    for k, count in enumerate(counts):
        total += count
        out[k] = total
    return out


def in_index(size: int, targets: array[int]) -> tuple[array[int], array[int]]:
    """In-edges per target node as one offsets array and one edge-number array (a
    counting sort: edge numbers stay in source order within a target)."""
    counts = [0] * (size + 1)
    for target in targets:
        counts[target + 1] += 1
    offsets = _running_total(counts)
    cursor = list(offsets[:-1]) if size else []
    order = array("i", bytes(4 * len(targets)))
    for i, target in enumerate(targets):
        order[cursor[target]] = i
        cursor[target] += 1
    return offsets, order


def _fits(endpoints: Sequence[Endpoint], pos: Mapping[str, int], raw: Sequence[RawEdge],
          output_types: Mapping[str, Mapping[str, str]]) -> bytes:
    """Whether each data-flow edge's source field can fill its argument as generated.

    The graph lets ids cross between strings and numbers (real APIs do), but a minted
    `art_6a78e6` never passes an integer schema, nor 42 a string one: a chain sampled
    over such a link would lose it at execution.
    """
    wanted: dict[str, dict[str, str]] = {}
    out = bytearray(len(raw))
    for i, (source, target, kind, _, field, param) in enumerate(raw):
        if kind != "data_flow":
            continue
        types = wanted.get(target)
        if types is None:
            types = wanted[target] = {}
            for p in endpoints[pos[target]].parameters:
                types.setdefault(p.name, param_type(p))
        want = types.get(param or "", "") if param is not None else ""
        if not want:
            out[i] = 1
            continue
        have_types = output_types.get(source)
        if have_types is None:
            schema = endpoints[pos[source]].response_schema
            have_types = {f.path: f.json_type for f in flatten_schema(schema)}
        have = have_types.get(field or "", "") or "string"
        out[i] = have == want or (have in _NUMERIC and want in _NUMERIC)
    return bytes(out)
