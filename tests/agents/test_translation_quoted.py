"""A translation is quoted as the words it is (ToolBench seed 71 #9: "its translated text
is Vorrei prenotare un tavolo per due alle otto, with source language en"), whatever its
script, and never the text that was sent in its place."""

from __future__ import annotations

from toolgen.agents.offline.report import one_stop
from toolgen.agents.offline.types import Fact
from toolgen.agents.policy.asked_text import asked_text
from toolgen.records import Endpoint

_TRANSLATE = Endpoint(id="t/translate", function_name="translate", tool_id="t",
                      tool_name="Google Translate", category="Translation", name="translate")


def test_the_translation_is_quoted_not_the_text_sent() -> None:
    output = {"text": "I would like to book a table for two at eight.",
              "translatedText": "Vorrei prenotare un tavolo per due alle otto.",
              "source_language": "en"}
    assert asked_text(output, _TRANSLATE) == Fact(
        label="translation", value='"Vorrei prenotare un tavolo per due alle otto."')


def test_a_translation_without_spaces_is_quoted_too() -> None:
    output = {"text": "How much is a ticket to the museum?",
              "translated_text": "博物館のチケットはいくらですか？"}
    assert asked_text(output, _TRANSLATE) == Fact(
        label="translation", value='"博物館のチケットはいくらですか？"')
    # its own stop ends the sentence: no second one after the quote
    assert one_stop('its translation is "博物館のチケットはいくらですか？". Anything else?') == (
        'its translation is "博物館のチケットはいくらですか？" Anything else?')
