"""A city the place list does not hold is answered from its own country: ToolBench seed 7
#140 answered `zip_code_by_city(city="Cleveland")` from Italy (postcode 00121 at Rome's
coordinates) and #109 listed Cleveland's districts in Mumbai, India."""

from __future__ import annotations

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter

_ZIP_BY_CITY = Endpoint(
    id="geo/zip_code_by_city", function_name="zip_code_by_city", tool_id="geo",
    tool_name="GeoSource", category="Location", name="ZipCode By City",
    parameters=(Parameter(name="city", raw_name="city", type_label="string",
                          json_schema={"type": "string"}, required=True),),
    response_schema={"type": "object", "properties": {
        "city": {"type": "string"}, "postal_code": {"type": "string"},
        "country": {"type": "string"}, "latitude": {"type": "number"},
        "longitude": {"type": "number"}}},
    response_source="declared")


def test_an_unlisted_city_is_answered_from_its_own_country() -> None:
    executor = MockExecutor(seed=7)
    for seed in range(10):
        out = executor.session(seed).call(_ZIP_BY_CITY, {"city": "Cleveland"}).output
        assert out["country"] == "United States", out
        assert abs(out["latitude"] - 41.5) < 1 and abs(out["longitude"] + 81.7) < 1, out
        assert out["postal_code"].isdigit() and out["postal_code"].startswith("44"), out
