"""Records about the real world, read as a reviewer reads them: a BFCL corpus of
`country_info.capital`, `country_info.population` and `geo_distance.calculate` (the
functions of BFCL's multiple_2 and multiple_182) generates records whose tool outputs
hold the capital, the number of people and the distance, and whose answers say them
("the capital of France is Paris", "France has 66,987,244 people"), never a country id.

The facts are written here by hand from an atlas; a distance is worked out here from
hand-written coordinates, never by the code under test.
"""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig

CAPITALS = {
    "France": "Paris", "Germany": "Berlin", "Italy": "Rome", "Spain": "Madrid",
    "Switzerland": "Bern", "Austria": "Vienna", "Japan": "Tokyo", "China": "Beijing",
    "India": "New Delhi", "Brazil": "Brasilia", "Argentina": "Buenos Aires",
    "Canada": "Ottawa", "Australia": "Canberra", "Denmark": "Copenhagen",
    "Sweden": "Stockholm", "Norway": "Oslo", "Kenya": "Nairobi", "Egypt": "Cairo",
    "Mexico": "Mexico City", "Portugal": "Lisbon", "Poland": "Warsaw", "Ireland": "Dublin",
    "South Korea": "Seoul", "United Kingdom": "London", "United States": "Washington",
    "Netherlands": "Amsterdam", "Belgium": "Brussels", "Greece": "Athens",
    "Turkey": "Ankara", "Russia": "Moscow", "Nigeria": "Abuja", "Peru": "Lima",
}
# Millions of people, rounded (the tables date from 2018-2020).
MILLIONS = {"France": 67, "Germany": 83, "Italy": 60, "Spain": 47, "Switzerland": 8.6,
            "Japan": 126, "Brazil": 210, "Argentina": 45, "Canada": 38, "Australia": 25,
            "Denmark": 5.8, "United States": 330, "India": 1350, "China": 1400,
            "Mexico": 126, "South Korea": 52, "United Kingdom": 67, "Kenya": 51}
COORDINATES = {
    "Madrid": (40.42, -3.70), "Seoul": (37.57, 126.98), "Paris": (48.86, 2.35),
    "London": (51.51, -0.13), "Berlin": (52.52, 13.41), "Rome": (41.90, 12.50),
    "Tokyo": (35.69, 139.69), "Nairobi": (-1.29, 36.82), "Sydney": (-33.87, 151.21),
    "Toronto": (43.65, -79.38), "Chicago": (41.88, -87.63), "Lisbon": (38.72, -9.14),
    "Amsterdam": (52.37, 4.90), "Vienna": (48.21, 16.37), "Miami": (25.76, -80.19),
    "Boston": (42.36, -71.06), "Seattle": (47.61, -122.33), "Dubai": (25.20, 55.27),
    "Singapore": (1.35, 103.82), "Mumbai": (19.08, 72.88), "Cairo": (30.04, 31.24),
    "Auckland": (-36.85, 174.76), "Munich": (48.14, 11.58), "Barcelona": (41.39, 2.17),
    "Stockholm": (59.33, 18.07), "Zurich": (47.38, 8.54), "Prague": (50.08, 14.44),
    "San Francisco": (37.77, -122.42), "Los Angeles": (34.05, -118.24),
    "New York": (40.71, -74.01), "Bangkok": (13.76, 100.50), "Istanbul": (41.01, 28.98),
    "Edinburgh": (55.95, -3.19), "Porto": (41.15, -8.61), "Cape Town": (-33.92, 18.42),
    "Oslo": (59.91, 10.75), "Warsaw": (52.23, 21.01), "Dublin": (53.35, -6.26),
    "Mexico City": (19.43, -99.13),
}


def _fn(name: str, description: str, props: dict[str, Any], required: list[str]) -> Any:
    return {"name": name, "description": description, "parameters": {
        "type": "dict", "properties": props, "required": required}}


COUNTRY = {"country": {"type": "string", "description": "Name of the country."}}
FUNCTIONS = [
    _fn("country_info.capital", "Fetch the capital city of a specified country.", COUNTRY,
        ["country"]),
    _fn("country_info.population", "Fetch the current population of a specified country.",
        COUNTRY, ["country"]),
    _fn("geo_distance.calculate", "Calculate the geographic distance between two given "
        "locations.", {"start_location": {"type": "string", "description": "The starting "
                                          "location for the distance calculation."},
                       "end_location": {"type": "string", "description": "The destination "
                                        "location for the distance calculation."}},
        ["start_location", "end_location"]),
]


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = (math.sin((la2 - la1) / 2) ** 2
         + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return 2 * 6371 * math.asin(math.sqrt(h))


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("world")
    corpus = folder / "bfcl"
    corpus.mkdir()
    entry = {"id": "multiple_2", "question": [[{"role": "user", "content": "What is the "
                                                "capital of Brazil?"}]], "function": FUNCTIONS}
    (corpus / "BFCL_v4_multiple.json").write_text(json.dumps(entry) + "\n", encoding="utf-8")
    out = folder / "world.jsonl"
    generate(RunConfig(n=16, seed=7, toolenv=str(corpus)), out)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _calls(record: dict[str, Any]) -> list[tuple[str, dict[str, Any], Any, str]]:
    """(function, arguments, output, the next answer's text) of each call."""
    outputs = {m["tool_call_id"]: m["content"] for m in record["messages"]
               if m["role"] == "tool"}
    found = []
    for i, m in enumerate(record["messages"]):
        for c in m.get("tool_calls") or []:
            answer = next((n["content"] for n in record["messages"][i + 1:]
                           if n["role"] == "assistant" and n.get("content")
                           and not n.get("tool_calls")), "")
            found.append((c["function"]["name"], json.loads(c["function"]["arguments"]),
                          json.loads(outputs[c["id"]]), answer or ""))
    return found


def test_a_capital_asked_is_in_the_output_and_the_answer(records: list[Any]) -> None:
    checked = 0
    for r in records:
        for name, args, out, answer in _calls(r):
            capital = CAPITALS.get(args.get("country", ""))
            if name != "country_info_capital" or capital is None or "error" in out:
                continue
            checked += 1
            assert out["capital"].startswith(capital), (r["conversation_id"], out)
            assert out["capital"] in answer, (r["conversation_id"], answer)
            assert "cnt_" not in answer and "country ID" not in answer, answer
    assert checked >= 2


def test_a_population_is_the_countrys_and_is_said_as_people(records: list[Any]) -> None:
    checked = 0
    for r in records:
        for name, args, out, answer in _calls(r):
            millions = MILLIONS.get(args.get("country", ""))
            if name != "country_info_population" or millions is None or "error" in out:
                continue
            checked += 1
            assert abs(out["population"] / 1e6 - millions) < 0.1 * millions, out
            assert f"{out['population']:,}" in answer, answer
            assert "cnt_" not in answer and "country ID" not in answer, answer
    assert checked >= 2


def test_a_distance_between_two_cities_is_the_real_one(records: list[Any]) -> None:
    checked = 0
    for r in records:
        for name, args, out, _ in _calls(r):
            a = COORDINATES.get(args.get("start_location", ""))
            b = COORDINATES.get(args.get("end_location", ""))
            if name != "geo_distance_calculate" or a is None or b is None or a == b:
                continue
            checked += 1
            real = _km(a, b)
            assert abs(out["distance_km"] - real) <= 0.03 * real + 5, (args, out, real)
    assert checked >= 1
