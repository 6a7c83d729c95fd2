"""Values the simulated user states for arguments, drawn like the executor's outputs.

A parameter's value comes from the executor's compiled generators (so a `city` is a real
city and a `checkin_date` an ISO date), from its enum, or from its default; candidates
are checked against the parameter schema, and the least-used one across the run wins
when steering is on.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor import MockExecutor
from toolgen.executor.gen_context import Ctx
from toolgen.executor.generate import Plan, compile_plan
from toolgen.executor.validation import Validator, compile_validator
from toolgen.graph.steering import Coverage
from toolgen.records import Endpoint, Parameter

_QUERY_NAMES = frozenset({"q", "query", "keyword", "keywords", "search", "term", "text", "name"})


class ArgumentValues:
    def __init__(self, executor: MockExecutor) -> None:
        self.executor = executor
        self._plans: dict[str, Plan] = {}
        self._checks: dict[tuple[str, str], Validator] = {}

    def draw(
        self,
        endpoint: Endpoint,
        param: Parameter,
        rng: random.Random,
        coverage: Coverage | None = None,
        topic: str = "",
    ) -> Any:
        """A schema-valid value for `param`; the least used of a few when steering."""
        tries = 3 if coverage is not None and coverage.enabled else 1
        candidates = [self._one(endpoint, param, rng, topic) for _ in range(tries)]
        valid = [c for c in candidates if self._valid(endpoint, param, c)]
        if not valid:
            return param.default if param.has_default else candidates[0]
        if coverage is None or len(valid) == 1:
            return valid[0]
        best = max(valid, key=lambda v: coverage.value_weight(repr(v)))
        coverage.record_value(repr(best))
        return best

    def _one(self, endpoint: Endpoint, param: Parameter, rng: random.Random, topic: str) -> Any:
        schema = param.json_schema
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            return rng.choice(enum)
        if topic and param.name.lower() in _QUERY_NAMES and schema.get("type") == "string":
            return topic
        generated = self._plan(endpoint).root(
            Ctx(rng, self.executor.pools, {}, {}, action="list")
        )
        if isinstance(generated, dict) and param.name in generated:
            return generated[param.name]
        return param.default if param.has_default else "example"

    def _plan(self, endpoint: Endpoint) -> Plan:
        plan = self._plans.get(endpoint.id)
        if plan is None:
            props = {p.name: _loosened(p.json_schema) for p in endpoint.parameters}
            plan = compile_plan({"type": "object", "properties": props}, "")
            self._plans[endpoint.id] = plan
        return plan

    def _valid(self, endpoint: Endpoint, param: Parameter, value: Any) -> bool:
        key = (endpoint.id, param.name)
        check = self._checks.get(key)
        if check is None:
            schema = {"type": "object", "properties": {param.name: param.json_schema}}
            check = self._checks[key] = compile_validator(schema)
        return not check({param.name: value})


def _loosened(schema: dict[str, Any]) -> dict[str, Any]:
    # Array/object arguments get one small item: users state them, so keep them short.
    if schema.get("type") == "array":
        return {**schema, "minItems": 1, "maxItems": 1}
    return schema
