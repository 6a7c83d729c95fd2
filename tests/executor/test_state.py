from __future__ import annotations

from executor_endpoints import (
    BOOK,
    CANCEL_BOOKING,
    DETAILS,
    GET_BOOKING,
    LIST_BOOKINGS,
    SEARCH,
    UPDATE_BOOKING,
    endpoint,
    param,
)

from toolgen.executor import MockExecutor

BOOK_ARGS = {"guest_name": "Ann Lee", "check_in": "2025-05-01", "room_type": "double"}


def test_ids_chain_with_consistent_data(executor: MockExecutor) -> None:
    s = executor.session(11)
    first = s.call(SEARCH, {"city": "Porto"})
    hotel = first.output["results"][0]
    refs = {r.path: r for r in first.output_refs}
    assert refs["$.results[0].hotel_id"].entity == "hotel"
    again = s.call(DETAILS, {"hotel_id": hotel["hotel_id"]}).output
    for key in ("hotel_id", "name", "price", "city", "rating", "currency"):
        assert again[key] == hotel[key], key
    # The id returned by details is the same one, and a third call agrees too.
    assert s.call(DETAILS, {"hotel_id": hotel["hotel_id"]}).output == again


def test_unknown_id_gets_fresh_consistent_data(executor: MockExecutor) -> None:
    s = executor.session(12)
    a = s.call(DETAILS, {"hotel_id": "htl_zzz"}).output
    b = s.call(DETAILS, {"hotel_id": "htl_zzz"}).output
    assert a["hotel_id"] == "htl_zzz" and a["name"] == b["name"] and a["price"] == b["price"]


def test_strict_mode_unknown_id_is_not_found(executor: MockExecutor) -> None:
    s = executor.session(12, strict=True)
    result = s.call(DETAILS, {"hotel_id": "htl_zzz"})
    assert result.status == "http_404" and "htl_zzz" in (result.error or "")
    hotel = s.call(SEARCH, {"city": "Rome"}).output["results"][0]
    assert s.call(DETAILS, {"hotel_id": hotel["hotel_id"]}).status == "ok"


def test_create_list_delete_list(executor: MockExecutor) -> None:
    s = executor.session(13)
    hotel_id = s.call(SEARCH, {"city": "Paris"}).output["results"][0]["hotel_id"]
    booked = s.call(BOOK, {"hotel_id": hotel_id, **BOOK_ARGS})
    assert booked.status == "ok"
    booking_id = booked.output["booking_id"]
    assert any(r.value == booking_id and r.entity == "booking" for r in booked.output_refs)

    listed = s.call(LIST_BOOKINGS, {}).output
    mine = [b for b in listed if b["booking_id"] == booking_id]
    assert len(mine) == 1
    assert mine[0]["guest_name"] == "Ann Lee" and mine[0]["hotel_id"] == hotel_id

    got = s.call(GET_BOOKING, {"booking_id": booking_id}).output
    assert got["guest_name"] == "Ann Lee" and got["check_in"] == "2025-05-01"

    assert s.call(CANCEL_BOOKING, {"booking_id": booking_id}).status == "ok"
    listed = s.call(LIST_BOOKINGS, {}).output
    assert all(b["booking_id"] != booking_id for b in listed)
    gone = s.call(GET_BOOKING, {"booking_id": booking_id})
    assert gone.status == "http_404" and booking_id in (gone.error or "")


def test_update_is_visible_to_later_reads(executor: MockExecutor) -> None:
    s = executor.session(14)
    booking_id = s.call(BOOK, {"hotel_id": "htl_1", **BOOK_ARGS}).output["booking_id"]
    updated = s.call(UPDATE_BOOKING, {"booking_id": booking_id, "check_in": "2025-06-10"})
    assert updated.status == "ok" and updated.output["check_in"] == "2025-06-10"
    got = s.call(GET_BOOKING, {"booking_id": booking_id}).output
    assert got["check_in"] == "2025-06-10" and got["guest_name"] == "Ann Lee"


def test_sessions_do_not_share_state(executor: MockExecutor) -> None:
    a = executor.session(15)
    booking_id = a.call(BOOK, {"hotel_id": "htl_1", **BOOK_ARGS}).output["booking_id"]
    b = executor.session(16)
    assert all(x["booking_id"] != booking_id for x in b.call(LIST_BOOKINGS, {}).output)


