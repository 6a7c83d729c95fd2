from __future__ import annotations

from toolgen.judge import JudgeContext, grounding

from .factories import build, tool_msg, valid, valid_dict, weight0
from .helpers import kinds

CTX = JudgeContext()


def _set_arg(d: dict, call_index: int, name: str, value: object) -> None:
    """Change an argument both in the call and in its trace (so only grounding breaks)."""
    import orjson

    msg = d["messages"][d["step_trace"][call_index]["message_index"]]
    fn = msg["tool_calls"][0]["function"]
    args = orjson.loads(fn["arguments"])
    args[name] = value
    fn["arguments"] = orjson.dumps(args).decode()
    d["step_trace"][call_index]["arguments"][name]["value"] = value


def test_valid_records_pass() -> None:
    assert grounding.check(valid(), CTX) == []
    assert grounding.check(weight0(), CTX) == []


def test_tool_output_value_differs_from_cited_path() -> None:
    d = valid_dict()
    _set_arg(d, 1, "hotel_id", "htl_000000")
    d["messages"][5] = tool_msg("call_2", {"id": "htl_000000", "name": "Casa Azul", "price": 149.5})
    d["messages"][6]["content"] = "Casa Azul is the best match at $149.50."
    assert kinds(grounding.check(build(d), CTX)) == {"tool_output_mismatch"}


def test_tool_output_path_missing() -> None:
    d = valid_dict()
    d["step_trace"][1]["arguments"]["hotel_id"]["path"] = "$.results[3].id"
    assert kinds(grounding.check(build(d), CTX)) == {"tool_output_unresolved"}


def test_number_and_string_spellings_match() -> None:
    d = valid_dict()
    d["messages"][3] = tool_msg("call_1", {"results": [{"id": 8675309, "price": 149.5}]})
    _set_arg(d, 1, "hotel_id", "8675309")
    d["messages"][6]["content"] = "Hotel 8675309 costs $149.50."
    d["messages"][5] = tool_msg("call_2", {"id": "8675309", "price": 149.5})
    assert grounding.check(build(d), CTX) == []


def test_user_value_not_in_message() -> None:
    d = valid_dict()
    _set_arg(d, 0, "city", "Porto")
    assert kinds(grounding.check(build(d), CTX)) == {"user_value_missing"}


def test_user_number_rendering() -> None:
    d = valid_dict()
    d["messages"][1]["content"] = (
        "A hotel in lisbon under 1,200 please, and the best one's details."
    )
    _set_arg(d, 0, "max_price", 1200.0)
    assert grounding.check(build(d), CTX) == []


def test_trace_must_match_the_call() -> None:
    d = valid_dict()
    d["step_trace"][0]["arguments"]["city"]["value"] = "Paris"
    assert "trace_value_mismatch" in kinds(grounding.check(build(d), CTX))


def test_default_must_be_schema_default_or_enum() -> None:
    d = valid_dict()
    _set_arg(d, 0, "sort", "rating")  # an enum value: fine
    assert grounding.check(build(d), CTX) == []
    d["step_trace"][0]["arguments"]["max_price"]["source"] = "default"
    assert kinds(grounding.check(build(d), CTX)) == {"default_mismatch"}


def test_clarification_needs_a_question_before() -> None:
    d = valid_dict()
    d["step_trace"][0]["arguments"]["city"]["source"] = "clarification"
    assert kinds(grounding.check(build(d), CTX)) == {"clarification_unasked"}


def test_injected_only_on_intended_steps() -> None:
    d = valid_dict()
    d["step_trace"][0]["arguments"]["city"]["source"] = "injected"
    assert kinds(grounding.check(build(d), CTX)) == {"injected_not_intended"}


def test_final_answer_citing_unknown_id() -> None:
    d = valid_dict()
    d["messages"][6]["content"] = "Casa Azul (htl_9zz999) is the best match at $149.50."
    assert kinds(grounding.check(build(d), CTX)) == {"answer_id_ungrounded"}


def test_final_answer_citing_unknown_figure() -> None:
    d = valid_dict()
    d["messages"][6]["content"] = "Casa Azul (htl_8f3a2c) is the best match at $1,149.50."
    assert kinds(grounding.check(build(d), CTX)) == {"answer_figure_ungrounded"}
