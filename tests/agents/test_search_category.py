"""A user's search states a category that fits what is searched for: a gaming laptop
under electronics, never "gaming laptop for fashion" (bundled seed 42 record 31)."""

from __future__ import annotations

from toolgen.agents.planner.values import ArgumentValues
from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter, PlannedArg

OPTIONS = ["electronics", "sports", "home", "books", "fashion"]


def _search() -> Endpoint:
    params = (Parameter(name="query", raw_name="query", type_label="string",
                        json_schema={"type": "string"}, required=True,
                        description="Search words"),
              Parameter(name="category", raw_name="category", type_label="string",
                        json_schema={"type": "string", "enum": OPTIONS}, required=False,
                        description="One of: electronics, sports, home, books, fashion"))
    return Endpoint(id="t/search_products", function_name="search_products", tool_id="t",
                    tool_name="Shop", category="Commerce", name="Search Products",
                    description="Search the catalogue.", parameters=params)


def _settled(query: str, category: str) -> dict[str, object]:
    args = [PlannedArg(name="query", source="user", value=query),
            PlannedArg(name="category", source="user", value=category)]
    return {a.name: a.value for a in ArgumentValues(MockExecutor(3)).settle(_search(), args)}


def test_a_laptops_category_is_electronics() -> None:
    assert _settled("gaming laptop", "fashion") == {"query": "gaming laptop",
                                                    "category": "electronics"}
    assert _settled("yoga mat", "books")["category"] == "sports"


def test_a_fitting_or_unknown_category_stays() -> None:
    assert _settled("running shoes", "sports")["category"] == "sports"
    assert _settled("gift ideas", "books")["category"] == "books"
