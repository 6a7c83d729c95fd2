"""The chain sampler keeps to the endpoints it is told it may use (realisable ones)."""

from __future__ import annotations

import random

import pytest

from toolgen.graph.build import build_graph
from toolgen.graph.sampler import ChainSampler, SamplerConfig, SamplingError
from toolgen.graph.steering import Coverage
from toolgen.registry import load_registry


def test_chains_never_hold_an_endpoint_set_aside() -> None:
    graph = build_graph(load_registry())
    nodes = sorted(graph.nodes)
    aside = set(nodes[::3])  # every third endpoint, whatever it is
    sampler = ChainSampler(graph, SamplerConfig(), Coverage(), usable=lambda n: n not in aside)
    rng = random.Random(5)
    used = {e for _ in range(200) for e in sampler.sample(rng).endpoint_ids}
    assert used and not used & aside
    # Without the filter the same walk reaches the endpoints set aside above.
    free = ChainSampler(graph, SamplerConfig(), Coverage())
    rng = random.Random(5)
    assert {e for _ in range(200) for e in free.sample(rng).endpoint_ids} & aside


def test_a_category_left_empty_by_the_filter_says_why() -> None:
    graph = build_graph(load_registry())
    category = sorted({e.category for e in graph.endpoints.values()})[0]
    config = SamplerConfig(categories=(category,))
    with pytest.raises(SamplingError, match=r"set aside as not realisable"):
        ChainSampler(graph, config, Coverage(), usable=lambda n: False)
