"""A long headline is said, not left out as if nothing came back (ToolBench seed 47 #53:
a tag search answered a review titled "Adipurush Movie Review: Prabhas excels as Raghav
but substandard VFX is a let-down", and the answer said the tags "came back for Reviews,
with nothing else in it")."""

from __future__ import annotations

import random

from toolgen.agents import offline as lang
from toolgen.agents.offline.intents import intent_from_text
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint

TITLE = ("Adipurush Movie Review: Prabhas excels as Raghav but substandard VFX is a "
         "let-down")


def test_a_long_headline_is_said() -> None:
    endpoint = Endpoint(id="t/e", function_name="tag_search_for_india_today_unofficial",
                        tool_id="t", tool_name="India Today Unofficial", category="News",
                        name="Tag Search")
    output = {"data": [{"tag": "Reviews", "title": TITLE,
                        "content": "Om Raut's epic Hindu saga, Adipurush, opened after many "
                                   "delays and amid a lot of hype.",
                        "href": "https://www.indiatoday.in/movies/reviews/story/1"}]}
    done = Executed(MadeCall("c1", endpoint, {"tag": "Reviews"}),
                    ExecutionResult("ok", output, None, ()), None)
    outcomes = lang.said_once([outcome_of(done, intent_from_text("Tag Search"))])
    for seed in range(12):
        text = lang.assistant_report(outcomes, random.Random(seed))
        assert TITLE in text and "nothing else" not in text, text
