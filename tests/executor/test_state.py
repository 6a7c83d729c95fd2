from __future__ import annotations

from executor_endpoints import (
    BOOK,
    CANCEL_BOOKING,
    DETAILS,
    GET_BOOKING,
    LIST_BOOKINGS,
    SEARCH,
    UPDATE_BOOKING,
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
