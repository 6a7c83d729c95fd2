"""The bundled corpus: known chains exist in the graph built by the real loader."""

from __future__ import annotations

import pytest

from toolgen.graph.build import EndpointGraph, build_graph
from toolgen.registry import load_registry


@pytest.fixture(scope="module")
def graph() -> EndpointGraph:
    return build_graph(load_registry(None))


def _flows(graph: EndpointGraph) -> set[tuple[str, str, str, str]]:
    names = {ep.id: ep.name for ep in graph.endpoints.values()}
    return {(names[e.source], e.source_field or "", names[e.target], e.target_param or "")
            for e in graph.edges if e.kind == "data_flow"}


def test_bundled_corpus_shape(graph: EndpointGraph) -> None:
    tools = {ep.tool_id for ep in graph.endpoints.values()}
    categories = {ep.category for ep in graph.endpoints.values()}
    assert len(tools) == 10
    assert 40 <= len(graph.nodes) <= 50
    assert len(categories) == 5


@pytest.mark.parametrize(("source", "field", "target", "param"), [
    ("Search Hotels", "results[].id", "Get Hotel Details", "hotel_id"),
    ("Get Hotel Details", "rooms[].room_id", "Book Hotel Room", "room_id"),
    ("Book Hotel Room", "reservation_id", "Cancel Reservation", "reservation_id"),
    ("Search Flights", "results[].flight_id", "Book Flight", "flight_id"),
    ("Search Airports", "airports[].code", "Search Flights", "origin_airport"),
    ("Checkout", "order_id", "Get Order", "order_id"),
    ("Login", "user_id", "List Orders", "user_id"),
    ("List Payment Methods", "payment_methods[].id", "Create Payment", "payment_method_id"),
    ("List Currencies", "currencies[].code", "Convert Amount", "from_currency"),
])
def test_known_data_flow_edges(graph: EndpointGraph, source: str, field: str, target: str,
                               param: str) -> None:
    assert (source, field, target, param) in _flows(graph)


def test_no_self_edges_and_every_endpoint_is_connected(graph: EndpointGraph) -> None:
    assert all(e.source != e.target for e in graph.edges)
    assert all(graph.out_edges(n) for n in graph.nodes)
    counts = graph.counts_by_kind()
    assert counts["data_flow"] > counts["same_category"] > 0


def test_edge_numbers_and_kept_views_agree_with_the_models(graph: EndpointGraph) -> None:
    # The sampler and the diagrams work on edge numbers and kept output types; they must
    # see exactly what the Edge models and a fresh flattening say.
    from toolgen.graph.fields import flatten_schema

    for node in graph.nodes:
        for kind in (None, "data_flow", "same_tool", "same_category"):
            ids = graph.out_edge_ids(node, kind)
            assert [graph.edge(i) for i in ids] == graph.out_edges(node, kind)
        schema = graph.endpoints[node].response_schema
        assert graph.output_types(node) == {f.path: f.json_type for f in flatten_schema(schema)}
    for category in {ep.category for ep in graph.endpoints.values()}:
        members = [ep for ep in graph.endpoints.values() if ep.category == category]
        assert list(graph.in_category(category)) == members
    assert graph.in_category("no such category") == ()
