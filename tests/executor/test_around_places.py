"""A search around a place lists its neighbours, in the right county: US Geo Data's
`get_zips_in_radius(zip="33126")` answered four objects all with ZIP 33126, in counties
"Santa Clara" and "County Cork", at Seattle's coordinates (ToolBench seed 7, 000118)."""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor import MockExecutor
from toolgen.executor.around import spread_around
from toolgen.executor.counties import city_counties, county_misfit
from toolgen.records import Endpoint, Parameter


def _listed(n: int, **fields: Any) -> dict[str, Any]:
    return {"data": [{"zip": "33126", "city": "Miami", "distance": 40 - i, **fields}
                     for i in range(n)]}


def test_the_zips_in_a_radius_are_distinct_neighbours_nearest_first() -> None:
    for seed in range(20):
        out = _listed(4)
        spread_around(out, {"zip": "33126", "radius": "10"}, "get_zips_in_radius",
                      random.Random(seed))
        zips = [o["zip"] for o in out["data"]]
        assert zips[0] == "33126" and len(set(zips)) == 4, zips
        assert all(z.startswith("331") and len(z) == 5 for z in zips), zips
        distances = [o["distance"] for o in out["data"]]
        assert distances[0] == 0 and distances == sorted(distances), distances


def test_a_search_not_around_a_place_keeps_its_zips() -> None:
    out = _listed(3)
    spread_around(out, {"zip": "33126"}, "get_zips_in_city", random.Random(1))
    assert [o["zip"] for o in out["data"]] == ["33126"] * 3


def test_a_county_is_the_county_of_the_city_beside_it() -> None:
    out = _listed(2, county="Santa Clara", lat=47.6062, lng=-122.3321)
    assert county_misfit(out["data"][0]) is not None
    city_counties(out)
    for obj in out["data"]:
        assert obj["county"] == "Miami-Dade County", obj
        assert (obj["lat"], obj["lng"]) == (25.7617, -80.1918), obj
        assert county_misfit(obj) is None
    unknown = {"city": "Springfield", "county": "Sangamon County"}
    city_counties(unknown)
    assert unknown["county"] == "Sangamon County"


def test_the_executor_answers_a_radius_search_with_neighbours() -> None:
    params = tuple(Parameter(name=n, raw_name=n, type_label="string",
                             json_schema={"type": "string"}, required=True, description=d)
                   for n, d in (("zip", "The ZIP code at the centre."),
                                ("radius", "Radius in miles.")))
    ep = Endpoint(id="Data/us_geo/get_zips_in_radius", function_name="get_zips_in_radius",
                  tool_id="us_geo", tool_name="US Geo Data", category="Data",
                  name="Get zips in radius", description="ZIP codes within a radius of a ZIP.",
                  parameters=params,
                  response_schema={"type": "object", "properties": {"data": {
                      "type": "array", "items": {"type": "object", "properties": {
                          "zip": {"type": "string"}, "city": {"type": "string"},
                          "county": {"type": "string"},
                          "distance": {"type": "number"}}}}}})
    seen = 0
    for seed in range(10):
        out = MockExecutor(3).session(seed).call(ep, {"zip": "33126", "radius": "10"}).output
        listed = out["data"] if isinstance(out, dict) else []
        zips = [o["zip"] for o in listed if "zip" in o]
        if len(zips) > 1:
            seen += 1
            assert len(set(zips)) == len(zips), listed
        for obj in listed:
            assert county_misfit(obj) is None, obj
    assert seen, "no answer listed several ZIPs"


def test_coordinates_far_from_the_city_named_move_into_it() -> None:
    # ToolBench seed 7 000118: Miami ZIPs at 34.66, -111.03 (Arizona) and 35.04, -132.41
    out = {"data": [{"zip": "33126", "city": "Miami", "lat": 34.66077, "lng": -111.02948},
                    {"zip": "33151", "city": "Miami", "lat": 35.03763, "lng": -132.40789}]}
    city_counties(out)
    points = [(o["lat"], o["lng"]) for o in out["data"]]
    assert all(abs(lat - 25.76) < 0.2 and abs(lng + 80.19) < 0.2 for lat, lng in points), points
    assert points[0] != points[1], points
