"""A triangle given three sides answers their sum and Heron's area (BFCL seed 71 #6:
sides 481, 25 and 486 came back with a perimeter of 111.08 and an area of 170.09)."""

from __future__ import annotations

import random

from toolgen.executor.triangle_sides import triangle_finish
from toolgen.records import Endpoint, Parameter

_SHAPE = '{"type": "object", "properties": {"area": {}, "perimeter": {}}}'


def _endpoint(name: str, *params: str) -> Endpoint:
    return Endpoint(
        id=f"t/{name}", function_name=name, tool_id="t", tool_name="t", category="c",
        name=name, parameters=tuple(
            Parameter(name=p, raw_name=p, type_label="integer",
                      json_schema={"type": "integer"}, required=True) for p in params))


def test_the_perimeter_and_area_are_those_of_the_sides_sent() -> None:
    finish = triangle_finish(_endpoint("triangle_properties_get", "side1", "side2", "side3"),
                             _SHAPE)
    assert finish is not None
    output = {"property_id": "prp_0d0bf4", "area": 170.09, "perimeter": 111.08}
    finish(output, {"side1": 481, "side2": 25, "side3": 486}, random.Random(1))
    # 481 + 25 + 486; s = 496, area = sqrt(496 * 15 * 471 * 10)
    assert output == {"property_id": "prp_0d0bf4", "area": 5919.66, "perimeter": 992}
    floats = {"area": 1.0, "perimeter": 1.0}
    finish(floats, {"side1": 3.0, "side2": 4.0, "side3": 5.0}, random.Random(1))
    assert floats == {"area": 6.0, "perimeter": 12.0}


def test_no_triangle_or_no_sides_is_left_alone() -> None:
    assert triangle_finish(_endpoint("room_area", "side1", "side2", "side3"), _SHAPE) is None
    assert triangle_finish(_endpoint("triangle_area", "base", "height"), _SHAPE) is None
