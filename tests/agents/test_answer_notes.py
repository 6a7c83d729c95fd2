"""An answer never passes a record-keeping remark or a placeholder off as content.

ToolBench seed 7 answered a diagnosis service's panels "there are 11 in all, the first
with description For internal use only" and a portal "its description is Archived copy
of the original.": the remark was all the record held besides ids, and the answer said
it as what was found. Read as a reviewer reads an answer, under forty seeds of wording:
the remark is never said; what the record does hold (a name) is.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.agents import offline as lang
from toolgen.agents.offline import Intent
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint

_REMARKS = ("For internal use only", "Draft; details to follow", "N/A")


def _answers(function_name: str, output: Any, obj: str) -> list[str]:
    endpoint = Endpoint(id="t/e", function_name=function_name, tool_id="t", tool_name="T",
                        category="Data", name=function_name)
    done = Executed(MadeCall("c1", endpoint, {}), ExecutionResult("ok", output, None, ()),
                    None)
    intent = Intent(verb="get", obj=obj, phrase=f"get {obj}")
    outcomes = lang.said_once([outcome_of(done, intent)])
    return [lang.assistant_report(outcomes, random.Random(seed)) for seed in range(40)]


def test_a_listing_of_ids_and_remarks_is_not_reported_by_its_remark() -> None:
    output = {"panels": [
        {"panel_id": "pnl_ae8617", "panel_code": "AM5528", "is_active": True,
         "created_at": "2026-02-02T06:06:00Z", "description": "For internal use only."},
        {"panel_id": "pnl_a3fbba", "panel_code": "AN6040", "is_active": True,
         "created_at": "2025-04-15T03:08:00Z", "description": "Draft; details to follow."}],
        "total": 11}
    for text in _answers("get_panels", output, "the panels"):
        assert not any(r.lower() in text.lower() for r in _REMARKS), text


def test_a_single_record_says_its_name_not_its_remark() -> None:
    output = {"portal_id": "prt_de9682", "name": "Partner Portal", "is_active": True,
              "description": "Archived copy of the original.", "notes": "N/A"}
    for text in _answers("get_portal", output, "the portal"):
        assert "Archived copy" not in text and "N/A" not in text, text
        assert "Partner Portal" in text, text
