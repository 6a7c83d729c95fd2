"""An envelope around an empty list found nothing: ToolBench seed 113 #24 answered
Webit's key phrases `{"data": {"key_phrases": []}, "message": "Request completed
successfully.", "status": "success"}` with "the message is Request completed
successfully"."""

from __future__ import annotations

import random

from toolgen.agents import offline as lang
from toolgen.agents.offline import Intent
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint


def test_an_empty_list_in_an_envelope_is_said_as_nothing_found() -> None:
    endpoint = Endpoint(id="w/key_phrases", function_name="key_phrases_for_webit_language",
                        tool_id="w", tool_name="Webit Language", category="Translation",
                        name="Key Phrases")
    output = {"data": {"key_phrases": []}, "message": "Request completed successfully.",
              "status": "success"}
    done = Executed(MadeCall("c1", endpoint, {"language": "ja", "text": "博物館"}),
                    ExecutionResult("ok", output, None, ()), None)
    outcome = outcome_of(done, Intent(verb="see", obj="the key phrases",
                                      phrase="see the key phrases"))
    assert outcome.status == "empty", outcome
    for seed in range(10):
        answer = lang.assistant_report(lang.said_once([outcome]), random.Random(seed))
        assert "Request completed" not in answer, answer
