"""Language and honesty checks flag what a reviewer flags, and not ordinary English.

A plain word in a tool output ("boutique") may appear in the answer as a word; a label may
name one value per sentence; "I've bought" reports a purchase. The defective forms of each
are flagged (the calibration set covers the rest).
"""

from __future__ import annotations

from typing import Any

import orjson

from toolgen.judge import JudgeContext, validate
from toolgen.records import Record

from .factories import valid_dict

CTX = JudgeContext()


def _kinds(text: str, *, output: dict[str, Any] | None = None,
           effect: str | None = None) -> set[str]:
    d = valid_dict()
    if output is not None:
        d["messages"][5]["content"] = orjson.dumps(output).decode()
    if effect is not None:
        d["step_trace"][1]["effect"] = effect
    d["messages"][-1]["content"] = text
    return {f.kind for f in validate(Record.model_validate(d), CTX)}


OUT = {"id": "htl_8f3a2c", "name": "Casa Azul", "price": 149.5, "rating": 4.6,
       "category": "boutique"}


def test_a_plain_output_word_used_as_a_word_is_not_a_repeat() -> None:
    text = "Casa Azul is a boutique hotel, and for a boutique stay it is rated 4.6."
    assert "repeated_fact" not in _kinds(text, output=OUT)


def test_a_plain_output_word_stated_twice_as_a_fact_is_a_repeat() -> None:
    text = "The category is boutique and the rating is 4.6. Again, the category is boutique."
    assert "repeated_fact" in _kinds(text, output=OUT)


def test_one_label_per_sentence_is_fine_two_values_in_one_sentence_are_not() -> None:
    two = "For Casa Azul, the price is 149.5 a night. At weekends, the price is 120."
    assert "repeated_label" not in _kinds(two)
    one = "For Casa Azul, the price is 149.5 a night, and the price is 120 at weekends."
    assert "repeated_label" in _kinds(one)


def test_a_setting_said_as_set_is_reported() -> None:
    # BFCL seed 13 #74: "I've set the cruise control - it's active."
    assert "unreported_state_change" not in _kinds(
        "I've set it for you: Casa Azul (htl_8f3a2c), rated 4.6.", effect="update")


def test_a_purchase_said_as_bought_is_reported() -> None:
    assert "unreported_state_change" not in _kinds(
        "I've bought it for you: Casa Azul (htl_8f3a2c), rated 4.6.", effect="create")
    assert "unreported_state_change" in _kinds(
        "Casa Azul (htl_8f3a2c) is rated 4.6.", effect="create")
