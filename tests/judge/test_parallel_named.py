"""`parallel`: a chained ask that names the earlier result it uses ("using the first
showtime's price", `agents.offline.referents`) is dependent wording, as "for that one"
was; a request that only names things up front is not."""

from __future__ import annotations

import pytest

from toolgen.judge.realism.parallel import DEPENDENT


@pytest.mark.parametrize("text", [
    "Find events in Oslo, and convert the amount into USD using the first event's price.",
    "Search restaurants with a price level of 2 in the first event's city.",
    "Convert it to JPY, then make a payment with that same total.",
])
def test_a_named_earlier_result_is_dependent(text: str) -> None:
    assert DEPENDENT.search(text)


@pytest.mark.parametrize("text", [
    "Find hotels in Porto and restaurants in Lisbon.",
    "Check the first flight's status for Anna Lee.",  # no preposition before it
])
def test_independent_asks_are_not(text: str) -> None:
    assert not DEPENDENT.search(text)
