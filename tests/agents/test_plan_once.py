"""What the turn planner works out once per endpoint, parameter or link answers as the
per-call code did.

`ArgumentValues.facts` replaces four questions `_plan_args` asked of every parameter of
every call; `turns._flows_into` keeps a target's usable data-flow in-edges; `_apart`
reads which texts are places only when two stated values are equal; `_text` reads the
description only for a text's key; `intent_of` keeps each endpoint's intent. The oracles
are hand-written expectations and the old bodies, kept verbatim.
"""

from __future__ import annotations

import re

import pytest

from toolgen.agents.offline import intent_of
from toolgen.agents.planner import PlanContext
from toolgen.agents.planner import values_meaning as M
from toolgen.agents.planner.turns import _flows_into
from toolgen.agents.planner.values import ArgumentValues
from toolgen.agents.planner.values_domain import domain_of
from toolgen.agents.planner.values_meaning import place_value
from toolgen.agents.planner.values_pairs import _apart
from toolgen.executor import MockExecutor
from toolgen.executor.values import normalize_key
from toolgen.graph.build import build_graph
from toolgen.records import Endpoint, Parameter, PlannedArg
from toolgen.registry import load_registry

VALUES = ArgumentValues(MockExecutor(7))


def _param(name: str, required: bool = False, default: object = None,
           description: str = "", **schema: object) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label="STRING",
                     json_schema={"type": "string", **schema}, required=required,
                     description=description, default=default,
                     has_default=default is not None)


def _endpoint(*params: Parameter, name: str = "searchHotels",
              endpoint_id: str = "Travel/hotels/searchHotels") -> Endpoint:
    return Endpoint(id=endpoint_id, function_name=name, tool_id="Travel/hotels",
                    tool_name="hotels", category="Travel", name=name,
                    description="Search hotels in a city.", parameters=params)


def test_facts_answer_per_parameter() -> None:
    endpoint = _endpoint(
        _param("city", required=True),
        _param("format", default="json", description="Response format"),
        _param("page_size", default="20"),
        _param("email", default="me@example.com"),
        _param("cursor", description="Cursor of the next page"),
    )
    facts = {f.param.name: f for f in VALUES.facts(endpoint)}
    assert [f.param.name for f in VALUES.facts(endpoint)] == [
        "city", "format", "page_size", "email", "cursor"]
    assert facts["city"].place and not facts["page_size"].place
    assert facts["format"].always_default and facts["format"].silent_default
    assert facts["page_size"].silent_default and not facts["page_size"].always_default
    assert not facts["email"].silent_default  # an email identifies someone
    assert facts["format"].unstated  # an optional response control
    assert not facts["city"].unstated and not facts["email"].unstated


def test_facts_are_kept_per_endpoint_and_never_shared_across_registries() -> None:
    first = _endpoint(_param("city", required=True))
    assert VALUES.facts(first) is VALUES.facts(first)
    other = _endpoint(_param("page_size", default="20"))  # same id, other parameters
    assert [f.param.name for f in VALUES.facts(other)] == ["page_size"]


def test_facts_agree_with_the_per_call_questions_on_the_bundled_corpus() -> None:
    from toolgen.executor.places import is_place_argument

    for endpoint in load_registry(None).endpoints:
        for fact in VALUES.facts(endpoint):
            p = fact.param
            assert fact.place == is_place_argument(p.name)
            assert fact.always_default == VALUES.always_default(p)
            assert fact.silent_default == VALUES.silent_default(p)
            assert fact.unstated == VALUES.unstated(endpoint, p)


def test_flows_into_keeps_the_data_flow_edges_that_fill_a_parameter() -> None:
    registry = load_registry(None)
    graph = build_graph(registry)
    ctx = PlanContext(graph, VALUES)
    seen = 0
    for target in graph.endpoints:
        want = [e for e in graph.in_edges(target, "data_flow")
                if e.target_param and e.source_field]
        assert list(_flows_into(ctx, target)) == want
        assert _flows_into(ctx, target) is _flows_into(ctx, target)
        seen += bool(want)
    assert seen  # the bundled corpus has links


