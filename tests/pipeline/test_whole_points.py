"""A point is said whole: an answer reporting a latitude reports its longitude with it
(`policy.points`). ToolBench seed 71: 23 answers said "with a latitude of 43.7792" and
no longitude; asked for a city's location, #19 answered its country and a latitude."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import orjson

from toolgen.agents.offline import Fact
from toolgen.agents.policy.points import whole_points
from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

from .corpora import toolbench_tools

_ONE = re.compile(r"\b(?:latitude|longitude|lat|lng|lon)\b[^.]{0,12}?-?\d+\.\d+", re.I)


def test_a_latitude_said_alone_is_said_with_its_longitude() -> None:
    output = {"address": "Via Roma 4, Firenze", "latitude": 43.7792, "longitude": 11.2463}
    facts = [Fact("address", "Via Roma 4, Firenze"), Fact("latitude", "43.7792"),
             Fact("longitude", "11.2463")]
    assert whole_points(facts, output) == [Fact("address", "Via Roma 4, Firenze"),
                                           Fact("coordinates", "43.7792, 11.2463")]


def test_a_latitude_with_no_longitude_beside_it_stays_as_it_is() -> None:
    facts = [Fact("latitude", "43.7792")]
    assert whole_points(facts, {"latitude": 43.7792, "city": "Firenze"}) == facts


def test_address_and_city_lookups_answer_whole_points(tmp_path: Path) -> None:
    tools = tmp_path / "tools"
    for path in ("Logistics/snapcxaddressvalidation.json", "Location/geosource_api.json"):
        (tools / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(toolbench_tools() / path, tools / path)
    config = RunConfig(n=30, seed=3, toolenv=str(tools))
    out = tmp_path / "out.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    answers = [m["content"] for line in out.read_bytes().splitlines()
               for m in full_dict(orjson.loads(line))["messages"]
               if m["role"] == "assistant" and m.get("content")]
    whole = [a for a in answers if re.search(r"coordinates (?:are )?-?\d+\.\d+, -?\d", a)]
    assert len(whole) >= 3, answers
    assert not [a for a in answers if _ONE.search(a)], [a for a in answers if _ONE.search(a)]
