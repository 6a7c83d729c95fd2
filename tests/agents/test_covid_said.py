"""An epidemic's row is said by its counts, not by its day alone: ToolBench seed 97 #12
answered "the most recent stat ... just 1 turned up; it's on 2025-07-02"."""

from __future__ import annotations

import random

from toolgen.agents import offline as lang
from toolgen.agents.offline import Intent
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint

STATS = {"stats": [{"stat_id": "stt_2b80c0", "country": "Netherlands", "confirmed": 4141601,
                    "deaths": 44156, "recovered": 3866903, "date": "2025-07-02"}],
         "total": 1}


def test_a_stat_says_its_cases_and_deaths() -> None:
    endpoint = Endpoint(id="t/stat", function_name="latest_stat_by_country_name_for_t",
                        tool_id="t", tool_name="Coronavirus Monitor", category="Health",
                        name="latest stat by country name")
    done = Executed(MadeCall("c1", endpoint, {"country": "Netherlands"}),
                    ExecutionResult("ok", STATS, None, ()), None)
    intent = Intent(verb="see", obj="the most recent stat", phrase="see the most recent stat")
    outcomes = lang.said_once([outcome_of(done, intent)])
    for seed in range(20):
        answer = lang.assistant_report(outcomes, random.Random(seed))
        assert "4141601" in answer and "44156" in answer, answer


def test_counter_pairs_are_said_by_their_names() -> None:
    # ToolBench seed 113 #100: "there are 1253687 in all; the first's counter is cases"
    endpoint = Endpoint(id="t/total", function_name="total_for_coronastatsbycountry",
                        tool_id="t", tool_name="Corona Stats", category="Monitoring",
                        name="Total")
    output = {"data": [{"counter": "cases", "value": "501475056"},
                       {"counter": "deaths", "value": "6811180"},
                       {"counter": "recovered", "value": "455014243"}]}
    done = Executed(MadeCall("c1", endpoint, {}), ExecutionResult("ok", output, None, ()),
                    None)
    intent = Intent(verb="see", obj="the total", phrase="see the total")
    outcomes = lang.said_once([outcome_of(done, intent)])
    for seed in range(20):
        answer = lang.assistant_report(outcomes, random.Random(seed))
        assert all(v in answer for v in ("501475056", "6811180", "455014243")), answer
        assert "counter" not in answer and "in all" not in answer, answer
