"""Calls that contradict the state earlier calls left (`state_order`).

Flagged: a card charged after it was deleted, a return for an order just cancelled
(`used_after_removal`); a payment of a cancelled reservation's refund, of a flight booked
"ticketed", or of one amount twice (`paid_again`). Left alone: a look-up of what was
cancelled, a payment of an open (held) booking, a call that failed.
"""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext
from toolgen.judge.realism import bought, paged_totals, state_order
from toolgen.judge.view import build_view
from toolgen.records import Record

from .factories import build, calls_record

CTX = JudgeContext()
Calls = list[tuple[str, dict[str, Any], Any]]


def _record(calls: Calls, effects: dict[int, str], status: dict[int, str] | None = None,
            ) -> Record:
    record = calls_record(calls, user="Please sort this out.", answer="Done.",
                          conversation_id="t-state")
    d = record.model_dump(mode="json")
    for n, effect in effects.items():
        d["step_trace"][n]["effect"] = effect
    for n, st in (status or {}).items():
        d["step_trace"][n]["status"] = st
    return build(d)


def _kinds(record: Record) -> list[str]:
    return [f.kind for f in state_order.check_view(build_view(record), CTX)]


DELETE_CARD = ("delete_payment_method", {"payment_method_id": "mth_27902f"},
               {"payment_method_id": "mth_27902f", "deleted": True})
PAY_WITH_CARD = ("create_payment", {"amount": 40.0, "currency": "EUR",
                                    "payment_method_id": "mth_27902f"},
                 {"payment_id": "pay_4988", "amount": 40.0, "status": "pending"})
CANCEL = ("cancel_reservation", {"reservation_id": "rsr_efe093"},
          {"reservation_id": "rsr_efe093", "status": "cancelled",
           "refund": {"amount": 189.6, "currency": "EUR"}})


def test_a_card_charged_after_it_was_deleted_is_flagged() -> None:
    record = _record([DELETE_CARD, PAY_WITH_CARD], {0: "delete", 1: "create"})
    assert _kinds(record) == ["used_after_removal"]


def test_a_return_for_a_cancelled_order_is_flagged() -> None:
    record = _record([("cancel_order", {"order_id": "ord_e66d71"},
                       {"order_id": "ord_e66d71", "status": "cancelled"}),
                      ("create_return", {"order_id": "ord_e66d71", "reason": "other"},
                       {"return_id": "ret_4048", "status": "requested"})],
                     {0: "delete", 1: "create"})
    assert _kinds(record) == ["used_after_removal"]


def test_a_look_up_of_a_cancelled_reservation_is_left_alone() -> None:
    record = _record([CANCEL, ("get_reservation", {"reservation_id": "rsr_efe093"},
                               {"reservation_id": "rsr_efe093", "status": "cancelled"})],
                     {0: "delete"})
    assert _kinds(record) == []


def test_a_charge_that_failed_after_the_delete_is_left_alone() -> None:
    record = _record([DELETE_CARD, PAY_WITH_CARD], {0: "delete"}, status={1: "http_404"})
    assert _kinds(record) == []


def test_paying_the_refund_of_a_cancelled_reservation_is_flagged() -> None:
    pay = ("create_payment", {"amount": 189.6, "currency": "EUR",
                              "payment_method_id": "mth_5d0c9c"},
           {"payment_id": "pay_7956", "amount": 189.6, "status": "pending"})
    record = _record([CANCEL, pay], {0: "delete", 1: "create"})
    assert _kinds(record) == ["paid_again"]


def test_paying_a_ticketed_booking_is_flagged() -> None:
    book = ("book_flight", {"flight_id": "flg_53225f", "payment_method_id": "mth_1"},
            {"booking_id": "HN-2699", "status": "ticketed",
             "total_price": {"amount": 23.6, "currency": "EUR"}})
    pay = ("create_payment", {"amount": 23.6, "currency": "EUR", "payment_method_id": "mth_2"},
           {"payment_id": "pay_5076", "amount": 23.6, "status": "pending"})
    record = _record([book, pay], {0: "create", 1: "create"})
    assert _kinds(record) == ["paid_again"]


def test_one_amount_paid_twice_is_flagged_once() -> None:
    first = ("create_payment", {"amount": 435.9, "payment_method_id": "mth_5f2e2a"},
             {"payment_id": "pay_4143", "amount": 435.9, "status": "pending"})
    second = ("create_payment", {"amount": 435.9, "payment_method_id": "mth_7a4ead"},
              {"payment_id": "pay_1083", "amount": 435.9, "status": "pending"})
    record = _record([first, second], {0: "create", 1: "create"})
    assert _kinds(record) == ["paid_again"]


def test_paying_a_held_booking_is_left_alone() -> None:
    book = ("book_flight", {"flight_id": "flg_53225f"},
            {"booking_id": "HN-2699", "status": "held",
             "total_price": {"amount": 23.6, "currency": "EUR"}})
    pay = ("create_payment", {"amount": 23.6, "currency": "EUR", "payment_method_id": "mth_2"},
           {"payment_id": "pay_5076", "amount": 23.6, "status": "pending"})
    record = _record([book, pay], {0: "create", 1: "create"})
    assert _kinds(record) == []


