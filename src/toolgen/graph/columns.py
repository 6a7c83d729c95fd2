"""The endpoint graph as plain arrays: what the sampler walks and a prepared corpus stores.

Nodes are endpoint ids in sorted order; edges are grouped by source in node order (a
node's out-edges are one slice, data flow first), and every edge attribute is a column
(`array` or `bytes`), so a 47k-endpoint graph with half a million edges is a few flat
buffers rather than half a million tuples, written and read back without parsing.
It must not know about files (`io.prepared` writes these buffers) nor about sampling.
"""

from __future__ import annotations

import itertools
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

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


# From this many edges numpy lays the columns out: its import costs about a tenth of a
# second, which the Python loops of a big graph (half a second at 550,000 edges) repay.
NUMPY_FROM = 100_000


# The numpy types of the `array` typecodes used here (C int, long long, double).
_C_TYPES = {"i": "intc", "q": "longlong", "d": "double"}


class _Edges(NamedTuple):
    """The edge columns of a graph (see `GraphColumns`)."""

    out_offsets: array[int]
    targets: array[int]
    kinds: bytes
    weights: array[float]
    labels: tuple[str, ...]
    field_ids: array[int]
    param_ids: array[int]
    fits: bytes


def assemble_columns(endpoints: Sequence[Endpoint], flows: Sequence[Sequence[FlowLink]],
                     tool_links: Sequence[Sequence[int]],
                     category_links: Sequence[Sequence[int]]) -> GraphColumns:
    """The columns of a graph from each node's links (node order: `endpoints`).

    A node's out-edges are its data-flow links (best first), then its same-tool links,
    then its same-category links. Labels are numbered in order of first use (a link's
    field, then its parameter).
    """
    size = sum(map(len, flows)) + sum(map(len, tool_links)) + sum(map(len, category_links))
    lay_out = _edges_numpy if size >= NUMPY_FROM else _edges_python
    edges = lay_out(flows, tool_links, category_links)
    in_offsets, in_order = in_index(len(endpoints), edges.targets)
    return GraphColumns(
        nodes=tuple(e.id for e in endpoints), facts=NodeFacts.of(endpoints),
        out_offsets=edges.out_offsets, targets=edges.targets, kinds=edges.kinds,
        weights=edges.weights, labels=edges.labels, field_ids=edges.field_ids,
        param_ids=edges.param_ids, fits=edges.fits, in_offsets=in_offsets,
        in_order=in_order)


def _edges_python(flows: Sequence[Sequence[FlowLink]], tool_links: Sequence[Sequence[int]],
                  category_links: Sequence[Sequence[int]]) -> _Edges:
    targets, weights = array("i"), array("d")
    field_ids, param_ids = array("i"), array("i")
    kinds, fits = bytearray(), bytearray()
    counts = [0]
    labels: dict[str, int] = {}
    tool_kind = bytes([KIND_CODE["same_tool"]])
    category_kind = bytes([KIND_CODE["same_category"]])
    label = labels.get
    for flow, tool, category in zip(flows, tool_links, category_links, strict=True):
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
    return _Edges(_running_total(counts), targets, bytes(kinds), weights, tuple(labels),
                  field_ids, param_ids, bytes(fits))


def _edges_numpy(flows: Sequence[Sequence[FlowLink]], tool_links: Sequence[Sequence[int]],
                 category_links: Sequence[Sequence[int]]) -> _Edges:
    """`_edges_python`'s columns, laid out by kind at once: each node's counts of the three
    kinds give every edge's kind, and each kind's links (in node order) fill its places."""
    import numpy as np

    chain = itertools.chain.from_iterable
    n = len(flows)
    counts = np.empty((n, 3), dtype=np.int64)
    for column, links in enumerate((flows, tool_links, category_links)):
        counts[:, column] = np.fromiter(map(len, links), np.int64, n)
    kinds = np.repeat(np.tile(np.arange(3, dtype=np.uint8), n), counts.ravel())
    flow, tool, category = (kinds == KIND_CODE[k] for k in EDGE_KINDS)
    every = list(chain(flows))
    to, weight, field, param, fit = zip(*every, strict=True) if every else ((),) * 5
    names = list(chain(zip(field, param, strict=True)))  # field, param, field, param...
    labels = {name: code for code, name in enumerate(dict.fromkeys(names))}
    codes = np.fromiter(map(labels.__getitem__, names), np.intc, len(names))
    targets = np.empty(len(kinds), np.intc)
    targets[flow] = to
    targets[tool] = np.fromiter(chain(tool_links), np.intc)
    targets[category] = np.fromiter(chain(category_links), np.intc)
    weights = np.where(tool, SAME_TOOL_WEIGHT, SAME_CATEGORY_WEIGHT)
    weights[flow] = weight
    field_ids = np.full(len(kinds), NO_LABEL, np.intc)
    field_ids[flow] = codes[0::2]
    param_ids = np.full(len(kinds), NO_LABEL, np.intc)
    param_ids[flow] = codes[1::2]
    fits = np.zeros(len(kinds), np.uint8)
    fits[flow] = fit
    offsets = np.zeros(n + 1, np.int64)
    np.cumsum(counts.sum(axis=1), out=offsets[1:])
    return _Edges(_array("q", offsets), _array("i", targets), kinds.tobytes(),
                  _array("d", weights), tuple(labels), _array("i", field_ids),
                  _array("i", param_ids), fits.tobytes())


def _array(typecode: str, values: Any) -> array[Any]:
    """A numpy vector as an `array` of `typecode` (converted to its C type first)."""
    out = array(typecode)
    out.frombytes(values.astype(_C_TYPES[typecode], copy=False).tobytes())
    return out


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
    if len(targets) >= NUMPY_FROM:
        return _in_index_numpy(size, targets)
    seen = Counter(targets)
    offsets = _running_total([0, *(seen.get(k, 0) for k in range(size))])
    # A stable sort by target is the counting sort's order (source order within a
    # target), done in C.
    order = array("i", sorted(range(len(targets)), key=targets.__getitem__))
    return offsets, order


def _in_index_numpy(size: int, targets: array[int]) -> tuple[array[int], array[int]]:
    import numpy as np

    column = np.frombuffer(targets, dtype=np.intc)
    offsets = np.zeros(size + 1, dtype=np.int64)
    np.cumsum(np.bincount(column, minlength=size), out=offsets[1:])
    # A stable argsort is the counting sort's order (source order within a target).
    return _array("q", offsets), _array("i", np.argsort(column, kind="stable"))
