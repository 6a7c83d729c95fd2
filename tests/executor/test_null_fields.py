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


def test_a_points_coordinates_left_null_by_the_example_are_figures() -> None:
    """ToolBench seed 13 #168: a wall's outline came back as points `{"x": "default", "y":
    "standard"}`, then `{"x": null, "y": null}`."""
    endpoints, executor = corpus_endpoints(
        TOOLBENCH / "Artificial_Intelligence_Machine_Learning/vision_api.json")
    for seed in range(4):
        out = executor.session(seed).call(endpoints["detection_walls_for_vision_api"],
                                          {"room_image": "https://cdn.example.com/room.jpg"})
        points = [p for wall in out.output["walls"] for p in wall["points"]]
        assert points and all(isinstance(p["x"], float | int) and isinstance(p["y"], float | int)
                              for p in points), out.output
