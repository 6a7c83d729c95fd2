"""A thing named by an acronym takes an article like any thing: "I found the QR code"
(ToolBench seed 71 #34: "I found QR code - its image URL is ..."); a name stays bare."""

from __future__ import annotations

import random

import pytest

from toolgen.agents.offline.goal_phrases import topic
from toolgen.agents.offline.types import Intent


@pytest.mark.parametrize(("obj", "said"), [
    ("QR code", "the QR code"),
    ("SMS messages", "the SMS messages"),
    ("VCARD QR code", "VCARD QR code"),  # two capitals: a name of its own
    ("QR", "QR"),
])
def test_an_acronym_led_thing_takes_an_article(obj: str, said: str) -> None:
    for seed in range(6):
        assert topic(Intent(verb="get", obj=obj, phrase=f"get {obj}"), random.Random(seed)) == said
