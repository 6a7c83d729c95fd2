"""The graph's columns are laid out the same whichever path lays them out: the Python
loops of a small graph and numpy's of a big one (written out here as the oracle: each
node's links in turn, data flow first)."""

from __future__ import annotations

import random
from array import array

import pytest

from toolgen.graph import columns
from toolgen.graph.columns import NO_LABEL, in_index
from toolgen.graph.edges import FlowLink


def _links(rng: random.Random, nodes: int) -> tuple[list[list[FlowLink]], list[list[int]],
                                                       list[list[int]]]:
    names = [f"f{k}" for k in range(12)]
    flows = [[(rng.randrange(nodes), rng.choice((0.6, 0.85, 1.0)), rng.choice(names),
               rng.choice(names), rng.random() < 0.5) for _ in range(rng.randrange(4))]
             for _ in range(nodes)]
    tools = [[rng.randrange(nodes) for _ in range(rng.randrange(9))] for _ in range(nodes)]
    categories = [[rng.randrange(nodes) for _ in range(rng.randrange(5))]
                  for _ in range(nodes)]
    return flows, tools, categories


def _oracle(flows: list[list[FlowLink]], tools: list[list[int]],
            categories: list[list[int]]) -> dict[str, object]:
    targets, kinds, weights, fields, params, fits, offsets = [], [], [], [], [], [], [0]
    labels: list[str] = []

    def code(name: str) -> int:
        if name not in labels:
            labels.append(name)
        return labels.index(name)

    for flow, tool, category in zip(flows, tools, categories, strict=True):
        for target, weight, field, param, fit in flow:
            targets.append(target)
            kinds.append(0)
            weights.append(weight)
            fields.append(code(field))
            params.append(code(param))
            fits.append(int(fit))
        for kind, weight, links in ((1, 0.3, tool), (2, 0.1, category)):
            for target in links:
                targets.append(target)
                kinds.append(kind)
                weights.append(weight)
                fields.append(NO_LABEL)
                params.append(NO_LABEL)
                fits.append(0)
        offsets.append(len(targets))
    return {"out_offsets": offsets, "targets": targets, "kinds": kinds, "weights": weights,
            "labels": labels, "field_ids": fields, "param_ids": params, "fits": fits}


@pytest.mark.parametrize("lay_out", ["_edges_python", "_edges_numpy"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_both_layouts_give_the_columns_of_each_node_in_turn(lay_out: str, seed: int) -> None:
    rng = random.Random(seed)
    links = _links(rng, rng.choice((1, 5, 40)))
    edges = getattr(columns, lay_out)(*links)
    got = {name: list(getattr(edges, name)) for name in _oracle(*links)}
    assert got == _oracle(*links)
    assert isinstance(edges.kinds, bytes) and isinstance(edges.fits, bytes)
    assert [a.typecode for a in (edges.out_offsets, edges.targets, edges.weights,
                                 edges.field_ids, edges.param_ids)] == ["q", "i", "d", "i", "i"]


def test_a_graph_without_data_flow_lays_out_in_numpy_too() -> None:
    edges = columns._edges_numpy([[], []], [[1], []], [[], [0, 1]])
    assert list(edges.targets) == [1, 0, 1]
    assert edges.labels == ()
    assert list(edges.field_ids) == [NO_LABEL] * 3


@pytest.mark.parametrize("numpy_from", [0, 10**9])
def test_in_index_is_the_same_counting_sort_either_way(numpy_from: int,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(columns, "NUMPY_FROM", numpy_from)
    rng = random.Random(5)
    size = 30
    targets = array("i", [rng.randrange(size) for _ in range(400)])
    offsets, order = in_index(size, targets)
    expected = sorted(range(len(targets)), key=lambda i: (targets[i], i))
    assert list(order) == expected
    assert list(offsets) == [sum(t < k for t in targets) for k in range(size + 1)]
    assert (offsets.typecode, order.typecode) == ("q", "i")
