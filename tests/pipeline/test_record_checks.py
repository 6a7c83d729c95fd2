"""The independent checks used by the acceptance tests do catch broken records."""

from __future__ import annotations

import copy
from typing import Any

import orjson

from . import record_checks as rc


def _record() -> dict[str, Any]:
    """A small valid two-step record: find a hotel, then book it by id."""
    find_out = {"hotels": [{"id": "htl_8f3a2c", "name": "Harbor Inn", "price": 120.5}]}
    book_out = {"booking_id": "bkg_19c0d4", "status": "confirmed",
                "ref": "0f8fad5b-d9cb-469f-a165-70867728950e"}
    return {
        "conversation_id": "tg-test-0",
        "tools": [
            {"type": "function", "function": {"name": "find_hotels", "parameters": {
                "type": "object", "properties": {"city": {"type": "string"}},
                "required": ["city"]}}},
            {"type": "function", "function": {"name": "book_hotel", "parameters": {
                "type": "object",
                "properties": {"hotel_id": {"type": "string"}, "nights": {"type": "integer"}},
                "required": ["hotel_id", "nights"]}}},
        ],
        "messages": [
            {"role": "user", "content": "Find a hotel in Lisbon and book it for 3 nights."},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "c1", "type": "function",
                 "function": {"name": "find_hotels", "arguments": '{"city":"Lisbon"}'}}]},
            {"role": "tool", "tool_call_id": "c1", "content": orjson.dumps(find_out).decode()},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "c2", "type": "function", "function": {
                    "name": "book_hotel", "arguments": '{"hotel_id":"htl_8f3a2c","nights":3}'}}]},
            {"role": "tool", "tool_call_id": "c2", "content": orjson.dumps(book_out).decode()},
            {"role": "assistant",
             "content": "Booked Harbor Inn: booking bkg_19c0d4 "
                        "(ref 0f8fad5b-d9cb-469f-a165-70867728950e)."},
        ],
        "step_trace": [
            {"step": 1, "call_id": "c1", "endpoint_id": "Travel/hotels/find",
             "function_name": "find_hotels", "status": "ok",
             "arguments": {"city": {"value": "Lisbon", "source": "user", "message_index": 0}}},
            {"step": 2, "call_id": "c2", "endpoint_id": "Travel/hotels/book",
             "function_name": "book_hotel", "status": "ok", "arguments": {
                 "hotel_id": {"value": "htl_8f3a2c", "source": "tool_output", "call_id": "c1",
                              "path": "$.hotels[0].id"},
                 "nights": {"value": 3, "source": "user", "message_index": 0}}},
        ],
        "metadata": {"patterns": ["multi_step_single_tool"], "tools": ["Hotels"]},
    }


def _all(r: dict[str, Any]) -> list[str]:
    return (rc.check_calls_valid(r, rc.SchemaCache()) + rc.check_pairing(r)
            + rc.check_tool_output_sources(r)[1] + rc.check_user_sources(r)[1]
            + rc.check_answer_ids(r)[1])


def test_valid_record_passes_every_check() -> None:
    r = _record()
    assert _all(r) == []
    assert rc.check_tool_output_sources(r)[0] == 1
    assert rc.check_answer_ids(r)[0] == 2  # a prefixed id and a UUID
    assert rc.is_multi_step(r)


def test_resolver() -> None:
    doc = {"a": [{"b": 1}, {"b": [True]}], "odd key": {"x.y": "z"}}
    assert rc.resolve_path(doc, "$.a[1].b[0]") is True
    assert rc.resolve_path(doc, '$["odd key"]["x.y"]') == "z"
    assert rc.is_missing(rc.resolve_path(doc, "$.a[2]"))
    assert rc.is_missing(rc.resolve_path(doc, "$.a.b"))
    assert rc.json_equal(1, 1.0) and not rc.json_equal(True, 1) and not rc.json_equal("1", 1)


def test_unoffered_function_and_bad_arguments_are_caught() -> None:
    r = _record()
    r["messages"][3]["tool_calls"][0]["function"]["arguments"] = '{"hotel_id":"htl_8f3a2c"}'
    assert any("nights" in p for p in rc.check_calls_valid(r, rc.SchemaCache()))
    r["messages"][3]["tool_calls"][0]["function"]["name"] = "cancel_hotel"
    assert any("not offered" in p for p in rc.check_calls_valid(r, rc.SchemaCache()))


def test_unanswered_and_orphan_tool_messages_are_caught() -> None:
    r = _record()
    del r["messages"][4]
    assert any("never answered" in p for p in rc.check_pairing(r))
    r = _record()
    r["messages"][2]["tool_call_id"] = "c9"
    assert any("unknown call" in p for p in rc.check_pairing(r))


def test_wrong_tool_output_value_is_caught() -> None:
    r = _record()
    r["step_trace"][1]["arguments"]["hotel_id"]["path"] = "$.hotels[0].name"
    assert rc.check_tool_output_sources(r)[1]


def test_user_value_missing_from_the_message_is_caught() -> None:
    r = _record()
    r["step_trace"][1]["arguments"]["nights"]["value"] = 4
    assert rc.check_user_sources(r)[1]


def test_invented_id_in_the_answer_is_caught() -> None:
    r = _record()
    r["messages"][-1]["content"] = "Booked: booking bkg_777abc."
    assert rc.check_answer_ids(r)[1] == [
        "tg-test-0: final answer cites bkg_777abc, in no tool output"]


def test_parallel_and_clarification_checks_need_the_real_shape() -> None:
    r = _record()
    assert rc.check_parallel(r)  # one call per turn: not parallel
    assert rc.check_clarification(r, required_only=False)  # nothing was asked
    p = copy.deepcopy(r)
    p["messages"][1]["tool_calls"].append(p["messages"][3]["tool_calls"][0])
    p["messages"][2:4] = [p["messages"][2], p["messages"][4]]
    del p["messages"][4]
    assert rc.check_parallel(p) == []
