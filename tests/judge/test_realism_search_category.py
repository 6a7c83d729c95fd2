"""A search whose category is another department than what it searches for.

`search_products(query="gaming laptop", category="fashion")` is flagged as the reviewer
of bundled seed 42 read it ("gaming laptop for fashion"); a laptop in electronics, running
shoes in sports, and a query naming no known product are left alone.
"""

from __future__ import annotations

from toolgen.judge import JudgeContext
from toolgen.judge.realism import filters
from toolgen.judge.view import build_view

from .factories import calls_record

CTX = JudgeContext()
FOUND = {"items": [{"product_id": "prd_1", "title": "Stride Gaming Laptop"}], "total": 1}


def _kinds(query: str, category: str) -> list[str]:
    record = calls_record([("search_products", {"query": query, "category": category}, FOUND)],
                          user="Find products.", answer="Found one.", conversation_id="t-cat")
    return [f.kind for f in filters.check_view(build_view(record), CTX)]


def test_a_laptop_searched_under_fashion_is_flagged() -> None:
    assert _kinds("gaming laptop", "fashion") == ["filter_contradiction"]
    assert _kinds("wireless headphones", "home") == ["filter_contradiction"]


def test_a_search_in_its_own_department_is_left_alone() -> None:
    assert _kinds("gaming laptop", "electronics") == []
    assert _kinds("running shoes", "sports") == []
    assert _kinds("running shoes", "fashion") == []
    assert _kinds("gift ideas", "fashion") == []  # no known product: nothing to contradict
    assert _kinds("gaming laptop", "new arrivals") == []  # no known department
