"""A search answered with one titled record names that record after the query, even when
the record echoes the query in a field of its own (`executor.searched`)."""

from __future__ import annotations

import random

from toolgen.executor.searched import name_after_query


def test_one_news_record_is_titled_after_the_search() -> None:
    for seed in range(5):
        out = {"news_id": "ivr_70b698", "title": "Barcelona airport sees record passengers",
               "search": "electric vehicles", "source": "Reuters"}
        name_after_query(out, "Electric Vehicles", "article", random.Random(seed))
        assert "Electric Vehicles" in out["title"], out
        assert out["search"] == "electric vehicles"


def test_a_record_already_about_the_query_keeps_its_title() -> None:
    out = {"title": "Electric vehicles sales double", "search": "electric vehicles"}
    name_after_query(out, "Electric Vehicles", "article", random.Random(1))
    assert out["title"] == "Electric vehicles sales double"


def test_a_record_with_no_title_is_left_alone() -> None:
    out = {"rate": 1.08, "search": "euro"}
    name_after_query(out, "Euro", "article", random.Random(1))
    assert out == {"rate": 1.08, "search": "euro"}
