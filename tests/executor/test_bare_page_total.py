"""A page numbered by a bare `page` states a total its listing can hold: restaurants came
back "page": 1, "total": 37 with one listed and no next page (bundled seed 59 #1)."""

from __future__ import annotations

from bundled_endpoints import bundled_endpoint, bundled_executor


def test_a_page_of_few_states_a_total_of_few() -> None:
    executor = bundled_executor()
    search = bundled_endpoint("search_restaurants_for_tablefinder")
    for seed in range(8):
        out = executor.session(seed).call(search, {"city": "Lisbon"}).output
        listed = len(out["restaurants"])
        assert out["page"] == 1
        assert listed <= out["total"] <= listed + 3 * listed, out
