"""Planned conversations do not undo what their earlier calls did (`state_order`).

Bundled seed 7 planned 34 of 300 records that a reviewer refuses: a card deleted and then
charged, a return for an order just cancelled, the refund of a cancelled reservation
paid as a new payment, a flight booked with a card and paid again, one amount paid with
two cards. Such a plan is planned again.
"""

from __future__ import annotations

import pytest

from toolgen.pipeline.plan import iter_plans
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import PlannedCall, Scenario

# Calls whose output is money already settled or given back.
_SETTLES = ("cancel_", "refund_", "delete_", "book_", "buy_", "checkout", "create_payment")


def _verb(call: PlannedCall) -> str:
    return call.function_name.split("_", 1)[0]


def _contradictions(scenario: Scenario) -> list[str]:
    """What a reviewer reads in the plan, by the functions' own names."""
    calls = {c.call_id: c for c in scenario.calls}
    found: list[str] = []
    removed: set[str] = set()
    for call in scenario.calls:
        for arg in call.arguments:
            source = calls.get(arg.call_id or "")
            if call.function_name.startswith("create_payment") and source is not None \
                    and source.function_name.startswith(_SETTLES):
                found.append(f"{call.function_name} pays from {source.function_name}")
            if arg.name.endswith("_id") and _verb(call) not in ("get", "list", "track"):
                key = str(arg.value) if arg.source == "user" else f"{arg.call_id}:{arg.name}"
                if key in removed:
                    found.append(f"{call.function_name} uses a removed {arg.name}")
        if _verb(call) in ("delete", "cancel"):
            for arg in call.arguments:
                if arg.name.endswith("_id"):
                    removed.add(str(arg.value) if arg.source == "user"
                                else f"{arg.call_id}:{arg.name}")
                    removed.add(f"{call.call_id}:{arg.name}")  # the id it echoes back
    return found


@pytest.mark.parametrize("seed", [7, 8])
def test_no_bundled_plan_pays_twice_or_uses_what_it_removed(seed: int) -> None:
    config = RunConfig(n=300, seed=seed)
    rt = Runtime.build(config)
    plans = list(iter_plans(rt, config))
    payments = sum(c.function_name.startswith("create_payment")
                   for _, s in plans for c in s.calls)
    assert payments > 30  # payments are still planned, only not contradicting ones
    bad = [(i, why) for i, (_, s) in enumerate(plans) for why in _contradictions(s)]
    assert bad == []
