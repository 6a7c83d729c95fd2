"""A venue named after a family is not named after one that reads as another word
(bundled seed 47 #0: a 4-star "Gay Palace" in Vienna)."""

from __future__ import annotations

from bundled_endpoints import bundled_endpoint

from toolgen.executor import MockExecutor


def test_hotel_names_do_not_read_as_other_words(bundled: MockExecutor) -> None:
    search = bundled_endpoint("search_hotels_for_stayfinder_hotels")
    names: list[str] = []
    for seed in range(120):
        out = bundled.session(seed).call(search, {"city": "Vienna", "check_in": "2025-08-06",
                                                  "check_out": "2025-08-20"}).output
        names += [h["name"] for h in out.get("results", [])]
    assert len(names) > 100
    misread = {"Gay", "Love", "Poor", "Cash", "Rich", "Best", "Dick", "Butts", "Savage"}
    assert not [n for n in names if n.split()[0] in misread]
