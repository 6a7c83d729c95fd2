"""A list's description bounds its numbers: BFCL's `calculate_fitness` takes "trait
values, which are decimal numbers between 0 and 1" and "percentage contributions of each
trait ... which must sum to 1"; they were drawn `[483.05]` and `[28.01]` ("a trait values
of 483.05 for a trait contributions of 28.01": BFCL seed 71 #4)."""

from __future__ import annotations

import random

from toolgen.agents.planner.values import ArgumentValues
from toolgen.agents.planner.values_pairs import paired
from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter, PlannedArg

_VALUES = {"type": "array", "items": {"type": "number"}, "description": (
    "List of trait values, which are decimal numbers between 0 and 1, where 1 represents "
    "the trait maximally contributing to fitness.")}
_SHARES = {"type": "array", "items": {"type": "number"}, "description": (
    "List of the percentage contributions of each trait to the overall fitness, which "
    "must sum to 1.")}


def _endpoint() -> Endpoint:
    params = tuple(Parameter(name=n, raw_name=n, type_label="array", json_schema=s,
                             required=True, description=s["description"])
                   for n, s in (("trait_values", _VALUES), ("trait_contributions", _SHARES)))
    return Endpoint(id="BFCL_v4_multiple/calculate_fitness/calculate_fitness",
                    function_name="calculate_fitness", tool_id="calculate_fitness",
                    tool_name="calculate_fitness", category="BFCL_v4_multiple",
                    name="calculate_fitness", parameters=params, description=(
                        "Calculate the expected evolutionary fitness of a creature based on "
                        "the individual values and contributions of its traits."))


def test_described_lists_are_drawn_in_range_summing_and_one_per_trait() -> None:
    endpoint = _endpoint()
    values = ArgumentValues(MockExecutor(3))
    for seed in range(40):
        rng = random.Random(seed)
        drawn = [PlannedArg(name=p.name, source="user", value=values.draw(endpoint, p, rng))
                 for p in endpoint.parameters]
        out = {a.name: a.value for a in paired(endpoint, drawn, lambda p, v: True)}
        traits, shares = out["trait_values"], out["trait_contributions"]
        assert isinstance(traits, list) and isinstance(shares, list), out
        assert all(0 <= v <= 1 for v in traits), out
        assert len(shares) >= 2 and abs(sum(shares) - 1) < 1e-9, out
        assert all(v > 0 for v in shares), out
        assert len(traits) == len(shares), out
