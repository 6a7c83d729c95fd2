"""A count of some outcomes is no more than the count of all (BFCL seed 21 #180: the chance
of 889 event outcomes out of 474, answered 0.42)."""

from __future__ import annotations

from toolgen.executor.rules import settle_arguments


def test_a_part_drawn_above_its_whole_is_swapped_under_it() -> None:
    assert settle_arguments({"total_outcomes": 474, "event_outcomes": 889}) == {
        "total_outcomes": 889, "event_outcomes": 474}
    assert settle_arguments({"trials": 45, "successes": 50, "p": 0.3}) == {
        "trials": 50, "successes": 45, "p": 0.3}


def test_a_part_within_its_whole_and_other_numbers_stay() -> None:
    assert settle_arguments({"total_outcomes": 52, "event_outcomes": 4}) == {
        "total_outcomes": 52, "event_outcomes": 4}
    assert settle_arguments({"total": 10, "page": 30}) == {"total": 10, "page": 30}
