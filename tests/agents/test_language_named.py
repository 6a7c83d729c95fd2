"""A language is said by its name, whatever its key says: "translate the text in Italian
(it)", not "translate the text on language it" (ToolBench seed 71 #9: Translef's
`language_code`), nor "for language it" or "(language nl)"."""

from __future__ import annotations

import random

import pytest

from toolgen.agents.offline.saying import phrase
from toolgen.agents.offline.types import Slot


@pytest.mark.parametrize(("name", "label", "hint", "said"), [
    ("language_code", "language code", "", "in Italian (it)"),
    ("language", "language", "", "in Italian (it)"),
    ("target_language", "target language", "", "into Italian (it)"),
    ("source_lang", "source lang", "", "from Italian (it)"),
    ("language_code", "language code", "the language to translate into", "into Italian (it)"),
])
def test_a_language_code_is_said_as_its_language(name: str, label: str, hint: str,
                                                  said: str) -> None:
    slot = Slot(name=name, label=label, value="it", hint=hint, kind="string", raw="it")
    for seed in range(6):
        assert phrase(slot, "it", random.Random(seed)) == said


def test_a_code_that_names_no_language_is_still_a_code() -> None:
    slot = Slot(name="language_code", label="language code", value="xx-custom",
                kind="string", raw="xx-custom")
    assert "language" in phrase(slot, "xx-custom", random.Random(1))
