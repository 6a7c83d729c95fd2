"""Believable values (issue 12): semantic types from descriptions and defaults, no Faker
filler, cross-field rules, corpus example pools and endpoint-specific inferred shapes."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from toolgen.executor import MockExecutor
from toolgen.executor.examples import CorpusExamples
from toolgen.executor.rules import settle, settle_arguments
from toolgen.records import Endpoint, Parameter


def _param(name: str, type_: str = "string", description: str = "", **extra: Any) -> Parameter:
    default = extra.pop("default", None)
    return Parameter(name=name, raw_name=name, type_label=type_,
                     json_schema={"type": type_, **extra}, required=True,
                     description=description, default=default,
                     has_default=default is not None)


def _endpoint(name: str, params: tuple[Parameter, ...] = (), response: Any = None,
              tool: str = "Covid Stats", description: str = "", source: str = "schema",
              tool_id: str = "t") -> Endpoint:
    return Endpoint(id=f"{tool_id}/{name}", function_name=name, tool_id=tool_id,
                    tool_name=tool, category="Data", name=name, description=description,
                    parameters=params, response_schema=response or {},
                    response_source=source)  # type: ignore[arg-type]


def _outputs(executor: MockExecutor, ep: Endpoint, args: dict[str, Any], n: int = 20) -> list[Any]:
    return [executor.session(i).call(ep, args).output for i in range(n)]


def test_titles_use_the_apis_words_and_descriptions_are_no_stock_sentence(
    executor: MockExecutor,
) -> None:
    """A title names the domain ("Statistics Report"); a description is what a person
    writes or nothing: never the tool's words stitched into a stock sentence."""
    ep = _endpoint("get_country_statistics", response={"type": "object", "properties": {
        "name": {"type": "string"}, "description": {"type": "string"},
        "title": {"type": "string"}}},
        description="Covid vaccination and cases statistics by country")
    words = {"covid", "vaccination", "cases", "statistics", "country", "stats"}
    stock = ("including", "related", "listing with", "updated regularly", "covering",
             "figures for", "summary of")
    for out in _outputs(executor, ep, {}):
        assert any(w in out["title"].lower() for w in words), out
        assert not any(s in out["description"].lower() for s in stock), out
        assert not any(w in out["description"].lower() for w in words), out


def test_numbers_respect_a_range_the_description_states() -> None:
    from toolgen.agents.planner.values import ArgumentValues

    ep = _endpoint("search_hotels", (
        _param("min_stars", "number", "Minimum star rating, 1-5"),
        _param("skip", "number", "Number of results to skip"),
    ))
    values = ArgumentValues(MockExecutor(3))
    rng = random.Random(1)
    for _ in range(50):
        stars = values.draw(ep, ep.parameters[0], rng)
        skip = values.draw(ep, ep.parameters[1], rng)
        assert 1 <= stars <= 5
        assert skip == int(skip) and skip >= 0


def test_a_value_shaped_like_its_default_gets_new_characters() -> None:
    from toolgen.agents.planner.values import ArgumentValues

    ep = _endpoint("consulta", (_param("cpf", default="11144477735"),))
    values = ArgumentValues(MockExecutor(3))
    drawn = {values.draw(ep, ep.parameters[0], random.Random(i)) for i in range(10)}
    assert all(len(v) == 11 and v.isdigit() for v in drawn)
    assert "11144477735" not in drawn and len(drawn) > 5


def test_a_measure_shaped_like_its_example_is_written_as_a_figure() -> None:
    # "zips in a 0204 radius" (ToolBench seed 71): `radius` is text with example "5000"
    from toolgen.agents.planner.values import ArgumentValues

    ep = _endpoint("zips_in_radius", (_param("radius", default="5000"),
                                      _param("zip", default="95125")))
    values = ArgumentValues(MockExecutor(3))
    radii = [values.draw(ep, ep.parameters[0], random.Random(i)) for i in range(300)]
    assert all(r.isdigit() and not r.startswith("0") for r in radii), radii
    zips = {values.draw(ep, ep.parameters[1], random.Random(i)) for i in range(300)}
    assert any(z.startswith("0") for z in zips if z.isdigit())  # a code keeps its zeros


def test_identifying_defaults_are_never_silent() -> None:
    from toolgen.agents.planner.values import ArgumentValues

    values = ArgumentValues(MockExecutor(3))
    optional = {"required": False}
    email = _param("email", default="ana@example.com").model_copy(update=optional)
    items = Parameter(name="menu_item_ids", raw_name="menu_item_ids", type_label="array",
                      json_schema={"type": "array"}, required=False, default=["mi_88"],
                      has_default=True)
    size = _param("page_size", "integer", default=20).model_copy(update=optional)
    assert not values.silent_default(email)
    assert not values.silent_default(items)
    assert values.silent_default(size)


