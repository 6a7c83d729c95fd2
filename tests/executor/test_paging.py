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


# Free NBA's players: the list in `data`, where the page is in a `meta` object beside it.
WITH_META = endpoint(
    "all_players",
    (param("page", required=False),),
    {"type": "object", "properties": {
        "data": {"type": "array", "items": {"type": "object", "properties": {
            "id": {"type": "integer"}, "first_name": {"type": "string"}}}},
        "meta": {"type": "object", "properties": {
            "total_pages": {"type": "integer"}, "current_page": {"type": "integer"},
            "next_page": {"type": "integer"}, "per_page": {"type": "integer"},
            "total_count": {"type": "integer"}}}}},
)


@pytest.mark.parametrize("session_seed", range(8))
@pytest.mark.parametrize("size", [1, 2])
def test_a_page_info_object_says_where_the_page_is(executor: MockExecutor, session_seed: int,
                                                    size: int) -> None:
    s = executor.session(session_seed)
    first = s.call(WITH_META, {}, Fault("paginate", page_size=size)).output
    second = s.call(WITH_META, {"page": first["next_cursor"]}).output
    held = len(first["data"]) + len(second["data"])
    assert first["meta"] == {"total_pages": 2, "current_page": 1, "next_page": 2,
                             "per_page": size, "total_count": held}
    assert second["meta"] == {"total_pages": 2, "current_page": 2, "next_page": None,
                              "per_page": size, "total_count": held}
