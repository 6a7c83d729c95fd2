"""A link at execution time joins the same kind of entity (fix 20): when the planned path
misses, the re-link takes only a leaf naming the parameter's entity, else the user is
asked for it; a planned link between two unrelated entities is dropped the same way."""

from __future__ import annotations

import random
from typing import Any

from toolgen.agents.planner.values import ArgumentValues
from toolgen.agents.policy.resolve import resolve_call
from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter, PlannedArg, PlannedCall


def _endpoint(name: str, param: str) -> Endpoint:
    p = Parameter(name=param, raw_name=param, type_label="string",
                  json_schema={"type": "string"}, required=True, description="")
    return Endpoint(id=f"t/{name}", function_name=name, tool_id="t", tool_name="Tool",
                    category="Travel", name=name, description="", parameters=(p,))


def _resolved(param: str, path: str, output: Any) -> PlannedArg:
    target = _endpoint("cancel_booking", param)
    call = PlannedCall(call_id="c2", endpoint_id=target.id, function_name=target.function_name,
                       arguments=(PlannedArg(name=param, source="tool_output", call_id="c1",
                                             path=path),))
    done = resolve_call(call, target, {"c1": output}, ArgumentValues(MockExecutor(1)),
                    random.Random(0), {"c1": "hotel_booking_book"})
    return done.arguments[0]


def test_a_missed_path_never_relinks_to_another_entitys_id() -> None:
    out = {"hotels": [{"hotel_id": "htl_1", "name": "Harris Resort"}], "total": 3}
    arg = _resolved("booking_id", "$.booking_id", out)
    # Nothing of the same entity came back: the user is asked for it (a clarification).
    assert arg.source == "clarification" and arg.value != "htl_1", arg


def test_a_missed_path_relinks_to_the_same_entity() -> None:
    out = {"booking": {"booking_id": "bkn_1", "hotel_id": "htl_1"}}
    arg = _resolved("booking_id", "$.id", out)
    assert (arg.source, arg.value, arg.path) == ("tool_output", "bkn_1", "$.booking.booking_id")


def test_a_planned_link_between_unrelated_entities_is_not_kept() -> None:
    out = {"booking_id": "bkn_1", "flight_number": "AL4897"}
    arg = _resolved("flight_id", "$.booking_id", out)
    assert arg.value != "bkn_1", arg


def test_a_planned_link_of_the_same_entity_is_kept() -> None:
    out = {"booking_id": "bkn_1", "status": "confirmed"}
    arg = _resolved("booking_id", "$.booking_id", out)
    assert (arg.source, arg.value) == ("tool_output", "bkn_1")
