"""A process a description names as a noun is asked for as an act: Webit Language's Break
Sentence ("Perform Neural Machine sentence breaking on a long text") was asked as "run
the neural machine sentence breaking on the translation" in 6 of 30 ToolBench records
(seed 151, review 64)."""

from __future__ import annotations

import pytest

from toolgen.agents.offline import intent_of
from toolgen.records import Endpoint


@pytest.mark.parametrize(("name", "description", "phrase"), [
    ("Break Sentence", "Perform Neural Machine sentence breaking on a long text. Sentences "
     "are break in respect of grammar and phrases meaning.", "count the sentences"),
    ("Analyze", "Perform sentiment analysis on a text.", "analyse the sentiment of the text"),
])
def test_a_process_noun_is_asked_as_an_act(name: str, description: str, phrase: str) -> None:
    endpoint = Endpoint(id=f"t/{name}", function_name=name.lower().replace(" ", "_"),
                        tool_id="t", tool_name="Text Tools", category="Text",
                        name=name, description=description)
    intent = intent_of(endpoint)
    assert intent.phrase == phrase, intent
    assert "neural" not in intent.phrase.lower()
