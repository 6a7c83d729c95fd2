"""A name the corpus examples give only once (`"name": "Hotel Lumiere"` in the one
example body of a hotel search) is not every hotel's name: a page of results names its
hotels apart, and a paged search has a second page to fill."""

from __future__ import annotations

from typing import Any

from toolgen.executor import Fault
from toolgen.pipeline.runtime import RunConfig, Runtime


def _hotel_search_pages(seeds: range) -> list[dict[str, Any]]:
    rt = Runtime.build(RunConfig(n=1, seed=1))
    search = rt.endpoints["Travel/stayfinder_hotels/Search_Hotels"]
    sent = {"city": "Paris", "check_in": "2025-03-25", "check_out": "2025-03-28"}
    return [rt.executor.session(s).call(search, sent, Fault("paginate", page_size=2)).output
            for s in seeds]


def test_a_paged_hotel_search_names_its_hotels_apart_and_has_a_next_page() -> None:
    pages = _hotel_search_pages(range(5))
    for page in pages:
        names = [hotel["name"] for hotel in page["results"]]
        assert len(names) == 2 and len(set(names)) == 2, page
        assert page["has_more"] is True and page["next_cursor"], page
    every_name = {hotel["name"] for page in pages for hotel in page["results"]}
    assert len(every_name) >= 8, every_name  # five searches, not one hotel over and over
