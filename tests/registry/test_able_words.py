"""An -able adjective of a known verb is one word: "no billable entries", never "no bill
able" (ToolBench seed 5766738 #5, a time-entry filter `billable`)."""

from __future__ import annotations

import pytest

from toolgen.agents.offline.labels import slot_label
from toolgen.registry.english import able_word
from toolgen.registry.word_list import listed_words

pytestmark = pytest.mark.skipif(not listed_words(), reason="wordninja's list not installed")


@pytest.mark.parametrize("word", ["billable", "bookable", "refundable", "shippable",
                                  "cancellable", "trackable"])
def test_an_able_word_is_said_as_one_word(word: str) -> None:
    assert able_word(word)
    assert slot_label(word) == word


def test_a_glued_name_is_still_split() -> None:
    assert not able_word("table") and not able_word("unlockconnector")
    assert slot_label("categoryid") == "category ID"
