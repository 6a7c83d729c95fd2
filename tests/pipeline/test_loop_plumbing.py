"""The run loop's shared plumbing: per-run tool dicts, batched steering weights and the
collector settings episodes run under (restored afterwards)."""

from __future__ import annotations

import gc
from collections import Counter

from toolgen.graph.steering import Coverage
from toolgen.pipeline.assemble import offered_tools
from toolgen.pipeline.runner import realise_all
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.seeds import rng_for


def test_a_runtime_builds_each_offered_tool_once_and_as_the_endpoint_describes_it() -> None:
    rt = Runtime.build(RunConfig(n=1, seed=7))
    endpoint = next(iter(rt.graph.nodes))
    first = rt.openai_tool(endpoint)
    assert first == rt.endpoints[endpoint].openai_tool()
    assert rt.openai_tool(endpoint) is first


def test_offered_tools_hold_the_used_endpoints_and_neighbours_only() -> None:
    rt = Runtime.build(RunConfig(n=1, seed=7))
    used = rt.graph.nodes[0]
    names = {t["function"]["name"] for t in offered_tools(rt, [used], [], rng_for(1, "t"), 3)}
    near = {rt.endpoints[t].function_name for t in rt.graph.successors(used)}
    assert rt.endpoints[used].function_name in names
    assert names - {rt.endpoints[used].function_name} <= near


def test_batched_endpoint_weights_equal_the_single_ones() -> None:
    coverage = Coverage(endpoints=Counter({"a": 3, "b": 1}), tools=Counter({"t": 2}),
                        strength=1.5)
    tool_of = {"a": "t", "b": "u", "c": "t", "d": "v"}
    ids = ["a", "b", "c", "d", "a"]
    assert coverage.endpoint_weights(ids, tool_of) == [
        coverage.endpoint_weight(e, tool_of[e]) for e in ids]
    assert Coverage(enabled=False).endpoint_weights(ids, tool_of) == [1.0] * 5


def test_realising_keeps_the_runtime_frozen_and_restores_the_thresholds() -> None:
    rt = Runtime.build(RunConfig(n=2, seed=7))
    gc.unfreeze()
    threshold, built = gc.get_threshold(), rt.graph
    records = realise_all(rt, RunConfig(n=2, seed=7), workers=1)
    assert len(records) == 2
    assert gc.get_threshold() == threshold
    assert gc.get_freeze_count() > 0
    # frozen: in no generation the collector walks
    assert not any(o is built for g in range(3) for o in gc.get_objects(generation=g))
