"""A listing of the things like one (ToolBench foursquare get_similar_venues(venueId)) lists
other things, each with its own id and name, not copies of the one asked about."""

from __future__ import annotations

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter

_SIMILAR = Endpoint(
    id="foursquare/get_similar_venues", function_name="get_similar_venues_for_foursquare",
    tool_id="foursquare", tool_name="Foursquare", category="Travel",
    name="Get similar venues", description="Returns a list of venues similar to the specified "
    "venue.", response_source="inferred", response_schema={},
    parameters=[Parameter(name="venueId", raw_name="venueId", type_label="STRING",
                          json_schema={"type": "string"}, required=True)])


def test_similar_venues_are_other_venues() -> None:
    executor = MockExecutor(seed=3)
    for seed in range(6):
        out = executor.session(seed).call(_SIMILAR, {"venueId": "vne_b5955f"}).output
        venues = next(v for v in out.values() if isinstance(v, list))
        assert venues, out
        ids = [v.get("venue_id") for v in venues]
        assert "vne_b5955f" not in ids and "vne_b5955f" not in str(venues), venues
        assert len(set(ids)) == len(ids), venues
        assert all(isinstance(v.get("name"), str) and v["name"] for v in venues), venues