def test_date_pairs_rates_routes_counts_and_fresh_status() -> None:
    out: dict[str, Any] = {
        "check_in": "2025-05-09", "check_out": "2025-05-02",
        "from": "USD", "to": "USD", "rate": 1.31, "amount": 10.0, "converted_amount": 13.1,
        "origin": "Lisbon", "destination": "Lisbon",
        "items": [{"price": 2.5, "quantity": 2}, {"price": 1.0, "quantity": 1}],
        "count": 7, "status": "refunded",
    }
    settle(out, {"from": "USD", "to": "USD"}, "create")
    assert out["check_in"] < out["check_out"]
    assert out["rate"] == 1.0 and out["converted_amount"] == out["amount"]
    assert out["origin"] != out["destination"]
    assert out["count"] == 2
    assert out["status"] == "confirmed"
    args = settle_arguments({"from_currency": "EUR", "to_currency": "EUR",
                             "departure_date": "2025-06-10", "return_date": "2025-06-01",
                             "start_date": "2025-06-10", "end_date": "2025-06-01"})
    assert args["from_currency"] != args["to_currency"]
    assert args["start_date"] < args["end_date"]


def test_an_unasked_quote_never_converts_a_currency_into_itself() -> None:
    out = {"from": "USD", "to": "USD", "rate": 1.31, "amount": 10.0, "converted_amount": 13.1}
    settle(out, {}, "get")
    assert out["from"] != out["to"]
    assert out["converted_amount"] == round(10.0 * out["rate"], 2)


def test_a_cross_rate_follows_the_currencies_asked_for() -> None:
    out = {"from": "GBP", "to": "EUR", "rate": 500.0, "amount": 10.0, "converted_amount": 1.0}
    settle(out, {"from_currency": "USD", "to_currency": "EUR"}, "get")
    assert (out["from"], out["to"]) == ("USD", "EUR")
    assert 0.5 < out["rate"] < 1.5
    assert out["converted_amount"] == round(10.0 * out["rate"], 2)


def test_outputs_draw_from_the_tools_example_responses(tmp_path: Path) -> None:
    tool = tmp_path / "music.json"
    tool.write_text(json.dumps({"tool_name": "Music", "api_list": [
        {"name": "track", "test_endpoint": {"track_title": "Bohemian Rhapsody",
                                            "plays": 1200000, "isrc": "GBUM71029604"}},
        {"name": "broken", "test_endpoint": {"message": "You are not subscribed to this API."}},
    ]}))
    examples = CorpusExamples({"music": str(tool)})
    assert "message" not in examples.pool("music")
    executor = MockExecutor(5, examples=examples)
    ep = _endpoint("track", response={"type": "object", "properties": {
        "track_title": {"type": "string"}, "plays": {"type": "integer"},
        "isrc": {"type": "string"}}}, tool_id="music", source="test_endpoint")
    outs = _outputs(executor, ep, {}, 10)
    assert all(o["track_title"] == "Bohemian Rhapsody" for o in outs)
    assert all(1_000_000 <= o["plays"] <= 1_400_000 for o in outs)
    isrcs = {o["isrc"] for o in outs}
    assert all(len(i) == 12 and i[:2].isalpha() and i[-7:].isdigit() for i in isrcs)
    assert len(isrcs) > 5


def test_an_endpoint_without_a_shape_answers_in_its_own_domain(executor: MockExecutor) -> None:
    calc = _endpoint("calculate_compound_interest", (
        _param("principal", "number"), _param("rate", "number")), source="inferred")
    weather = _endpoint("get_weather_forecast", (_param("city"),), tool="Weather",
                        source="inferred")
    a = executor.session(1).call(calc, {"principal": 1000.0, "rate": 0.05}).output
    b = executor.session(1).call(weather, {"city": "Lisbon"}).output
    assert isinstance(a["compound_interest"], (int, float))
    assert {"temperature", "humidity"} <= set(b) and b["city"] == "Lisbon"
    assert set(a) != set(b)


def test_only_list_reads_declaring_a_page_parameter_paginate(executor: MockExecutor) -> None:
    listing = {"type": "object", "properties": {"results": {"type": "array", "items": {
        "type": "object", "properties": {"id": {"type": "string"}}}}}}
    search = _endpoint("search_products", (_param("page", "integer"),), listing)
    undeclared = _endpoint("search_orders", (_param("q"),), listing)
    add = _endpoint("add_to_cart", (_param("page", "integer"),), listing)
    assert executor.paginates(search)
    assert not executor.paginates(undeclared)
    assert not executor.paginates(add)


def test_a_stay_lasts_days_not_months_and_the_stated_side_stays() -> None:
    args = settle_arguments({"city": "Barcelona", "check_in": "2025-03-02",
                             "check_out": "2026-02-24"})
    assert args["check_in"] == "2025-03-02"
    assert "2025-03-03" <= args["check_out"] <= "2025-03-16"
    trip = settle_arguments({"departure_date": "2025-03-02", "return_date": "2025-12-24"})
    assert "2025-03-03" <= trip["return_date"] <= "2025-03-16"
    week = {"check_in": "2025-03-02", "check_out": "2025-03-09"}
    assert settle_arguments(week) == week
    # In an output the side the call sent is kept and the other keeps its own format.
    out = {"check_in": "2025-03-02", "check_out": "2026-02-24T10:00:00Z"}
    settle(out, {"check_out": "2026-02-24T10:00:00Z"})
    assert out["check_out"] == "2026-02-24T10:00:00Z"
    assert "2026-02-10" <= out["check_in"] <= "2026-02-23" and len(out["check_in"]) == 10
