"""A paged query read as a reviewer reads it: every page states the same total and
listing fields, the total is the number of items the pages hold, and no later page is
longer than the first."""

from __future__ import annotations

import pytest
from executor_endpoints import SEARCH, endpoint, param

from toolgen.executor import Fault, MockExecutor

# A listing whose page carries a total and a query echo beside the list, nested in `data`.
NESTED = endpoint(
    "find_rooms",
    (param("city"), param("cursor", required=False)),
    {"type": "object", "properties": {"data": {"type": "object", "properties": {
        "rooms": {"type": "array", "items": {"type": "object", "properties": {
            "room_id": {"type": "string"}, "name": {"type": "string"}}}},
        "total_count": {"type": "integer"},
        "search_id": {"type": "string"}}}}},
)


@pytest.mark.parametrize("session_seed", range(12))
@pytest.mark.parametrize("size", [1, 2])
def test_every_page_states_the_total_the_pages_hold(executor: MockExecutor, session_seed: int,
                                                     size: int) -> None:
    s = executor.session(session_seed)
    first = s.call(SEARCH, {"city": "Oslo"}, Fault("paginate", page_size=size)).output
    second = s.call(SEARCH, {"city": "Oslo", "page": first["next_cursor"]}).output
    held = len(first["results"]) + len(second["results"])
    assert first["has_more"] is True and second["has_more"] is False
    assert first["total"] == second["total"] == held
    assert len(first["results"]) == size
    assert 1 <= len(second["results"]) <= size


@pytest.mark.parametrize("session_seed", range(8))
def test_a_nested_listing_keeps_its_fields_across_pages(executor: MockExecutor,
                                                        session_seed: int) -> None:
    s = executor.session(session_seed)
    first = s.call(NESTED, {"city": "Lima"}, Fault("paginate", page_size=2)).output
    second = s.call(NESTED, {"city": "Lima", "cursor": first["next_cursor"]}).output
    a, b = first["data"], second["data"]
    assert a["search_id"] == b["search_id"]
    assert a["total_count"] == b["total_count"] == len(a["rooms"]) + len(b["rooms"])
    assert not {r["room_id"] for r in a["rooms"]} & {r["room_id"] for r in b["rooms"]}