def test_adding_a_payment_method_is_no_payment() -> None:
    add = ("add_payment_method", {"card_token": "tok_1", "amount": 23.6},
           {"payment_method_id": "mth_9", "status": "active"})
    book = ("book_flight", {"flight_id": "flg_1"},
            {"booking_id": "HN-1", "status": "ticketed", "total_price": 23.6})
    record = _record([book, add], {0: "create", 1: "create"})
    assert _kinds(record) == []


# --- total_off_price (bought) -------------------------------------------------------------

FLIGHT = ("get_flight_details", {"flight_id": "flg_1"},
          {"flight": {"flight_id": "flg_1", "airline": "Air France",
                      "price": {"amount": 426.5, "currency": "EUR"}}})
ROOMS = ("check_room_availability", {"hotel_id": "htl_1"},
         {"hotel_id": "htl_1", "rooms": [{"room_id": "rm_1", "price_per_night":
                                          {"amount": 561.0, "currency": "EUR"}}]})


def _bought(record: Record) -> list[str]:
    return [f.kind for f in bought.check_view(build_view(record), CTX)]


def _booking(total: float) -> tuple[str, dict[str, Any], Any]:
    return ("book_flight", {"flight_id": "flg_1", "passenger_name": "Paul Jones"},
            {"booking_id": "HN-1", "flight_id": "flg_1", "status": "ticketed",
             "total_price": {"amount": total, "currency": "EUR"}})


def test_a_booking_under_the_flights_price_is_flagged() -> None:
    assert _bought(_record([FLIGHT, _booking(22.9)], {1: "create"})) == ["total_off_price"]


def test_a_booking_at_the_flights_price_is_left_alone() -> None:
    assert _bought(_record([FLIGHT, _booking(426.5)], {1: "create"})) == []


def test_nights_times_the_nightly_price_is_the_stay() -> None:
    def stay(total: float) -> tuple[str, dict[str, Any], Any]:
        return ("book_hotel_room", {"hotel_id": "htl_1", "room_id": "rm_1",
                                    "check_in": "2025-06-29", "check_out": "2025-07-02"},
                {"reservation_id": "rsv_1", "total_price": {"amount": total,
                                                            "currency": "EUR"}})
    assert _bought(_record([ROOMS, stay(1683.0)], {1: "create"})) == []
    assert _bought(_record([ROOMS, stay(172.3)], {1: "create"})) == ["total_off_price"]


def test_tickets_under_the_lowest_price_are_flagged() -> None:
    event = ("search_events", {"city": "Paris"},
             {"events": [{"event_id": "evt_1", "min_price": {"amount": 70.9,
                                                             "currency": "EUR"}}]})

    def buy(total: float) -> tuple[str, dict[str, Any], Any]:
        return ("buy_tickets", {"event_id": "evt_1", "quantity": 4},
                {"ticket_order_id": "to_1", "quantity": 4,
                 "total": {"amount": total, "currency": "EUR"}})
    assert _bought(_record([event, buy(76.5)], {1: "create"})) == ["total_off_price"]
    assert _bought(_record([event, buy(320.0)], {1: "create"})) == []


# --- total_restated -----------------------------------------------------------------------

CHECKOUT = ("checkout", {"cart_id": "crt_497632"},
            {"order_id": "ord_0392", "status": "paid",
             "total": {"amount": 85.9, "currency": "EUR"}})


def _order(total: float) -> tuple[str, dict[str, Any], Any]:
    return ("get_order", {"order_id": "ord_0392"},
            {"order_id": "ord_0392", "items": [{"product_id": "prd_1", "quantity": 1,
                                                "price": total}],
             "total": {"amount": total, "currency": "EUR"}})


def test_an_order_read_back_at_another_total_is_flagged() -> None:
    assert _kinds(_record([CHECKOUT, _order(175.28)], {})) == ["total_restated"]


def test_an_order_read_back_at_its_total_is_left_alone() -> None:
    assert _kinds(_record([CHECKOUT, _order(85.9)], {})) == []


def test_a_change_to_the_order_may_change_its_total() -> None:
    added = ("add_item_to_order", {"order_id": "ord_0392", "product_id": "prd_2"},
             {"order_id": "ord_0392", "total": {"amount": 120.0, "currency": "EUR"}})
    assert _kinds(_record([CHECKOUT, added, _order(120.0)], {1: "update"})) == []


# --- a list read again after a create (paged_totals) --------------------------------------

def _listing(total: int) -> tuple[str, dict[str, Any], Any]:
    return ("list_deliveries", {}, {"deliveries": [{"delivery_id": "dlv_1"}], "total": total})


ORDERED = ("place_delivery_order", {"restaurant_id": "rst_1"},
           {"delivery_id": "dlv_9", "status": "placed"})


def test_a_list_read_again_counts_what_was_made_in_between() -> None:
    record = _record([_listing(40), ORDERED, _listing(41)], {1: "create"})
    assert [f.kind for f in paged_totals.check_view(build_view(record), CTX)] == []


def test_a_list_read_again_that_lost_items_is_still_flagged() -> None:
    record = _record([_listing(40), ORDERED, _listing(37)], {1: "create"})
    assert [f.kind for f in paged_totals.check_view(build_view(record), CTX)] == [
        "paged_total_mismatch"]


def test_a_list_read_again_after_two_creates_may_count_one() -> None:
    paid = ("create_payment", {"amount": 41.8}, {"payment_id": "pay_1", "status": "pending"})
    record = _record([_listing(40), paid, ORDERED, _listing(41)], {1: "create", 2: "create"})
    assert [f.kind for f in paged_totals.check_view(build_view(record), CTX)] == []
