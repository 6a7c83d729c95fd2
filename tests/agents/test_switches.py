"""A number its description makes a 0/1 switch is set to 1 and said as a switch (ToolBench
openalpr: `recognize_vehicle` was 796.37, said "with the recognize vehicle at 796.37")."""

from __future__ import annotations

import random

from toolgen.agents.offline.saying import phrase
from toolgen.agents.offline.types import Slot
from toolgen.agents.planner.values_meaning import meant_value
from toolgen.records import Endpoint, Parameter

_HINT = ("If set to 1, the vehicle will also be recognized in the image This requires an "
         "additional credit per request")


def _param(description: str) -> Parameter:
    return Parameter(name="recognize_vehicle", raw_name="recognize_vehicle",
                     type_label="NUMBER", json_schema={"type": "number"}, required=False,
                     description=description)


_OPENALPR = Endpoint(id="openalpr/recognize_url", function_name="recognize_url_for_openalpr",
                     tool_id="openalpr", tool_name="OpenALPR", category="Visual_Recognition",
                     name="recognize_url", description="Send an image for OpenALPR to analyze",
                     parameters=[_param(_HINT)], response_schema={})


def test_a_switch_is_turned_on() -> None:
    draw = meant_value(_param(_HINT), _OPENALPR)
    assert draw is not None
    assert {draw(random.Random(seed)) for seed in range(20)} == {1}


def test_a_number_that_is_no_switch_is_not_forced_to_one() -> None:
    draw = meant_value(_param("Set to 100 to return more plate candidates"), _OPENALPR)
    assert draw is None or {draw(random.Random(s)) for s in range(20)} != {1}


def test_a_switch_is_said_as_one() -> None:
    slot = Slot(name="recognize_vehicle", label="recognize vehicle", value="1",
                hint=_HINT.lower(), kind="number", raw=1)
    said = {phrase(slot, "1", random.Random(seed)) for seed in range(20)}
    assert said and all("recognize vehicle" in s and "1" in s for s in said), said
    assert not any(" at 1" in s for s in said), said