def _old_apart_places(endpoint: Endpoint, stated: dict[str, PlannedArg]) -> dict[str, object]:
    params = {p.name: p for p in endpoint.parameters}
    places = [a for a in stated.values()
              if a.name in params and isinstance(a.value, str)
              and place_value(params[a.name], endpoint)]
    out: dict[str, object] = {}
    seen: set[str] = set()
    for a in places:
        value = str(a.value)
        if value in seen:
            value = next(c for c in M._CITIES if c not in seen)
            out[a.name] = value
        seen.add(value)
    return out


@pytest.mark.parametrize("values", [
    ("Paris", "Paris", "London"),
    ("Paris", "London", "Berlin"),
    ("Paris", "Paris", "Paris"),
    ("json", "json", "Paris"),
])
def test_two_equal_places_move_apart_as_before(values: tuple[str, ...]) -> None:
    endpoint = Endpoint(
        id="Travel/rides/estimate", function_name="estimate_ride", tool_id="Travel/rides",
        tool_name="rides", category="Travel", name="estimate ride",
        description="Estimate a ride's fare between two places.",
        parameters=(_param("origin", True), _param("destination", True),
                    _param("format", True)))
    stated = {normalize_key(p.name): PlannedArg(name=p.name, source="user", value=v)
              for p, v in zip(endpoint.parameters, values, strict=True)}
    got = _apart(endpoint, stated)
    assert got == _old_apart_places(endpoint, stated)
    if values[0] == values[1] == "Paris":
        assert got["destination"] != "Paris"  # the second end of the route moved
    if len(set(values)) == len(values):
        assert got == {}


def _old_text(key: str, tokens: set[str], description: str, about: str) -> object:
    """`values_meaning._text` before the key was read first, verbatim (draws as None-ness)."""
    if M._SEARCHED.search(description):
        return None
    if key in ("question", "prompt", "ask", "question_text", "poll_question"):
        return "asked"
    if key == "name" and M._PERSON.search(description):
        return "person"
    if key == "description":
        domain = domain_of(about)
        kind = {"support": "issue", "task": "note", "recipe": "about_recipe",
                "shopping": "about_product", "place": "about_place"}.get(domain or "")
        return kind
    if key == "data" and re.search(r"review|comment|reply|message|text", description, re.I):
        return "data"
    if key not in M._TEXT_KEYS and not key.endswith(M._TEXT_SUFFIX):
        return None
    return "text"


@pytest.mark.parametrize("key,description", [
    ("q", "The search query"), ("text", "Text to search for"), ("text", "The message"),
    ("message", ""), ("name", "Full name of the customer"), ("name", "Name of the file"),
    ("data", "The review text"), ("data", "Raw payload"), ("question", "Search for it"),
    ("prompt", ""), ("city", "A city"), ("review_text", ""), ("description", "Item"),
    ("description", "The support issue"),
])
def test_text_rule_reads_what_it_read_before(key: str, description: str) -> None:
    about = "Social reviews post a review of a restaurant"
    got = M._text(key, set(key.split("_")), description, about)
    assert (got is None) == (_old_text(key, set(key.split("_")), description, about) is None)


def test_a_text_rule_on_every_bundled_parameter_agrees() -> None:
    for endpoint in load_registry(None).endpoints:
        about = (f"{endpoint.category} {endpoint.tool_name} {endpoint.function_name} "
                 f"{endpoint.description}")
        for p in endpoint.parameters:
            key = normalize_key(p.name)
            got = M._text(key, set(key.split("_")), p.description, about)
            want = _old_text(key, set(key.split("_")), p.description, about)
            assert (got is None) == (want is None), (endpoint.id, p.name)


def test_intent_of_an_endpoint_of_another_registry_with_the_same_id_is_its_own() -> None:
    cancel = _endpoint(name="cancelReservation", endpoint_id="Travel/x/op")
    search = _endpoint(name="searchHotels", endpoint_id="Travel/x/op")
    assert intent_of(cancel) is intent_of(cancel)
    assert intent_of(search).phrase != intent_of(cancel).phrase
    assert intent_of(cancel).phrase == intent_of(
        _endpoint(name="cancelReservation", endpoint_id="Travel/x/op")).phrase
