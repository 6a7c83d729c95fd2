"""Edge rules: data flow by field/entity/type, bounded same-tool/category links."""

from __future__ import annotations

from toolgen.graph.build import build_graph, build_graph_from_endpoints
from toolgen.graph.edges import DATA_FLOW_FANOUT, SAME_CATEGORY_K, SAME_TOOL_K
from toolgen.records import Registry

from .factories import BOOL, INT, STR, arr, endpoint, obj, param, registry


def _hotel_registry() -> Registry:
    search = endpoint("hotels", "Search Hotels", (param("city"),),
                      obj(results=arr(obj(id=STR, name=STR)), next_cursor=STR))
    details = endpoint("hotels", "Get Hotel Details", (param("hotel_id"),),
                       obj(hotel_id=STR, rooms=arr(obj(room_id=STR))))
    book = endpoint("hotels", "Book Room", (param("hotel_id"), param("room_id")),
                    obj(reservation_id=STR))
    flag = endpoint("other", "Toggle", (param("hotel_id", "boolean"),), obj(ok=BOOL),
                    category="Other")
    return registry(search, details, book, flag)


def test_data_flow_edges_carry_field_and_param() -> None:
    graph = build_graph(_hotel_registry())
    flows = {(e.source.rsplit("/", 1)[1], e.source_field, e.target.rsplit("/", 1)[1],
              e.target_param) for e in graph.edges if e.kind == "data_flow"}
    assert ("search_hotels", "results[].id", "get_hotel_details", "hotel_id") in flows
    assert ("get_hotel_details", "rooms[].room_id", "book_room", "room_id") in flows
    assert ("get_hotel_details", "hotel_id", "book_room", "hotel_id") in flows
    # string id cannot fill a boolean argument; pagination is not a data flow
    assert not any(t == "toggle" for _, _, t, _ in flows)
    assert not any(f == "next_cursor" for _, f, _, _ in flows)


def test_no_self_edges_and_data_flow_is_strongest() -> None:
    graph = build_graph(_hotel_registry())
    assert all(e.source != e.target for e in graph.edges)
    weights = {k: [e.weight for e in graph.edges if e.kind == k] for k in graph.counts_by_kind()}
    assert min(weights["data_flow"]) > max(weights["same_tool"])


def test_out_and_in_edges_agree_with_edge_list() -> None:
    graph = build_graph(_hotel_registry())
    for node in graph.nodes:
        assert graph.out_edges(node) == [e for e in graph.edges if e.source == node]
        assert graph.in_edges(node) == [e for e in graph.edges if e.target == node]
    details = "Cat/hotels/get_hotel_details"
    out = graph.out_edges(details, "data_flow")
    assert out and all(e.kind == "data_flow" for e in out)
    assert [e.weight for e in out] == sorted((e.weight for e in out), reverse=True)


def test_huge_category_sharing_a_field_stays_bounded() -> None:
    # 600 endpoints in 300 tools, all returning and accepting `user_id`: all pairs would be
    # 359,400 edges per kind; the indexed, capped rules must stay linear.
    eps = [endpoint(f"t{t}", f"Op {i}", (param("user_id"),), obj(user_id=STR, count=INT))
           for t in range(300) for i in range(2)]
    graph = build_graph_from_endpoints(eps)
    counts = graph.counts_by_kind()
    n = len(eps)
    assert counts["same_tool"] == n  # two endpoints per tool: one link each way
    assert counts["same_category"] == n * SAME_CATEGORY_K
    assert 0 < counts["data_flow"] <= n * (DATA_FLOW_FANOUT + 1)
    assert all(len(graph.out_edges(e.id, "data_flow")) <= DATA_FLOW_FANOUT + 1 for e in eps)
    assert all(e.source != e.target for e in graph.edges)


def test_big_tool_has_bounded_same_tool_degree() -> None:
    eps = [endpoint("big", f"Op {i}") for i in range(200)]
    graph = build_graph_from_endpoints(eps)
    assert graph.counts_by_kind()["same_tool"] == 200 * SAME_TOOL_K
    assert max(len(graph.in_edges(e.id)) for e in eps) == SAME_TOOL_K


def test_build_is_deterministic_whatever_the_input_order() -> None:
    reg = _hotel_registry()
    forward = build_graph_from_endpoints(reg.endpoints)
    backward = build_graph_from_endpoints(reversed(reg.endpoints))
    assert forward.raw_edges == backward.raw_edges


def test_networkx_view_has_every_edge() -> None:
    graph = build_graph(_hotel_registry())
    view = graph.to_networkx()
    assert view.number_of_nodes() == len(graph.nodes)
    assert view.number_of_edges() == len(graph.edges)
