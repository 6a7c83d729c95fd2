"""A route's two ends are two places (bundled seed 31 #75: both ends of a flight search
linked to the one airport found, flights from MAD to MAD)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import orjson
import pytest

from agents.generated import generated
from toolgen.agents.planner.route_ends import one_end_linked
from toolgen.pipeline.runtime import RunConfig
from toolgen.records import Edge

BUNDLED_TOOLS = Path(__file__).resolve().parents[2] / "src/toolgen/data/toolenv/tools"


def _edge(param: str, field: str = "airports[].code", source: str = "air/search") -> Edge:
    return Edge(source=source, target="air/flights", kind="data_flow", weight=1.0,
                source_field=field, target_param=param)


def test_one_field_feeds_one_end_and_the_sampled_end_keeps_it() -> None:
    feeds = {"origin_airport": _edge("origin_airport"),
             "destination_airport": _edge("destination_airport")}
    assert set(one_end_linked(feeds, {"destination_airport"})) == {"destination_airport"}
    assert set(one_end_linked(feeds, set())) == {"origin_airport"}


@pytest.mark.parametrize("feeds", [
    # two fields of one result: a route between two of the airports found
    {"origin": _edge("origin", "airports[].code"), "destination": _edge(
        "destination", "airports[].alternate_code")},
    # two earlier calls
    {"from": _edge("from", source="a/one"), "to": _edge("to", source="a/two")},
    # a translation's two languages have their own rule (`values_pairs.translated_from`)
    {"source": _edge("source", "translations[].language"),
     "target": _edge("target", "translations[].language")},
    {"source_language": _edge("source_language", "detections[].code"),
     "target_language": _edge("target_language", "detections[].code")},
    # a date range may start and end on the one day an event lasts
    {"start_date": _edge("start_date", "events[].date"),
     "end_date": _edge("end_date", "events[].date")},
])
def test_other_links_are_kept(feeds: dict[str, Edge]) -> None:
    assert one_end_linked(feeds, set()) == feeds


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    # the bundled flights tool alone: its airport search feeds its flight search
    corpus = tmp_path_factory.mktemp("route_corpus") / "tools" / "Travel"
    corpus.mkdir(parents=True)
    shutil.copy(BUNDLED_TOOLS / "Travel" / "skyway_flights.json", corpus)
    return generated(tmp_path_factory, RunConfig(n=40, seed=31, toolenv=str(corpus.parent)),
                     "route_ends")


def test_no_flight_search_goes_where_it_leaves_from(bundled: list[dict[str, Any]]) -> None:
    searched = 0
    for rec in bundled:
        for msg in rec["messages"]:
            for call in msg.get("tool_calls") or []:
                args = orjson.loads(call["function"]["arguments"])
                ends = args.get("origin_airport"), args.get("destination_airport")
                if None in ends:
                    continue
                searched += 1
                assert ends[0] != ends[1], (rec["conversation_id"], args)
    assert searched >= 5
