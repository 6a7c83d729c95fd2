"""A user names a state, a currency or a category, never by a made-up id (ToolBench seed 31
#233 "the zips in the state stt_3b4709", #42 "my currency crr_6b4c50"). Each defect has a
clean twin that differs only in what makes it one; all hand-written."""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext
from toolgen.judge.realism import named_by_id
from toolgen.judge.view import build_view

from .factories import calls_record

CTX = JudgeContext()


def _kinds(name: str, args: dict[str, Any], user: str) -> list[str]:
    record = calls_record([(name, args, {"data": [{"zip": "95158"}]})], user=user,
                          answer="Here they are.", conversation_id="t-named-by-id")
    return [f.kind for f in named_by_id.check_view(build_view(record), CTX)]


def test_a_state_stated_by_a_made_up_id_is_found() -> None:
    assert _kinds("get_zips_in_state", {"stateId": "stt_3b4709"},
                  "Find the zips in my state stt_3b4709.") == ["named_thing_by_id"]


def test_a_currency_behind_a_bare_id_is_found_by_the_function_name() -> None:
    assert _kinds("market_get_cross_currencies_for_bb_finance", {"id": "crr_6b4c50"},
                  "The rate for my currency crr_6b4c50, please.") == ["named_thing_by_id"]


def test_a_category_list_of_made_up_ids_is_found() -> None:
    assert _kinds("search_venues", {"categoryId": "ctg_37ebdc,ctg_63ca82"},
                  "Venues in categories ctg_37ebdc,ctg_63ca82.") == ["named_thing_by_id"]


def test_a_real_state_code_passes() -> None:
    assert _kinds("get_zips_in_state", {"stateId": "CA"},
                  "Find the zips in California (CA).") == []


def test_an_id_of_the_users_own_record_passes() -> None:
    # an order number is the user's, from their e-mail
    assert _kinds("get_order", {"order_id": "ord_3b4709"},
                  "Where is my order ord_3b4709?") == []


def test_an_id_the_user_never_said_is_not_theirs() -> None:
    assert _kinds("get_zips_in_state", {"stateId": "stt_3b4709"},
                  "Find the zips in my state.") == []
