"""A field the API's own example leaves null, whose name says nothing of what it holds,
stays null: a setting word there is filler (ToolBench seed 71 #1: an address check answered
`"PreDir": "standard"`, `"Suffix": "general"`, `"Zip4": "basic"`). Fields whose names say
what they hold are still filled."""

from __future__ import annotations

from corpus_endpoints import TOOLBENCH, corpus_endpoints

from toolgen.executor.field_values import BLAND

ADDRESS = "address_for_address_correction_and_geocoding"
ARGS = {"AddressLine1": "506 Fourth Avenue Unit 1", "AddressLine2": "Asbury Park, NJ"}


def test_an_unknown_field_left_null_by_the_example_is_null() -> None:
    endpoints, executor = corpus_endpoints(
        TOOLBENCH / "Location/address_correction_and_geocoding.json")
    for seed in range(6):
        result = executor.session(seed).call(endpoints[ADDRESS], ARGS)
        assert result.status == "ok", result.error
        out = result.output
        assert not BLAND & {v for v in out.values() if isinstance(v, str)}, out
        for key in ("PreDir", "PostDir", "Zip4", "UspsCarrierRoute", "StateFP"):
            assert out.get(key) is None, (key, out)
        assert isinstance(out["City"], str) and out["City"], out
