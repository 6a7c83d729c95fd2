"""A search around a point is sent the point, whole, and answers places around it.

Read as a reviewer reads records of ToolBench's `us_geo_data`: `Get Zips in Radius` takes
`lat`, `lng`, `radius` and `zip`, all optional. Drawn one by one they made a radius search
around a longitude alone, around nothing at all (`{}`), around San Jose's example
longitude with Miami's latitude, and answered San Jose ZIPs at coordinates in Nevada,
each at distance 0 (ToolBench seeds 7385228 #4 and 71).
"""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

from agents.generated import generated, small_corpus
from toolgen.executor.pools import PLACES
from toolgen.pipeline.runtime import RunConfig


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    corpus = small_corpus(tmp_path_factory, ("Location/us_geo_data.json",), "us_geo")
    return generated(tmp_path_factory, RunConfig(n=60, seed=3, toolenv=corpus), "us_geo")


def _radius_calls(records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], Any]]:
    """(arguments, the tool's answer) of every zips-in-radius call the records keep."""
    found = []
    for record in records:
        answers = {m.get("tool_call_id"): m["content"] for m in record["messages"]
                   if m["role"] == "tool"}
        for message in record["messages"]:
            for call in message.get("tool_calls") or []:
                if "radius" in call["function"]["name"]:
                    found.append((json.loads(call["function"]["arguments"]),
                                  json.loads(answers[call["id"]])))
    return found


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    dlat = (a[0] - b[0]) * 111.0
    dlon = (a[1] - b[1]) * 111.0 * math.cos(math.radians(a[0]))
    return math.hypot(dlat, dlon)


def test_a_radius_search_is_sent_its_whole_point(records: list[dict[str, Any]]) -> None:
    calls = [(args, out) for args, out in _radius_calls(records)
             if "error" not in json.dumps(out).lower()]
    assert len(calls) >= 10
    cities = {(p[4], p[5]) for p in PLACES}
    for args, _ in calls:
        assert ("lat" in args) == ("lng" in args), args
        if "lat" in args:
            point = (float(args["lat"]), float(args["lng"]))
            # one place's two coordinates: a listed city's, or the corpus's own example
            assert point in cities or point == (37.29554, -121.89408), args
            assert "zip" not in args, args  # one centre, not a point and a ZIP
    assert sum("lat" in args for args, _ in calls) >= len(calls) // 2


def test_the_places_around_a_point_lie_around_it(records: list[dict[str, Any]]) -> None:
    seen = 0
    for args, out in _radius_calls(records):
        if "lat" not in args or not isinstance(out, dict):
            continue
        point = (float(args["lat"]), float(args["lng"]))
        for row in out.get("data") or []:
            if {"lat", "lng", "distance"} <= row.keys():
                seen += 1
                here = (float(row["lat"]), float(row["lng"]))
                assert _km(point, here) < 25, (args, row)
                assert 0 < float(row["distance"]) < 25, row
    assert seen >= 10
