"""Readings a reviewer shares (fix 20): what the realism checks no longer flag, and what
they still do, on records and values taken from generated runs."""

from __future__ import annotations

import copy
from typing import Any

from toolgen.judge import JudgeContext, validate
from toolgen.judge.realism.arguments import call_labels, repeats_label
from toolgen.judge.realism.chains import link_fits
from toolgen.judge.realism.meaning import word_for_code
from toolgen.judge.realism.outputs import filler
from toolgen.records import Record

from .calibration.labelled import load

CTX = JudgeContext()
CANCEL = next(r.record for r in load() if r.id == "cal-cancel-clean0")


def _kinds_with_request(text: str) -> set[str]:
    d: dict[str, Any] = copy.deepcopy(CANCEL.model_dump(mode="json"))
    d["messages"][1]["content"] = text
    return {f.kind for f in validate(Record.model_validate(d), CTX)}


def test_call_off_asks_for_a_cancellation_and_a_lookup_does_not() -> None:
    assert "unrequested_action" not in _kinds_with_request(
        "Please call off my order ORD-48213, I ordered the wrong size.")
    assert "unrequested_action" in _kinds_with_request(
        "Please look at my order ORD-48213, I ordered the wrong size.")



def test_take_out_asks_for_a_removal() -> None:
    # The user simulator says "remove" as "take out" (ToolBench seed 11 #161: "take out a
    # tip from my to do list", rejected as an unasked removal on the old check).
    assert "unrequested_action" not in _kinds_with_request(
        "Please take out my order ORD-48213, I ordered the wrong size.")
    assert "unrequested_action" in _kinds_with_request(
        "Please take a look at my order ORD-48213, I ordered the wrong size.")


def test_a_sentence_with_figures_is_not_faker_filler() -> None:
    assert not filler("Only 8 left in stock - order soon.")
    assert filler("Floor feel catch budget visit box last team evening must bad carry.")


def test_an_upper_case_code_is_a_code_even_when_it_spells_a_word() -> None:
    assert word_for_code("tradeCurrency", "TRY") is None
    assert word_for_code("icao", "must") is not None
    assert word_for_code("seat_section", "event") is not None


def test_a_value_repeating_a_label_is_told_from_a_value() -> None:
    labels = call_labels(["channel", "county"], "get_channel_videos_for_twitch_api")
    assert repeats_label("channel", labels)
    assert repeats_label("the channel videos", labels)
    assert not repeats_label("xqc", labels)
    assert not repeats_label("Santa Clara", labels)


def test_links_join_the_same_entity_kind() -> None:
    assert not link_fits("booking_id", "cancel_booking", "$.hotels[0].hotel_id", "book_hotel")
    assert link_fits("booking_id", "cancel_booking", "$.reservation_id", "book_hotel")
    # An unnamed leaf is no mismatch, but a strict re-link wants a named one.
    assert link_fits("book_id", "reserve_book", "$.items[0].id", "search")
    assert not link_fits("book_id", "reserve_book", "$.items[0].id", "search", strict=True)
