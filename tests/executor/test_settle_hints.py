"""What a later planned call settles is known from the record's plan, whatever attempt
of the read it links to: a record links an item to the attempt whose page held it
(`call_x_a0`, page 1 of a paged read), and a replay had then drawn the order "refunded"
before its refund, where the run had read it "issued" (bundled seed 7 #153)."""

from __future__ import annotations

from bundled_endpoints import bundled_endpoint

from toolgen.executor.settle_ahead import settle_hints
from toolgen.records import PlannedArg, PlannedCall


def _plan(link: str) -> list[PlannedCall]:
    read = bundled_endpoint("list_ticket_orders_for_ticketbox_events")
    refund = bundled_endpoint("refund_tickets_for_ticketbox_events")
    return [
        PlannedCall(call_id="call_9084606eff", endpoint_id=read.id,
                    function_name=read.function_name, arguments=()),
        PlannedCall(call_id="call_63d170a4e2", endpoint_id=refund.id,
                    function_name=refund.function_name, arguments=(PlannedArg(
                        name="ticket_order_id", source="tool_output", call_id=link,
                        path="$.ticket_orders[0].ticket_order_id"),), depends_on=(link,)),
    ]


def test_a_link_to_a_pages_attempt_is_its_planned_calls() -> None:
    endpoints = {e.id: e for e in (bundled_endpoint("list_ticket_orders_for_ticketbox_events"),
                                   bundled_endpoint("refund_tickets_for_ticketbox_events"))}
    planned = settle_hints(_plan("call_9084606eff"), endpoints)
    recorded = settle_hints(_plan("call_9084606eff_a0"), endpoints)
    assert planned and recorded == planned
    (hint,) = recorded.values()
    assert hint.act == "refund" and hint.path == ("ticket_orders", 0, "ticket_order_id")
