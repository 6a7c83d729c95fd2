from __future__ import annotations

import pytest

from toolgen.judge import JudgeContext
from toolgen.judge import format as fmt

from .factories import build, call, tool_msg, valid, valid_dict, weight0_dict
from .helpers import kinds

CTX = JudgeContext()


def test_valid_record_passes() -> None:
    assert fmt.check(valid(), CTX) == []


def test_dangling_tool_message() -> None:
    d = valid_dict()
    d["messages"].insert(6, tool_msg("call_9", {"ok": True}))
    assert "dangling_tool_message" in kinds(fmt.check(build(d), CTX))


def test_unanswered_call() -> None:
    d = valid_dict()
    del d["messages"][5]
    assert "unanswered_call" in kinds(fmt.check(build(d), CTX))


def test_tool_message_outside_its_block() -> None:
    d = valid_dict()
    msg = d["messages"].pop(3)
    d["messages"].insert(4, msg)  # after the next assistant turn
    found = kinds(fmt.check(build(d), CTX))
    assert {"unanswered_call", "late_tool_message"} <= found


def test_parallel_answers_in_any_order() -> None:
    d = valid_dict()
    d["messages"][2]["tool_calls"].append(call("call_p", "get_weather", {"city": "Lisbon"}))
    d["messages"].insert(3, tool_msg("call_p", {"temp_c": 21}))  # answered before call_1
    d["step_trace"].insert(
        1,
        {
            "step": 2,
            "call_id": "call_p",
            "endpoint_id": "Weather/w/get",
            "function_name": "get_weather",
            "arguments": {"city": {"value": "Lisbon", "source": "user", "message_index": 1}},
        },
    )
    assert fmt.check(build(d), CTX) == []


def test_duplicate_call_id() -> None:
    d = valid_dict()
    d["messages"][4]["tool_calls"][0]["id"] = "call_1"
    d["messages"][5]["tool_call_id"] = "call_1"
    assert "duplicate_call_id" in kinds(fmt.check(build(d), CTX))


def test_unknown_function() -> None:
    d = valid_dict()
    d["messages"][4]["tool_calls"][0]["function"]["name"] = "get_hotel_details"
    d["step_trace"][1]["function_name"] = "get_hotel_details"
    assert kinds(fmt.check(build(d), CTX)) == {"unknown_function"}


@pytest.mark.parametrize(
    ("arguments", "kind"),
    [
        ('{"city": 7}', "arguments_schema"),
        ('{"max_price": 10}', "arguments_schema"),  # required city missing
        ('{"city": "Lisbon", "sort": "cheapest"}', "arguments_schema"),  # not in enum
        ('{"city": ', "arguments_not_json"),
        ('["Lisbon"]', "arguments_not_object"),
    ],
)
def test_schema_invalid_arguments(arguments: str, kind: str) -> None:
    d = valid_dict()
    d["messages"][2]["tool_calls"][0]["function"]["arguments"] = arguments
    assert kind in kinds(fmt.check(build(d), CTX))


def test_roles_and_final_answer() -> None:
    d = valid_dict()
    d["messages"] = d["messages"][:6]  # ends on a tool message
    assert "no_final_answer" in kinds(fmt.check(build(d), CTX))
    d = valid_dict()
    d["messages"].pop(1)  # no user message first
    assert "role_order" in kinds(fmt.check(build(d), CTX))


def test_step_trace_must_match_calls() -> None:
    d = valid_dict()
    d["step_trace"][1]["function_name"] = "get_weather"
    assert "trace_mismatch" in kinds(fmt.check(build(d), CTX))
    d = valid_dict()
    d["step_trace"].pop()
    assert "trace_mismatch" in kinds(fmt.check(build(d), CTX))


def test_intended_mistake_is_not_a_format_defect() -> None:
    # call_0 omits the required hotel_id on purpose (weight 0, intended).
    assert fmt.check(build(weight0_dict()), CTX) == []