ORDER = {
    "type": "object",
    "properties": {
        "order_id": {"type": "string"},
        "status": {"type": "string"},
        "created_at": {"type": "string", "format": "date-time"},
        "total": {"type": "object", "properties": {"amount": {"type": "number"},
                                                   "currency": {"type": "string"}}},
    },
}
PLACE_ORDER = endpoint("place_order", (param("item"),), ORDER, method="POST")
ADD_TO_ORDER = endpoint("add_to_order", (param("order_id"), param("item")), ORDER,
                        method="POST")
GET_ORDER = endpoint("get_order", (param("order_id"),), ORDER)
LIST_ORDERS = endpoint("list_orders", (), {
    "type": "object", "properties": {"orders": {"type": "array", "items": ORDER}}})


def test_an_object_field_reads_back_as_created(executor: MockExecutor) -> None:
    s = executor.session(21)
    placed = s.call(PLACE_ORDER, {"item": "lamp"}).output
    got = s.call(GET_ORDER, {"order_id": placed["order_id"]}).output
    assert got["total"] == placed["total"]
    listed = s.call(LIST_ORDERS, {}).output["orders"]
    assert [o["total"] for o in listed if o["order_id"] == placed["order_id"]] == [
        placed["total"]]


def test_adding_to_an_existing_entity_keeps_what_it_was_created_with(
    executor: MockExecutor,
) -> None:
    s = executor.session(22)
    placed = s.call(PLACE_ORDER, {"item": "lamp"}).output
    added = s.call(ADD_TO_ORDER, {"order_id": placed["order_id"], "item": "desk"}).output
    assert added["order_id"] == placed["order_id"]
    assert added["created_at"] == placed["created_at"]
    assert s.call(GET_ORDER, {"order_id": placed["order_id"]}).output["created_at"] == \
        placed["created_at"]


def test_a_camel_case_url_names_the_entity_after_its_verb(executor: MockExecutor) -> None:
    create = endpoint("createCompany", (param("name"),), {
        "type": "object", "properties": {"company_id": {"type": "string"},
                                         "createcompany_id": {"type": "string"}}},
        method="POST", url="https://api.example.com/createCompany")
    get = endpoint("get_company", (param("company_id"),), {
        "type": "object", "properties": {"company_id": {"type": "string"},
                                         "name": {"type": "string"}}})
    s = executor.session(23)
    company = s.call(create, {"name": "Acme Ltd"}).output["company_id"]
    assert s.call(get, {"company_id": company}).output["name"] == "Acme Ltd"


def test_a_fork_looks_ahead_without_touching_the_session(executor: MockExecutor) -> None:
    s = executor.session(24)
    s.call(PLACE_ORDER, {"item": "lamp"})
    fork = s.fork()
    ahead = fork.call(PLACE_ORDER, {"item": "desk"}).output
    fork.call(PLACE_ORDER, {"item": "chair"})
    # The session makes the same call as if the fork had never run: same index, same state.
    assert s.call(PLACE_ORDER, {"item": "desk"}).output == ahead
    assert (s.calls, fork.calls) == (2, 3)
    listed = {o["order_id"] for o in fork.call(LIST_ORDERS, {}).output["orders"]}
    mine = {o["order_id"] for o in s.call(LIST_ORDERS, {}).output["orders"]}
    assert len(listed - mine) >= 1  # the chair exists only on the fork


def test_a_city_listed_by_its_city_field_is_named_the_same_when_read_by_id(
    executor: MockExecutor,
) -> None:
    # ToolBench: get_city (city_id, city: "Mumbai") then get_cities_by_id (cityId, name)
    # named the same id "Barcelona".
    listed = endpoint("get_city", (param("iso"),), {"type": "object", "properties": {
        "city_id": {"type": "string"}, "city": {"type": "string"},
        "country": {"type": "string"}}})
    by_id = endpoint("get_city_by_id", (param("cityId"),), {"type": "object", "properties": {
        "name": {"type": "string"}, "cityId": {"type": "string"},
        "city_code": {"type": "string"}}})
    for seed in range(5):
        s = executor.session(seed)
        first = s.call(listed, {"iso": "IN"}).output
        again = s.call(by_id, {"cityId": first["city_id"]}).output
        assert again["name"] == first["city"], (first, again)
