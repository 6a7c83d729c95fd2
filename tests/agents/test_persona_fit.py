"""A persona belongs with the conversation's tools (`agents.offline.persona_fit`).

BFCL seed 7 #274 asked for a stock's dividends as "a language learner practising Spanish
every evening": BFCL's categories (`BFCL_v4_multiple`) name no domain, so the general
pool was drawn from, pursuits and all. Read here by hand: personas whose pursuit has
nothing to do with dividends never ask for them, and a translation still may come from
the Spanish learner.
"""

from __future__ import annotations

import random

from toolgen.agents.planner.goal import make_goal
from toolgen.records import Endpoint, Parameter

_OFF_FINANCE = {
    "a language learner practising Spanish every evening",
    "an amateur astronomer with a new telescope",
    "a chess club organiser in Lyon",
    "a sous-chef designing a seasonal menu",
    "a hiking guide planning routes in the Alps",
    "a museum curator planning a new exhibit",
    "a medical student revising for exams",
    "a parent organising a birthday party for two kids",
}


def _endpoint(function_name: str, tool: str, description: str, param: str) -> Endpoint:
    category = "BFCL_v4_multiple"
    return Endpoint(
        id=f"{category}/{tool}/{function_name}", function_name=function_name,
        tool_id=f"{category}/{tool}", tool_name=tool, category=category, name=function_name,
        description=description,
        parameters=(Parameter(name=param, raw_name=param, type_label="STRING",
                              json_schema={"type": "string"}, required=True),))


_DIVIDENDS = _endpoint("get_stock_dividends", "corporate_finance",
                       "Get the dividend history of a company's stock.", "ticker")
_TRANSLATE = _endpoint("translate_text", "translator",
                       "Translate a text from one language into another.", "text")


def _personas(endpoint: Endpoint) -> list[str]:
    return [make_goal([endpoint], random.Random(seed)).persona for seed in range(300)]


def test_a_dividend_request_comes_from_no_one_with_another_pursuit() -> None:
    personas = _personas(_DIVIDENDS)
    assert len(set(personas)) > 3  # still drawn, not one fixed persona
    assert not _OFF_FINANCE & set(personas), sorted(_OFF_FINANCE & set(personas))


def test_a_translation_may_still_come_from_the_spanish_learner() -> None:
    personas = _personas(_TRANSLATE)
    assert "a language learner practising Spanish every evening" in personas
    assert "an amateur astronomer with a new telescope" not in personas
