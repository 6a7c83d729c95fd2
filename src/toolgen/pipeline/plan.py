"""Planning a whole run up front, in index order, against one coverage memory.

This is where cross-conversation steering lives; realising the planned scenarios in any
order, on any number of workers, then gives the same records.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import NamedTuple

from toolgen.agents.planner import PlanContext, plan_scenario
from toolgen.executor import endpoint_info
from toolgen.executor.settle_ahead import unsettleable
from toolgen.graph.believable import believable, is_believable
from toolgen.graph.goals import planned_strays
from toolgen.graph.purposes import without_twins
from toolgen.graph.sampler import ChainSampler
from toolgen.graph.steering import Coverage
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.pipeline.state_order import state_conflict
from toolgen.records import Chain, Scenario
from toolgen.seeds import derive_seed, rng_for


def plan_run(
    rt: Runtime, config: RunConfig, on_planned: Callable[[int], None] | None = None
) -> list[tuple[Chain, Scenario]]:
    """Every conversation's chain and scenario; `on_planned(k)` after the k-th is planned."""
    return list(iter_plans(rt, config, on_planned))


def iter_plans(
    rt: Runtime, config: RunConfig, on_planned: Callable[[int], None] | None = None
) -> Iterator[tuple[Chain, Scenario]]:
    """The run's plans in index order, one at a time (a huge -n starts writing at once)."""
    coverage = Coverage(enabled=config.steering)
    sampler = ChainSampler(rt.graph, config.sampler, coverage, rt.executor.paginates,
                           usable=None if config.all_endpoints else rt.usable)
    ctx = PlanContext(rt.graph, rt.values, coverage)
    check = not config.all_endpoints
    for index in range(config.n):
        seed = derive_seed(config.seed, "record", index)
        draw = _chain(sampler, rt, seed, check)
        scenario = plan_scenario(draw.chain, ctx, rng_for(seed, "plan"), seed)
        for again in range(1, _REDRAWS + 1):
            # A plan whose later call undoes an earlier one (a deleted card charged, a
            # booking paid twice, an order paid whose API has no unpaid orders) is
            # planned again; the last draw stands.
            if (state_conflict(scenario, rt.endpoints) is None
                    and unsettleable(scenario.calls, rt.endpoints) is None):
                break
            draw = _chain(sampler, rt, derive_seed(seed, "state", again), check)
            scenario = plan_scenario(draw.chain, ctx, rng_for(draw.seed, "plan"), seed)
        chain, scenario = _believed(sampler, rt, ctx, draw, (draw.chain, scenario), seed, check)
        if on_planned is not None:
            on_planned(index + 1)
        yield chain, scenario


class _Draw(NamedTuple):
    """The chain the sampler drew, the record's chain made of it, and the seed and
    attempt of the draw (the streams that made it)."""

    drawn: Chain
    chain: Chain
    seed: int
    again: tuple[int, ...]


def _believed(sampler: ChainSampler, rt: Runtime, ctx: PlanContext, draw: _Draw,
              plan: tuple[Chain, Scenario], seed: int, check: bool) -> tuple[Chain, Scenario]:
    """`plan`, or, when its drawn chain cannot lose a twin or links tools by a value its
    source is not about (`graph.believable`), or a call of its plan serves no goal of the
    calls before it (`graph.goals`), the plan of a chain built in its place from
    a stream of its own, one usable, paging when it must, free of state conflicts and of
    reads that no later payment or cancel can follow.
    Built after every draw of the record, so the draws, and the coverage memory, stay as
    they were."""
    planned: list[tuple[Chain, Scenario]] = []
    # planned and free of state conflicts, and whether each strays from its goal
    settled: list[tuple[Chain, Scenario, bool]] = []
    tools = min(2, _tools(draw.drawn, rt))
    listing = next((e for e in draw.chain.endpoint_ids
                    if rt.executor.paginates(rt.endpoints[e])), None)
    # the listing a paging record pages through: few others fetch a next page
    paged = listing if "pagination" in draw.chain.overlays else None

    def accept(candidate: Chain, paging: bool = True, one_goal: bool = True) -> bool:
        chain = _finished(candidate, rt, draw.seed, draw.again)
        if not _usable(chain, rt, check) or (paging and not _pages(chain, rt)):
            return False
        scenario = plan_scenario(chain, ctx, rng_for(draw.seed, "plan"), seed)
        planned.append((chain, scenario))
        if (state_conflict(scenario, rt.endpoints) is not None
                or unsettleable(scenario.calls, rt.endpoints) is not None):
            return False
        strays = _strays(candidate, scenario, rt)
        settled.append((chain, scenario, strays))
        # a multi-tool chain built again stays one, and one that can page still can
        return not one_goal or (not strays and _tools(candidate, rt) >= tools
                                and (listing is None or _paginating(chain, rt))
                                and (paged is None or paged in chain.endpoint_ids))

    strayed = _strays(draw.drawn, plan[1], rt)
    better = believable(sampler, draw.drawn, rng_for(draw.seed, "believable", *draw.again),
                        accept, strayed)
    if better is not draw.drawn:
        return planned[-1]
    if is_believable(draw.drawn, rt.endpoints):
        return plan  # one that strays from its goal stays when none built again does not
    if settled:
        # one that keeps to its goal first; even one that strays beats a twin or an
        # incidental link
        chain, scenario, _ = min(settled, key=lambda tried: tried[2])
        return chain, scenario
    # no chain built again pages: one that does not beats a twin or an incidental link
    better = believable(sampler, draw.drawn, rng_for(draw.seed, "believable", "any", *draw.again),
                        lambda c: accept(c, paging=False, one_goal=False))
    return plan if better is draw.drawn else planned[-1]


