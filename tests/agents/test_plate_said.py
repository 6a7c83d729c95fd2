"""A plate reader's answer says the plate it read: ToolBench seed 97 #18 answered OpenALPR's
recognition "its vehicle type is bus, in Bangkok", the plate LO6629 left out (read as a
record's tag code)."""

from __future__ import annotations

import random

from toolgen.agents import offline as lang
from toolgen.agents.offline import Intent
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint

READ = {"urls": [{"url_id": "url_dcc897", "plate": "LO6629", "confidence": 73.84,
                  "region": "Bangkok", "vehicle_type": "bus"}], "total": 1}


def test_the_plate_read_is_said() -> None:
    endpoint = Endpoint(id="o/recognize", function_name="recognize_url_for_openalpr",
                        tool_id="o", tool_name="OpenALPR", category="Visual_Recognition",
                        name="recognize_url")
    done = Executed(MadeCall("c1", endpoint, {"image_url": "https://cdn.example.com/a.jpg"}),
                    ExecutionResult("ok", READ, None, ()), None)
    intent = Intent(verb="recognize", obj="a URL", phrase="recognize a URL")
    outcomes = lang.said_once([outcome_of(done, intent)])
    for seed in range(20):
        assert "LO6629" in lang.assistant_report(outcomes, random.Random(seed))
