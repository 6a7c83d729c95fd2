"""The naming realism checks: raw function names in prose, creates answered as searches.

The calibration set shows each defect is caught; these pin what a reviewer accepts
(real words that happen to be function names, a booking confirmed with its reference, a
search after a booking) and the readings behind the checks.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from toolgen.judge import JudgeContext, validate
from toolgen.judge.realism.naming import glued, listed, makes_something, raw_forms
from toolgen.records import Record

from .calibration.labelled import load

CTX = JudgeContext()
BASES = {r.base: r.record for r in load() if r.defect is None and r.id.endswith("clean0")}


def _dict(base: str) -> dict[str, Any]:
    return copy.deepcopy(BASES[base].model_dump(mode="json"))


def _kinds(d: dict[str, Any]) -> set[str]:
    return {f.kind for f in validate(Record.model_validate(d), CTX)}


def test_glued_names_split_and_real_words_do_not() -> None:
    assert glued("createanote") == ("create", "a", "note")
    assert glued("listallaccounts") == ("list", "all", "accounts")
    for word in ("youtube", "weather", "consulta", "kloudless", "calendar", "notes"):
        assert glued(word) == (), word


def test_raw_forms_are_identifiers_and_glued_names_only() -> None:
    assert "flight_book" in raw_forms("flight_book_3d54d3e0")
    assert raw_forms("createanote_for_cleardil") == ("createanote_for_cleardil", "createanote")
    assert raw_forms("divide") == ()
    assert raw_forms("weather") == ()


def test_a_plain_word_that_is_also_a_function_name_is_not_flagged() -> None:
    d = _dict("calendar")
    d["tools"][0]["function"]["name"] = "calendar"
    d["messages"][1]["tool_calls"][0]["function"]["name"] = "calendar"
    assert "raw_function_name" not in _kinds(d)


def test_a_function_name_in_a_weight0_turn_is_not_trained_on() -> None:
    d = _dict("hotels")
    d["messages"][-1]["content"] += " I used search_hotels for this."
    assert "raw_function_name" in _kinds(d)
    d["messages"][-1]["weight"] = 0
    assert "raw_function_name" not in _kinds(d)


def test_what_makes_something() -> None:
    assert makes_something("flight_book", "Book a direct flight for a date.")
    assert makes_something("hotel_booking_4a387a21", "BFCL: Books a hotel room given ...")
    assert makes_something("createanote_for_cleardil", "ClearDil: Createanote")
    assert not makes_something("search_hotels", "Search hotels in a city.")
    assert not makes_something("get_booking", "Details of one booking.")
    assert not makes_something("flight_book_search", "Find flights to book.")
    # Spotify's `new_releases` lists what is new (ToolBench seed 7 #150)
    assert not makes_something("new_releases_for_spotify_v2",
                               "Spotify _v2: Get new releases based on country code.")
    assert makes_something("new_user_for_crm", "CRM: New user")


def test_a_confirmed_booking_is_not_a_list() -> None:
    assert not listed({"reservation_id": "rsv_1", "status": "confirmed", "items": [
        {"sku": "a"}, {"sku": "b"}]})
    assert listed({"flights": [{"flight_id": "f1"}], "total": 98})
    assert listed([{"id": 1}, {"id": 2}])


def test_a_search_after_a_booking_may_report_a_count() -> None:
    d = _dict("dinner")  # search, then reserve; the answer confirms the booking
    assert "create_as_list" not in _kinds(d)
    d["messages"][-1]["content"] += " There are 3 in all nearby."
    assert "create_as_list" not in _kinds(d)  # two calls: the count may be the search's


def test_a_booking_that_came_back_as_a_list_is_flagged() -> None:
    d = _dict("dinner")
    m = next(m for m in d["messages"] if m.get("tool_call_id") == "call_d2")
    m["content"] = json.dumps({"reservations": [{"table": 1}, {"table": 2}], "total": 2})
    assert "create_as_list" in _kinds(d)
