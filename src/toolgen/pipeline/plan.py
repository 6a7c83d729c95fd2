"""Planning a whole run up front, in index order, against one coverage memory.

This is where cross-conversation steering lives; realising the planned scenarios in any
order, on any number of workers, then gives the same records.
"""

from __future__ import annotations

from toolgen.agents.planner import PlanContext, plan_scenario
from toolgen.graph.sampler import ChainSampler
from toolgen.graph.steering import Coverage
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Chain, Scenario
from toolgen.seeds import derive_seed, rng_for


def plan_run(rt: Runtime, config: RunConfig) -> list[tuple[Chain, Scenario]]:
    coverage = Coverage(enabled=config.steering)
    sampler = ChainSampler(rt.graph, config.sampler, coverage)
    ctx = PlanContext(rt.graph, rt.values, coverage)
    planned: list[tuple[Chain, Scenario]] = []
    for index in range(config.n):
        seed = derive_seed(config.seed, "record", index)
        chain = sampler.sample(rng_for(seed, "chain"))
        planned.append((chain, plan_scenario(chain, ctx, rng_for(seed, "plan"))))
    return planned
