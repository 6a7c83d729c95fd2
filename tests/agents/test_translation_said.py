"""A translation's answer says the translation (ToolBench seed 47 #13: JoJ Translate's
`translation.parts[0].text` went unsaid and "the auto correct is general, with detected
language en" was said instead)."""

from __future__ import annotations

import random

from toolgen.agents import offline as lang
from toolgen.agents.offline.intents import intent_from_text
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint


def test_the_translation_is_said() -> None:
    endpoint = Endpoint(id="t/e", function_name="translate_for_joj_translate", tool_id="t",
                        tool_name="JoJ Translate", category="Translation", name="Translate")
    output = {"auto_correct": "general",
              "original": {"detected_language": "en", "pronunciation": "x"},
              "translation": {"language": "nl", "parts": [
                  {"text": "Heel erg bedankt voor je hulp gisteren.", "alternatives": []}]}}
    done = Executed(MadeCall("c1", endpoint, {"text": "Thank you so much.", "target": "nl"}),
                    ExecutionResult("ok", output, None, ()), None)
    outcomes = lang.said_once([outcome_of(done, intent_from_text("Translate"))])
    for seed in range(12):
        text = lang.assistant_report(outcomes, random.Random(seed))
        assert "Heel erg bedankt voor je hulp gisteren" in text, text
        assert "detected language" not in text, text
