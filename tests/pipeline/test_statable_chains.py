"""Chains hold no endpoint a user could not state a value for (`Runtime.statable`).

ToolBench's OnlyFans `List` requires `signend`, `signstart`, `xbc` and `sess`: nothing a
user would say fits them, and records sent `signend='Signend 23'`. A chain holding such an
endpoint is drawn again.
"""

from __future__ import annotations

import itertools

from tests.pipeline.corpora import toolbench_tools

from toolgen.pipeline.plan import iter_plans
from toolgen.pipeline.runtime import RunConfig, Runtime

ONLYFANS_LIST = "Social/onlyfans/List"


def test_no_planned_chain_holds_an_endpoint_with_no_statable_value() -> None:
    config = RunConfig(n=400, seed=13, toolenv=str(toolbench_tools()))
    rt = Runtime.build(config)
    assert rt.values.unstatable(rt.endpoints[ONLYFANS_LIST])  # the corpus has such ones
    used = {e for chain, _ in iter_plans(rt, config) for e in chain.endpoint_ids}
    assert len(used) > 150
    unstatable = sorted(e for e in used if rt.values.unstatable(rt.endpoints[e]))
    assert not unstatable


def test_all_endpoints_keeps_them_in_the_draw() -> None:
    config = RunConfig(n=400, seed=13, toolenv=str(toolbench_tools()), all_endpoints=True)
    rt = Runtime.build(config)
    chains = itertools.islice(iter_plans(rt, config), 400)
    used = {e for chain, _ in chains for e in chain.endpoint_ids}
    assert any(rt.values.unstatable(rt.endpoints[e]) for e in used)
