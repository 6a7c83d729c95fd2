"""What a shop lists for a category is of that category: Onboarding's products in "home
and kitchen" were "Smart Tent" and "Vintage Jacket", in "clothing" "Wireless Watch" and
"Premium Speaker" (ToolBench seed 71 #11, #15)."""

from __future__ import annotations

import pytest

from toolgen.executor import MockExecutor
from toolgen.executor.product_kinds import product_kind
from toolgen.records import Endpoint, Parameter

_HOME = {"appliance", "lamp", "drinkware"}
_CLOTHES = {"footwear", "apparel", "bag"}


def _products_in_category(listed: dict[str, object]) -> Endpoint:
    param = Parameter(name="category", raw_name="category", type_label="STRING",
                      json_schema={"type": "string"}, required=True)
    return Endpoint(
        id="onboarding_project/Get_Products_in_Category",
        function_name="get_products_in_category_for_onboarding_project",
        tool_id="onboarding_project", tool_name="Onboarding Project", category="Payments",
        name="Get Products in Category", description="Get Products in Category",
        response_source="schema", response_schema={"type": "object", "properties": {
            "products": listed, "summary": {"type": "object", "properties": {
                "count": {"type": "integer"}}}}},
        parameters=(param,))


@pytest.mark.parametrize(("category", "kinds"), [("home and kitchen", _HOME),
                                                 ("clothing", _CLOTHES)])
@pytest.mark.parametrize("listed", [
    {"type": "array", "items": {"type": "string"}},
    {"type": "array", "items": {"type": "object", "properties": {
        "product_id": {"type": "string"}, "name": {"type": "string"}}}},
])
def test_listed_products_are_of_the_category(category: str, kinds: set[str],
                                             listed: dict[str, object]) -> None:
    endpoint = _products_in_category(listed)
    executor = MockExecutor(seed=5, pool_size=32)
    names: list[str] = []
    for seed in range(8):
        out = executor.session(seed).call(endpoint, {"category": category}).output
        names += [p if isinstance(p, str) else p["name"] for p in out["products"]]
        assert out["summary"]["count"] == len(out["products"]), out
    assert len(names) >= 8, names
    known = [(n, product_kind(n)) for n in names if product_kind(n) is not None]
    assert known, names
    assert all(kind.name in kinds for _, kind in known if kind is not None), known


def test_a_category_no_kind_is_of_is_left_alone() -> None:
    endpoint = _products_in_category({"type": "array", "items": {"type": "string"}})
    out = MockExecutor(seed=5, pool_size=32).session(1).call(
        endpoint, {"category": "books"}).output
    assert out["products"], out
