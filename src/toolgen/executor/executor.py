"""`MockExecutor`: one per run; owns the value pools and the per-endpoint compiled plans.

Building the pools (Faker) and compiling each endpoint's response generator are the
expensive parts, done once here and shared by every `ExecutionSession` the executor
hands out. Never touches the network.
"""

from __future__ import annotations

from toolgen.executor.acted import acted_finish, chain
from toolgen.executor.acted_once import lists_finish
from toolgen.executor.actions import EndpointInfo, changes_data, endpoint_info
from toolgen.executor.compiled_call import CompiledCall
from toolgen.executor.examples import CorpusExamples
from toolgen.executor.finish import finisher
from toolgen.executor.generate import Plan, compile_plan
from toolgen.executor.kind_names import FIRST_NAMES
from toolgen.executor.pools import Pools
from toolgen.executor.record_nouns import text_noun
from toolgen.executor.session import ExecutionSession
from toolgen.executor.shapes import response_shape
from toolgen.executor.vocab import Vocab
from toolgen.records import Endpoint
from toolgen.seeds import derive_seed


class MockExecutor:
    """Mock execution for a whole run: deterministic for its seed."""

    def __init__(
        self, seed: int, pool_size: int = 256, examples: CorpusExamples | None = None
    ) -> None:
        self.seed = seed
        self.examples = examples or CorpusExamples()
        self.pools = Pools.build(derive_seed(seed, "executor", "pools"), pool_size)
        # endpoint id -> (endpoint it was compiled for, plan); identity or equality checked
        # so endpoints with clashing ids from different registries never share a plan.
        self._plans: dict[str, tuple[Endpoint, Plan]] = {}
        # endpoint id -> (endpoint, what its calls need), filled by the sessions.
        self.compiled_calls: dict[str, tuple[Endpoint, CompiledCall]] = {}

    def session(self, seed: int, strict: bool = False, home: str = "") -> ExecutionSession:
        """A fresh conversation. strict=True: a get/update/delete on an id never seen -> 404.
        `home`: the country the record is in (`served.record_home`), "" when not known."""
        session = ExecutionSession(self, seed, strict=strict)
        session.state.home = home
        return session

    def plan_for(self, endpoint: Endpoint, info: EndpointInfo | None = None) -> Plan:
        """The compiled response generator for `endpoint` (cached)."""
        hit = self._plans.get(endpoint.id)
        if hit is not None and (
            hit[0] is endpoint
            or (
                hit[0].response_schema == endpoint.response_schema
                and hit[0].parameters == endpoint.parameters
                and hit[0].name == endpoint.name
            )
        ):
            return hit[1]
        info = info or endpoint_info(endpoint)
        shape = response_shape(endpoint, info)
        plan = compile_plan(
            shape,
            info.entity,
            Vocab.of(endpoint, text_noun(endpoint, info)),
            self.examples.pool(endpoint.tool_id),
            inferred=shape is not endpoint.response_schema,
        )
        plan.finish = chain(chain(finisher(endpoint, shape), acted_finish(
            endpoint, shape, FIRST_NAMES | frozenset(self.pools.first_names))),
            lists_finish(endpoint, info.action, shape, shape is not endpoint.response_schema))
        self._plans[endpoint.id] = (endpoint, plan)
        return plan

    def paginates(self, endpoint: Endpoint) -> bool:
        """True when a `paginate` fault fits: a list or search endpoint (never one that
        changes data) whose schema declares a page, offset or cursor parameter, and whose
        response has a list to split."""
        info = endpoint_info(endpoint)
        return (
            info.action == "list"
            and info.pagination_arg is not None
            and not changes_data(endpoint)
            and self.plan_for(endpoint, info).list_path is not None
        )
