"""A nightly budget fits the stars asked for (bundled seed 31 #222: five stars in Seattle
under 82.03 a night)."""

from __future__ import annotations

from toolgen.agents.planner.values_pairs import paired
from toolgen.records import Endpoint, Parameter, PlannedArg


def _search() -> Endpoint:
    params = tuple(Parameter(name=n, raw_name=n, type_label="number",
                             json_schema={"type": "number"}, required=False,
                             description=f"The {n}.") for n in ("min_stars", "max_price"))
    return Endpoint(id="stay/search", function_name="search_hotels", tool_id="stay",
                    tool_name="StayFinder", category="Travel", name="search hotels",
                    description="Search hotels in a city.", parameters=params)


def _budget(stars: float, limit: float) -> object:
    args = [PlannedArg(name="min_stars", source="user", value=stars),
            PlannedArg(name="max_price", source="user", value=limit)]
    return {a.name: a.value for a in paired(_search(), args, lambda p, v: True)}["max_price"]


def test_a_five_star_budget_is_what_five_stars_cost() -> None:
    raised = _budget(5.0, 82.03)
    assert isinstance(raised, float) and raised >= 200, raised


def test_a_budget_that_fits_is_kept() -> None:
    assert _budget(2.0, 120.0) == 120.0
    assert _budget(5.0, 650.0) == 650.0