_REDRAWS = 4


def _chain(sampler: ChainSampler, rt: Runtime, seed: int, check: bool) -> _Draw:
    """The record's chain; drawn again (up to `_REDRAWS` times) while it holds an endpoint
    with a required parameter no user would state a value for. Judged per endpoint when a
    chain first holds it, since judging a whole corpus up front costs seconds at 47,000
    endpoints; the last draw stands if every one holds such an endpoint."""
    first: Chain | None = None
    for attempt in range(_REDRAWS + 1):
        again = (attempt,) if attempt else ()  # the first draw keeps the streams it always had
        # a draw again keeps the first one's pattern and overlays: only its endpoints could
        # not be asked for, and the run's mix of patterns must not pay for them
        drawn = sampler.sample(rng_for(seed, "chain", *again), like=first)
        first = first or drawn
        chain = _finished(drawn, rt, seed, again)
        if _usable(chain, rt, check):
            break
    return _Draw(drawn, chain, seed, again)


def _finished(chain: Chain, rt: Runtime, seed: int, again: tuple[int, ...]) -> Chain:
    """A drawn chain without the twins it can lose (`purposes`: one thing done twice in
    a row is done once), with the `stateful` pattern's create and read."""
    chain = without_twins(chain, rt.endpoints)
    if "stateful" in chain.overlays:
        chain = with_state_pair(chain, rt, rng_for(seed, "state", *again))
    return chain


def _strays(drawn: Chain, scenario: Scenario, rt: Runtime) -> bool:
    """Whether a call of `drawn`'s plan strays from the goal of the calls before it
    (`goals.planned_strays`). The `stateful` pattern's pair is left out: it is drawn
    from the corpus's create-and-read pairs whatever the chain (`with_state_pair`), so
    no chain built again could mend it."""
    return bool(planned_strays(without_twins(drawn, rt.endpoints), scenario.calls,
                               rt.endpoints))


def _tools(chain: Chain, rt: Runtime) -> int:
    return len({rt.endpoints[e].tool_id for e in chain.endpoint_ids})


def _pages(chain: Chain, rt: Runtime) -> bool:
    """Whether a chain carrying the pagination overlay holds a call that pages (as the
    sampler's draws do)."""
    return "pagination" not in chain.overlays or _paginating(chain, rt)


def _paginating(chain: Chain, rt: Runtime) -> bool:
    return any(rt.executor.paginates(rt.endpoints[e]) for e in chain.endpoint_ids)


def _usable(chain: Chain, rt: Runtime, check: bool) -> bool:
    return not check or all(rt.statable(e) for e in chain.endpoint_ids)


def with_state_pair(chain: Chain, rt: Runtime, rng: random.Random) -> Chain:
    """Append a create call and a later read of the same entity (the `stateful` pattern)."""
    pairs = rt.usable_state_pairs
    if not pairs:
        return chain
    create, read = rng.choice(pairs)
    edges = [e for e in rt.graph.in_edges(read, "data_flow") if e.source == create]
    linked = rt.usable_linked_state_pairs
    if not edges and endpoint_info(rt.endpoints[read]).action == "get" and linked:
        # A get needs the created id passed in; a list shows it unasked.
        create, read = rng.choice(linked)
        edges = [e for e in rt.graph.in_edges(read, "data_flow") if e.source == create]
    steps = (*chain.steps, (create,), (read,))
    return chain.model_copy(update={"steps": steps, "links": (*chain.links, *edges[:1])})
