"""Places, money and companies across one conversation's calls.

A search in Oslo prices its hotels in crowns, and the booking of one that names no place
is paid in the same crowns (the API remembers the place its calls named); an order
placed at a price reads back at that price, and the user orders a listed share at a
price it trades at.
"""

from __future__ import annotations

from executor_endpoints import endpoint, param

from toolgen.agents.planner.values_pairs import paired
from toolgen.executor import MockExecutor
from toolgen.records import PlannedArg

_MONEY = {"type": "object", "properties": {"amount": {"type": "number"},
                                           "currency": {"type": "string"}}}
_SEARCH = endpoint("search_hotels", (param("city"),), {
    "type": "object", "properties": {"results": {"type": "array", "items": {
        "type": "object", "properties": {"hotel_id": {"type": "string"},
                                         "name": {"type": "string"},
                                         "city": {"type": "string"},
                                         "price_per_night": _MONEY}}}}})
_BOOK = endpoint("book_room", (param("hotel_id"), param("guest_name")), {
    "type": "object", "properties": {"reservation_id": {"type": "string"},
                                     "hotel_id": {"type": "string"},
                                     "status": {"type": "string"},
                                     "total_price": _MONEY}}, method="POST")
_PLACE = endpoint("place_order", (param("symbol"), param("price", "number")), {
    "type": "object", "properties": {"order_id": {"type": "integer"},
                                     "symbol": {"type": "string"},
                                     "price": {"type": "number"},
                                     "status": {"type": "string"}}}, method="POST")
_ORDER = endpoint("get_order_details", (param("order_id", "integer"),), {
    "type": "object", "properties": {"id": {"type": "integer"},
                                     "symbol": {"type": "string"},
                                     "price": {"type": "number"},
                                     "status": {"type": "string"}}})


def test_a_booking_after_a_search_in_oslo_is_paid_in_crowns() -> None:
    executor = MockExecutor(3)
    for seed in range(6):
        session = executor.session(seed)
        found = session.call(_SEARCH, {"city": "Oslo"}).output
        prices = [r["price_per_night"]["currency"] for r in found["results"]]
        assert prices and set(prices) == {"NOK"}, found
        hotel = found["results"][0]["hotel_id"]
        booked = session.call(_BOOK, {"hotel_id": hotel, "guest_name": "Ana Lima"}).output
        assert booked["total_price"]["currency"] == "NOK", booked


def test_an_order_reads_back_at_the_price_it_was_placed_at() -> None:
    executor = MockExecutor(3)
    for seed in range(6):
        session = executor.session(seed)
        placed = session.call(_PLACE, {"symbol": "IBM", "price": 75.31}).output
        assert placed["price"] == 75.31
        read = session.call(_ORDER, {"order_id": placed["order_id"]}).output
        assert read["price"] == 75.31, read


def test_a_user_orders_a_listed_share_at_a_price_it_trades_at() -> None:
    # BFCL seed 8: "place an order (the stop order) for symbol NFLX, of 15.7"
    args = [PlannedArg(name="order_type", source="user", value="stop"),
            PlannedArg(name="symbol", source="user", value="NFLX"),
            PlannedArg(name="price", source="user", value=15.7),
            PlannedArg(name="amount", source="user", value=502)]
    fixed = {a.name: a.value for a in paired(_PLACE, args, lambda p, v: True)}
    assert 280 <= fixed["price"] <= 1000  # Netflix traded at 280-1000 in 2023-2025
    assert fixed["amount"] == 502 and fixed["symbol"] == "NFLX"
    kept = [PlannedArg(name="symbol", source="user", value="NFLX"),
            PlannedArg(name="price", source="user", value=612.4)]
    assert paired(_PLACE, kept, lambda p, v: True) == kept


_CHECKOUT = endpoint("checkout", (param("cart_id"), param("shipping_address")), {
    "type": "object", "properties": {"order_id": {"type": "string"},
                                     "status": {"type": "string"},
                                     "total": _MONEY}}, method="POST")
_CANCEL = endpoint("cancel_order", (param("order_id"), param("reason")), {
    "type": "object", "properties": {"order_id": {"type": "string"},
                                     "status": {"type": "string"},
                                     "refund": _MONEY}},
                   method="POST").model_copy(update={"tool_id": "orderdesk"})


def test_an_order_paid_in_dollars_is_refunded_in_dollars_by_another_api() -> None:
    executor = MockExecutor(3)
    for seed in range(6):
        session = executor.session(seed)
        paid = session.call(_CHECKOUT, {"cart_id": "crt_1", "shipping_address":
                                        "71 Todd Burgs, Boston, United States"}).output
        assert paid["total"]["currency"] == "USD", paid
        cancelled = session.call(_CANCEL, {"order_id": paid["order_id"],
                                           "reason": "found_cheaper"}).output
        assert cancelled["refund"]["currency"] == "USD", cancelled

