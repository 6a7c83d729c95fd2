"""A ticket order listed after its purchase states the total the purchase settled.

Bundled seed 11 #210: `buy_tickets` made `to_0175` for 7 x 50687 KRW = 354809.0 KRW and
`list_ticket_orders` then listed it at a freshly drawn 51852 KRW: the purchase remembered
its total as a money object, and a listed item took only remembered scalars.
"""

from __future__ import annotations

from typing import Any

import pytest
from bundled_endpoints import bundled_endpoint

from toolgen.executor import MockExecutor
from toolgen.executor.remembered import listed_known
from toolgen.executor.state import EntityRecord

SEARCH = "search_events_for_ticketbox_events"
BUY = "buy_tickets_for_ticketbox_events"
LIST = "list_ticket_orders_for_ticketbox_events"


def test_a_listed_item_states_a_remembered_money_object() -> None:
    rec = EntityRecord("order")
    rec.remember("total", {"amount": 354809, "currency": "KRW"})
    item: dict[str, Any] = {"ticket_order_id": "to_0175",
                            "total": {"amount": 51852, "currency": "KRW", "note": "x"}}
    listed_known(item, rec)
    assert item["total"] == {"amount": 354809, "currency": "KRW", "note": "x"}


@pytest.mark.parametrize("session_seed", range(6))
def test_a_ticket_order_is_listed_at_what_it_was_bought_for(bundled: MockExecutor,
                                                            session_seed: int) -> None:
    session = bundled.session(session_seed)
    event = session.call(bundled_endpoint(SEARCH), {"city": "Seoul"}).output["events"][0]
    bought = session.call(bundled_endpoint(BUY), {
        "event_id": event["event_id"], "quantity": 7, "seat_section": "174",
        "payment_method_id": "mth_29917f"}).output
    listed = session.call(bundled_endpoint(LIST), {"status": bought["status"]}).output
    order = next(o for o in listed["ticket_orders"]
                 if o["ticket_order_id"] == bought["ticket_order_id"])
    assert order["total"] == bought["total"]
    # quantity x the event's ticket price, in whole won (the won has no minor unit)
    unit = event["min_price"]
    assert bought["total"] == {"amount": 7 * unit["amount"], "currency": unit["currency"]}
    assert type(bought["total"]["amount"]) is int
