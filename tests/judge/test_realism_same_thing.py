"""A thing is the same thing everywhere in a record: an order read back in the state it
was placed in, one user under one id. Each defect has a clean twin that differs only in
what makes it one; both hand-written, no expected value from the code under test."""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext
from toolgen.judge.realism import id_forms, kept_state, stated_text
from toolgen.judge.view import build_view
from toolgen.records import Record

from .factories import Call, calls_record

CTX = JudgeContext()


def _record(calls: list[Call], effects: dict[int, str] | None = None) -> Record:
    record = calls_record(calls, user="Please do it.", answer="Done.",
                          conversation_id="t-same-thing")
    steps = [s.model_copy(update={"effect": (effects or {}).get(i)})
             for i, s in enumerate(record.step_trace)]
    return record.model_copy(update={"step_trace": steps})


def _kinds(check: Any, calls: list[Call], effects: dict[int, str] | None = None) -> list[str]:
    return [f.kind for f in check.check_view(build_view(_record(calls, effects)), CTX)]


_PLACED = ("place_order", {"symbol": "NVDA", "amount": 198},
           {"order_id": 829419, "status": "confirmed", "amount": 198})


def _read(status: str) -> Call:
    return ("get_order_details", {"order_id": 829419},
            {"id": 829419, "symbol": "NVDA", "amount": 198, "status": status})


def test_an_order_placed_and_read_back_cancelled_has_drifted() -> None:
    # BFCL seed 21 #171
    assert _kinds(kept_state, [_PLACED, _read("Cancelled")], {0: "create"}) == [
        "state_drifted"]
    assert _kinds(kept_state, [_PLACED, _read("Completed")], {0: "create"}) == [
        "state_drifted"]


def test_an_order_read_back_open_or_cancelled_by_a_call_is_kept() -> None:
    assert _kinds(kept_state, [_PLACED, _read("Open")], {0: "create"}) == []
    cancel = ("cancel_order", {"order_id": 829419}, {"order_id": 829419,
                                                     "status": "cancelled"})
    assert _kinds(kept_state, [_PLACED, cancel, _read("Cancelled")],
                  {0: "create", 1: "delete"}) == []


def test_a_booking_status_says_nothing_of_the_hotel_it_was_sent() -> None:
    booked = ("book_hotel_room", {"hotel_id": "htl_f685f3"},
              {"reservation_id": "rsv_41200", "hotel_id": "htl_f685f3", "status": "confirmed"})
    hotel = ("get_hotel", {"hotel_id": "htl_f685f3"},
             {"hotel_id": "htl_f685f3", "status": "closed"})
    assert _kinds(kept_state, [booked, hotel], {0: "create"}) == []


def _user_calls(first: Any, later: Any) -> list[Call]:
    return [("update_user_info", {"user_id": first, "update_info": "Robert Ford"},
             {"user_id": first, "status": "updated"}),
            ("user_mandates", {"user_id": later},
             {"mandates": [{"mandate_id": "mnd_86b63d", "status": "pending"}]})]


def test_one_user_under_a_number_and_then_a_token_is_flagged() -> None:
    # BFCL seed 21 #11
    assert _kinds(id_forms, _user_calls(21565, "usr_686d8b")) == ["one_user_two_ids"]


def test_one_user_under_one_id_or_two_users_of_one_form_pass() -> None:
    assert _kinds(id_forms, _user_calls(21565, "21565")) == []
    assert _kinds(id_forms, _user_calls("usr_111111", "usr_222222")) == []


def _recipe_read(description: str) -> list[Call]:
    return [("get_recipe", {"recipe_id": "rcp_ba7cb8"},
             {"recipe_id": "rcp_ba7cb8", "title": "Herb Quinoa Salad", "servings": 6,
              "prep_time_minutes": 32, "description": description})]


def test_a_recipe_text_stating_other_servings_or_time_contradicts_its_fields() -> None:
    # ToolBench seed 21 #202
    assert _kinds(stated_text, _recipe_read("Ready in 30 minutes; serves four.")) == [
        "text_contradicts_field"]
    assert _kinds(stated_text, _recipe_read("Ready in 32 minutes; serves four.")) == [
        "text_contradicts_field"]


def test_a_recipe_text_stating_its_own_figures_passes() -> None:
    assert _kinds(stated_text, _recipe_read("Ready in 32 minutes; serves six.")) == []
    assert _kinds(stated_text, _recipe_read("A simple weeknight dinner.")) == []
