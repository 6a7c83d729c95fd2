"""The endpoint graph as plain arrays: what the sampler walks and a prepared corpus stores.

Nodes are endpoint ids in sorted order; edges are grouped by source in node order (a
node's out-edges are one slice, data flow first), and every edge attribute is a column
(`array` or `bytes`), so a 47k-endpoint graph with half a million edges is a few flat
buffers rather than half a million tuples, written and read back without parsing.
It must not know about files (`io.prepared` writes these buffers) nor about sampling.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from toolgen.graph.edges import SAME_CATEGORY_WEIGHT, SAME_TOOL_WEIGHT, FlowLink
from toolgen.records import EdgeKind, Endpoint

EDGE_KINDS: tuple[EdgeKind, ...] = ("data_flow", "same_tool", "same_category")
KIND_CODE: dict[str, int] = {kind: code for code, kind in enumerate(EDGE_KINDS)}
DATA_FLOW = KIND_CODE["data_flow"]
NO_LABEL = -1


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


def assemble_columns(endpoints: Sequence[Endpoint], flows: Sequence[Sequence[FlowLink]],
                     tool_links: Sequence[Sequence[int]],
                     category_links: Sequence[Sequence[int]]) -> GraphColumns:
    """The columns of a graph from each node's links (node order: `endpoints`).

    A node's out-edges are its data-flow links (best first), then its same-tool links,
    then its same-category links.
    """
    targets, weights = array("i"), array("d")
    field_ids, param_ids = array("i"), array("i")
    kinds, fits = bytearray(), bytearray()
    counts = [0]
    labels: dict[str, int] = {}
    tool_kind = bytes([KIND_CODE["same_tool"]])
    category_kind = bytes([KIND_CODE["same_category"]])
    label = labels.get
    for k in range(len(endpoints)):
        flow, tool, category = flows[k], tool_links[k], category_links[k]
        # Labels numbered in order of first use (field, then param, per link), inline:
        # this runs per data-flow edge, 800,000 of them on a big corpus.
        for target, weight, field, param, fit in flow:
            targets.append(target)
            weights.append(weight)
            code = label(field)
            if code is None:
                code = labels[field] = len(labels)
            field_ids.append(code)
            code = label(param)
            if code is None:
                code = labels[param] = len(labels)
            param_ids.append(code)
            fits.append(fit)
        plain = len(tool) + len(category)
        targets.extend(tool)
        targets.extend(category)
        weights.extend([SAME_TOOL_WEIGHT] * len(tool) + [SAME_CATEGORY_WEIGHT] * len(category))
        field_ids.extend([NO_LABEL] * plain)
        param_ids.extend([NO_LABEL] * plain)
        fits.extend(bytes(plain))
        kinds.extend(bytes(len(flow)) + tool_kind * len(tool) + category_kind * len(category))
        counts.append(len(flow) + plain)
    in_offsets, in_order = in_index(len(endpoints), targets)
    return GraphColumns(
        nodes=tuple(e.id for e in endpoints), facts=NodeFacts.of(endpoints),
        out_offsets=_running_total(counts), targets=targets, kinds=bytes(kinds),
        weights=weights, labels=tuple(labels), field_ids=field_ids, param_ids=param_ids,
        fits=bytes(fits), in_offsets=in_offsets, in_order=in_order)


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
    seen = Counter(targets)
    offsets = _running_total([0, *(seen.get(k, 0) for k in range(size))])
    # A stable sort by target is the counting sort's order (source order within a
    # target), done in C.
    order = array("i", sorted(range(len(targets)), key=targets.__getitem__))
    return offsets, order
