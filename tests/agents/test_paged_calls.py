"""A conversation whose listing pages leaves the page size to the service: "all
publishers, 10 results per page" cannot page two at a time, and the overlay had stood
down (30 of 102 paged conversations drawn at ToolBench seed 11 never paged)."""

from __future__ import annotations

from toolgen.agents.planner.paged_calls import unsized
from toolgen.records import Endpoint, Parameter, PlannedArg, PlannedCall


def _endpoint(required: bool) -> Endpoint:
    params = (Parameter(name="recordsPerPage", raw_name="recordsPerPage", type_label="NUMBER",
                        json_schema={"type": "number"}, required=required),
              Parameter(name="country", raw_name="country", type_label="STRING",
                        json_schema={"type": "string"}, required=False))
    return Endpoint(id="Financial/trade/get_all_publishers", function_name="get_all_publishers",
                    tool_id="trade", tool_name="Trade", category="Financial",
                    name="Get all publishers", parameters=params)


def _call(endpoint: Endpoint) -> PlannedCall:
    return PlannedCall(call_id="c1", endpoint_id=endpoint.id,
                       function_name=endpoint.function_name, arguments=(
                           PlannedArg(name="recordsPerPage", source="user", value=10),
                           PlannedArg(name="country", source="user", value="Chile")))


def test_an_optional_page_size_the_user_would_state_is_left_to_the_service() -> None:
    optional = _endpoint(False)
    (call,) = unsized([_call(optional)], {optional.id: optional})
    assert [a.name for a in call.arguments] == ["country"]
    required = _endpoint(True)
    (kept,) = unsized([_call(required)], {required.id: required})
    assert [a.name for a in kept.arguments] == ["recordsPerPage", "country"]
