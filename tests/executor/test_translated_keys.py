"""A translation answers the sent text in the asked language whatever its key's case:
Text Translator's `{"data": {"translatedText": ...}}` kept the message it was drawn
with ("Meeting moved to Thursday at 3 pm." for a museum question, ToolBench seed 7
#37). The translation is written here by hand."""

from __future__ import annotations

from typing import Any

import pytest
from tests.executor.corpus_endpoints import TOOLBENCH, corpus_endpoints


@pytest.fixture(scope="module")
def translator() -> Any:
    return corpus_endpoints(TOOLBENCH / "Translation/text_translator.json")


def test_a_camel_case_translation_is_of_the_sent_text(translator: Any) -> None:
    eps, executor = translator
    ep = eps["translate_for_text_translator"]
    args = {"text": "Thank you", "target_language": "es", "source_language": "en"}
    for seed in range(6):
        out = executor.session(seed).call(ep, args).output
        assert out["data"]["translatedText"].lower().startswith("gracias"), out
