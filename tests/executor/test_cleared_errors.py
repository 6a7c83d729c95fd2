"""An answer that worked reports no error (ToolBench seed 31 #43: a successful address
correction answered `"ErrorCode": 1, "ErrorMessage": "Missing UserKey..."`, said "it went
through ... (error code 1)")."""

from __future__ import annotations

import random

from toolgen.agents import offline as lang
from toolgen.agents.offline import Intent
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.cleared_errors import clear_errors
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint


def _answer() -> dict[str, object]:
    return {"ErrorCode": 1, "ErrorMessage": "Missing UserKey. Make sure to include a valid "
            "UserKey in your YAddress API calls.", "Street": "Glorieta de Lucia Prats 2",
            "City": "Madrid", "error_codes": [3, 4]}


def test_a_successful_answer_carries_no_error() -> None:
    out = _answer()
    clear_errors(out)
    assert out["ErrorCode"] == 0 and out["ErrorMessage"] == ""
    assert out["Street"] == "Glorieta de Lucia Prats 2" and out["error_codes"] == [3, 4]


def test_no_error_code_is_said() -> None:
    out = _answer()
    clear_errors(out)
    endpoint = Endpoint(id="t/address", function_name="address_correction", tool_id="t",
                        tool_name="YAddress", category="Data", name="address")
    done = Executed(MadeCall("c1", endpoint, {"AddressLine1": "Camino de Daniel Tovar 32"}),
                    ExecutionResult("ok", out, None, ()), None)
    intent = Intent(verb="correct", obj="the address", phrase="correct the address")
    said = lang.said_once([outcome_of(done, intent)])
    for seed in range(20):
        text = lang.assistant_report(said, random.Random(seed))
        assert "error" not in text.lower() and "UserKey" not in text, text
