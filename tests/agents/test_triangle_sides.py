"""Three sides a user gives form a triangle (BFCL seed 71 #6: `triangle_properties.get`
with sides 481, 25 and 839, which no triangle has)."""

from __future__ import annotations

import pytest

from toolgen.agents.planner.values_pairs import paired
from toolgen.records import Endpoint, Parameter, PlannedArg


def _triangle(kind: str) -> Endpoint:
    def param(name: str) -> Parameter:
        return Parameter(name=name, raw_name=name, type_label=kind, required=True,
                         json_schema={"type": kind}, description="The length of a side.")

    return Endpoint(id="math/math/triangle_area_heron", function_name="math_triangle_area_heron",
                    tool_id="math", tool_name="math", category="math",
                    name="triangle_area_heron", description="Calculates the area of a "
                    "triangle using Heron's formula, given the lengths of its three sides.",
                    parameters=tuple(param(n) for n in ("side1", "side2", "side3")),
                    response_schema={}, response_source="inferred", method="CALL")


def _sides(kind: str, values: tuple[float, float, float]) -> tuple[object, ...]:
    args = [PlannedArg(name=f"side{i + 1}", source="user", value=v) for i, v in enumerate(values)]
    return tuple(a.value for a in paired(_triangle(kind), args, lambda p, v: True))


@pytest.mark.parametrize(("kind", "drawn"), [
    ("integer", (481, 25, 839)),
    ("integer", (1, 1, 5)),
    ("integer", (835, 209, 234)),
    ("number", (3.5, 120.25, 2.0)),
])
def test_stated_sides_form_a_triangle(kind: str, drawn: tuple[float, float, float]) -> None:
    a, b, c = _sides(kind, drawn)
    assert (a, b) == drawn[:2]  # the first two stay as the user gave them
    assert isinstance(a, int | float) and isinstance(b, int | float)
    assert isinstance(c, int | float) and abs(a - b) < c < a + b, (a, b, c)
    assert isinstance(c, int) == (kind == "integer")


def test_a_triangle_that_closes_is_left_as_drawn() -> None:
    assert _sides("integer", (3, 4, 5)) == (3, 4, 5)
