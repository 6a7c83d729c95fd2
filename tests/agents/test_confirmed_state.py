"""A check of a state the user named says whether it holds: asked to "confirm the lawsuit
case 109906 - yes, closed", the answer said only "I verified details of lawsuit case:
they're Brennan v. Acme Corp., at https://..." (BFCL seed 59 #16), the `closed_status:
true` it came back with being the value sent."""

from __future__ import annotations

import random

from toolgen.agents import offline as lang
from toolgen.agents.offline import Intent
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint

_CHECK = Endpoint(id="law/lawsuit_check_case", function_name="lawsuit_check_case",
                  tool_id="law", tool_name="law", category="Legal", name="lawsuit_check_case",
                  description="Verify the details of a lawsuit case and check its status "
                              "using case ID.")
_INTENT = Intent(verb="verify", obj="the lawsuit case", phrase="verify the lawsuit case")


def _answers(closed: bool) -> list[str]:
    args = {"case_id": 109906, "closed_status": closed}
    out = {"name": "Brennan v. Acme Corp.", "case_id": 109906, "closed_status": closed,
           "url": "https://www.fox-nguyen.info/cases/822258"}
    done = Executed(MadeCall("c1", _CHECK, args), ExecutionResult("ok", out, None, ()), None)
    outcomes = lang.said_once([outcome_of(done, _INTENT)])
    return [lang.assistant_report(outcomes, random.Random(seed)) for seed in range(20)]


def test_the_state_checked_is_said() -> None:
    for text in _answers(True):
        assert "closed" in text and "not closed" not in text, text
    for text in _answers(False):
        assert "not closed" in text, text
