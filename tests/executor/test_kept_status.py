"""An order read back is in the state it was placed in, in the read's own words (BFCL
seed 21 #171: `place_order` answered "confirmed", `get_order_details` read the same order
back "Cancelled"; its enum is Open, Pending, Completed, Cancelled)."""

from __future__ import annotations

import pytest

from toolgen.executor import MockExecutor
from toolgen.executor.kept_status import same_state
from toolgen.records import Endpoint, Parameter


def _p(name: str, kind: str) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label=kind, json_schema={"type": kind},
                     required=True)


PLACE = Endpoint(
    id="trading/place_order", function_name="place_order", tool_id="trading",
    tool_name="trading_bot", category="Finance", name="place_order",
    description="Place an order to buy or sell a stock.", method="POST",
    parameters=(_p("symbol", "string"), _p("amount", "integer")),
    response_schema={"type": "object", "properties": {
        "order_id": {"type": "integer"}, "status": {"type": "string"},
        "amount": {"type": "integer"}}}, response_source="schema")
DETAILS = Endpoint(
    id="trading/get_order_details", function_name="get_order_details", tool_id="trading",
    tool_name="trading_bot", category="Finance", name="get_order_details",
    description="Retrieve the details of an order.", parameters=(_p("order_id", "integer"),),
    response_schema={"type": "object", "properties": {
        "id": {"type": "integer"}, "symbol": {"type": "string"},
        "amount": {"type": "integer"},
        "status": {"type": "string", "enum": ["Open", "Pending", "Completed", "Cancelled"]}}},
    response_source="schema")


@pytest.mark.parametrize("session_seed", range(12))
def test_an_order_just_placed_reads_back_open(executor: MockExecutor,
                                              session_seed: int) -> None:
    session = executor.session(session_seed)
    placed = session.call(PLACE, {"symbol": "NVDA", "amount": 198}).output
    if placed.get("status") != "confirmed":
        pytest.skip("the placed order is not confirmed")
    read = session.call(DETAILS, {"order_id": placed["order_id"]}).output
    assert read["status"] == "Open"


def test_a_state_is_said_in_the_enum_s_words() -> None:
    enum = ["Open", "Pending", "Completed", "Cancelled"]
    assert same_state("confirmed", enum) == "Open"
    assert same_state("canceled", enum) == "Cancelled"
    assert same_state("PENDING", enum) == "Pending"
    assert same_state("on time", enum) is None
