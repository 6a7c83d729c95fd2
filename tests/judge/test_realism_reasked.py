"""`reasked`: a question for an id the user already gave for an earlier call, or for a
value they already wrote, is flagged at the question; a first question is not."""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext, validate

from .factories import build, valid_dict

CTX = JudgeContext()


def _asked(value: str, answer: str, earlier: dict[str, Any] | None = None,
           written: str = "") -> list[str]:
    """valid_dict with the assistant asking for get_hotel's hotel_id before calling it and
    the user answering `answer`; `earlier` adds arguments to the first call's trace,
    `written` words to the first user message."""
    d = valid_dict()
    d["messages"][1]["content"] += written
    at = next(i for i, m in enumerate(d["messages"])
              if any(c["id"] == "call_2" for c in m.get("tool_calls") or ()))
    d["messages"][at:at] = [{"role": "assistant", "content": "Which hotel ID is it?"},
                            {"role": "user", "content": answer}]
    for step in d["step_trace"]:
        if step["message_index"] >= at:
            step["message_index"] += 2
        if step["call_id"] == "call_1" and earlier:
            step["arguments"].update(earlier)
        if step["call_id"] == "call_2":
            step["arguments"]["hotel_id"] = {"value": value, "source": "clarification",
                                             "message_index": at + 1}
    return [f.message for f in validate(build(d), CTX) if f.kind == "asked_again"]


def test_a_question_for_a_value_the_user_wrote_is_flagged() -> None:
    found = _asked("Lisbon", "Lisbon, as I said.")
    assert found and "'Lisbon', which the user had already written" in found[0]


def test_an_id_of_the_same_entity_given_earlier_is_flagged() -> None:
    earlier = {"hotelId": {"value": "htl_8f3a2c", "source": "user", "message_index": 1}}
    found = _asked("htl_8f3a2c", "htl_8f3a2c.", earlier)
    assert found and "which the user gave in message 1" in found[0]


def test_a_first_question_is_not_flagged() -> None:
    assert _asked("htl_8f3a2c", "htl_8f3a2c.") == []


def test_a_masked_secret_is_not_a_value_written_before() -> None:
    assert _asked("********", "Oh right, it's ********.", written=" My key: ********.") == []
    assert _asked("htl_8f3a2c", "htl_8f3a2c.", written=" It's htl_8f3a2c.") != []
