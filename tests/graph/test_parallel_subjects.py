"""Calls made at once are asked for at once, so a parallel group is of one tool, service or
subject (`graph.subjects`): ToolBench seed 71 #3 asked in one breath for manatee jokes,
Nobel peace laureates and a molecule, three tools of the "Data" category."""

from __future__ import annotations

import random

from toolgen.graph.build import build_graph_from_endpoints
from toolgen.graph.sampler import ChainSampler, SamplerConfig
from toolgen.graph.steering import Coverage
from toolgen.records import Endpoint, Parameter

# the subject each endpoint belongs to, as a reader groups them
_GROUPS = {
    "manatee_jokes/Find_all": "jokes", "nobel_award_winners/All_peace_award_winners": "nobel",
    "molecular_data/Molecule_by_name": "molecule", "weather_now/Current_weather": "weather",
    "weather_now/Weather_forecast": "weather", "weather_alerts/Active_weather_alerts": "weather",
}


def _endpoint(path: str) -> Endpoint:
    tool, name = path.split("/")
    return Endpoint(id=f"Data/{path}", function_name=f"{name.lower()}_for_{tool}",
                    tool_id=f"Data/{tool}", tool_name=tool.replace("_", " ").title(),
                    category="Data", name=name.replace("_", " "),
                    response_schema={"type": "object", "properties": {
                        "result": {"type": "string"}}})


def test_a_parallel_group_is_of_one_subject() -> None:
    graph = build_graph_from_endpoints([_endpoint(p) for p in _GROUPS])
    sampler = ChainSampler(graph, SamplerConfig(pattern_mix={"parallel": 1.0}),
                           Coverage(enabled=True))
    rng = random.Random(5)
    groups = [step for _ in range(60) for step in sampler.sample(rng).steps if len(step) > 1]
    assert len(groups) >= 5, groups  # only the weather calls can go together
    mixed = [g for g in groups if len({_GROUPS[e.split("/", 1)[1]] for e in g}) > 1]
    assert not mixed, mixed[:3]
    # the weather tools' calls are still asked together, across their two tools
    assert any(len({e.split("/")[1] for e in g}) > 1 for g in groups), groups


def test_twins_are_not_called_at_once() -> None:
    # ToolBench seed 7: osm-indoor-building's "building indoor data" and "building indoor
    # data in json", the one ask made twice in one turn
    twins = [_endpoint("osm_indoor/Building_indoor_data"),
             _endpoint("osm_indoor/Building_indoor_data_in_json")]
    from toolgen.graph.subjects import asked_together
    assert not asked_together([twins[0]], twins[1])
    assert asked_together([_endpoint("weather_now/Current_weather")],
                          _endpoint("weather_now/Weather_forecast"))


def test_a_lone_ask_is_made_twice_at_once_with_what_it_needs() -> None:
    # BFCL's parallel questions: the electric field of two charges, two recipe searches
    city = Parameter(name="city", raw_name="city", type_label="STRING", required=True,
                     json_schema={"type": "string"})
    weather = _endpoint("weather_now/Current_weather").model_copy(
        update={"parameters": (city,)})
    graph = build_graph_from_endpoints([weather, _endpoint("manatee_jokes/Find_all")])
    sampler = ChainSampler(graph, SamplerConfig(pattern_mix={"parallel": 1.0}),
                           Coverage(enabled=True))
    rng = random.Random(3)
    groups = [step for _ in range(30) for step in sampler.sample(rng).steps if len(step) > 1]
    assert groups, groups
    assert all(g == (weather.id, weather.id) for g in groups), groups  # never the jokes
