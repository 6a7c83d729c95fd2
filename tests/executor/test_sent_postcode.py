"""A postcode looked up names its own city (ToolBench seed 3738150 #2: Canada Zip Code
Lookup asked for V6E9H2, a Vancouver code, answered Toronto at Toronto's coordinates)."""

from __future__ import annotations

import pytest

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter

# As the loader reads ToolBench's endpoint: `zip`, and no response shape (inferred).
LOOKUP = Endpoint(
    id="Mapping/canada_zip_code_lookup/Canada_Zip_Code",
    function_name="canada_zip_code_for_canada_zip_code_lookup",
    tool_id="Mapping/canada_zip_code_lookup", tool_name="Canada Zip Code Lookup",
    category="Mapping", name="Canada Zip Code",
    description="Enter the zip code to search the details",
    parameters=(Parameter(name="zip", raw_name="zip", type_label="STRING",
                          json_schema={"type": "string"}, required=True, default="B0N 2H0",
                          has_default=True),))


@pytest.mark.parametrize("session_seed", range(8))
def test_a_sent_postcode_is_answered_in_its_own_city(executor: MockExecutor,
                                                     session_seed: int) -> None:
    out = executor.session(session_seed).call(LOOKUP, {"zip": "V6E9H2"}).output
    assert out.get("postal_code", "V6E9H2") == "V6E9H2", out
    assert out.get("city") in (None, "Vancouver"), out
    if "latitude" in out:
        assert 48.5 < out["latitude"] < 50.0 and -124.0 < out["longitude"] < -122.0, out
