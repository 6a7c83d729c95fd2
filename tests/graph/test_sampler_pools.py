"""The sampler's start lists and per-node pools, made lazily in one inlined pass, equal the
plain per-node definitions (written out here as the oracle) on real corpora."""

from __future__ import annotations

import random
from array import array

import pytest

from toolgen.graph.build import EndpointGraph, build_graph
from toolgen.graph.columns import in_index
from toolgen.graph.sampler import ChainSampler, SamplerConfig
from toolgen.graph.steering import Coverage
from toolgen.registry import load_registry


def _oracle(graph: EndpointGraph, nodes: list[str], allowed: set[str] | None
            ) -> tuple[dict[str, list[int]], dict[str, list[int]], list[str], list[str],
                       list[str]]:
    """The pools and start lists as defined: every edge of a kind looked at, per node."""
    def edges(node: str, kind: str) -> list[int]:
        ids = graph.out_edge_ids(node, kind)
        return ids if allowed is None else [i for i in ids if graph.edge_targets[i] in allowed]

    tool = graph.tool_ids
    flow = {n: [i for i in edges(n, "data_flow") if graph.edge_fits[i]] for n in nodes}
    near = {n: edges(n, "same_category") + edges(n, "same_tool") for n in nodes}
    other = [n for n in nodes if any(tool[graph.edge_targets[i]] != tool[n] for i in flow[n])]
    own = [n for n in nodes
           if any(tool[graph.edge_targets[i]] == tool[n] for i in flow[n])
           or any(graph.edge_kinds[i] == 1 for i in near[n])]
    return flow, near, other, own, [n for n in nodes if near[n]]


@pytest.mark.parametrize("every", [0, 2, 3])
def test_pools_and_start_lists_equal_their_definitions(every: int) -> None:
    graph = build_graph(load_registry())
    nodes = sorted(graph.nodes)
    aside = set(nodes[::every]) if every else set()
    usable = (lambda n: n not in aside) if every else None
    sampler = ChainSampler(graph, SamplerConfig(), Coverage(), usable=usable)
    flow, near, cross, own, with_near = _oracle(graph, sampler.nodes,
                                                set(sampler.nodes) if every else None)
    assert sampler.cross_flow == cross and cross
    assert sampler.tool_flow == own and own
    assert sampler.with_near == with_near and with_near
    assert {n: sampler._flow[n] for n in sampler.nodes} == flow
    assert {n: sampler._near[n] for n in sampler.nodes} == near


def test_pools_made_on_first_look_give_the_same_chains_as_pools_made_up_front() -> None:
    graph = build_graph(load_registry())
    lazy = ChainSampler(graph, SamplerConfig(), Coverage())
    eager = ChainSampler(graph, SamplerConfig(), Coverage())
    for n in eager.nodes:  # every pool made before the first pick
        assert eager._flow[n] is eager._flow[n]
        assert eager._near[n] is eager._near[n]
    a, b = random.Random(11), random.Random(11)
    assert [lazy.sample(a) for _ in range(60)] == [eager.sample(b) for _ in range(60)]


def test_in_index_is_the_counting_sort_of_targets() -> None:
    rng = random.Random(3)
    for size in (0, 1, 7, 50):
        targets = array("i", [rng.randrange(size) for _ in range(size * 5)] if size else [])
        offsets, order = in_index(size, targets)
        # Oracle: per target, its edge numbers in increasing (source) order.
        expected: list[int] = []
        bounds = [0]
        for k in range(size):
            expected.extend(i for i, t in enumerate(targets) if t == k)
            bounds.append(len(expected))
        assert list(order) == expected
        assert list(offsets) == bounds
