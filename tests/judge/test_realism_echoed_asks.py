"""The judge flags a result restating its request with other values (ToolBench seed 31
#271: solar inputs lat "49.3418836" for a call sent lat 25.2048) and a listing filtered by
a US county or state answering rows elsewhere (#233: Los Angeles County ZIPs in San Jose,
Santa Clara County; a Woonsocket, RI row); agreeing echoes and rows are clean."""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext
from toolgen.judge.realism import echoed_asks
from toolgen.judge.view import build_view

from .factories import calls_record


def _kinds(name: str, args: dict[str, Any], output: Any) -> list[str]:
    record = calls_record([(name, args, output)], user="Could you look that up?",
                          answer="Here is what came back.", conversation_id="t-echoed")
    view = build_view(record)
    assert echoed_asks.GATE(view)
    return [f.kind for f in echoed_asks.check_view(view, JudgeContext())]


_SOLAR = {"lat": 25.2048, "lon": 55.2708, "wp": 8482.3}


def _inputs(**fields: str) -> dict[str, Any]:
    inputs = {"wp": "8482.3", "lat": "25.2048", "lon": "55.2708", "tech": "crystSi", **fields}
    return {"inputs": inputs, "outputs": [{"month": 4, "wh": 1210}]}


def test_an_echo_block_with_the_examples_inputs_is_flagged() -> None:
    out = _inputs(lat="49.3418836", lon="8.8006813")
    assert _kinds("v2_0_solar_estimation", _SOLAR, out) == ["echo_contradiction"]
    query = {"query": {"q": "running shoes", "page": 1}, "results": []}
    assert _kinds("search_products", {"q": "hiking boots"}, query) == ["echo_contradiction"]


def test_an_echo_block_holding_what_was_sent_is_clean() -> None:
    # numbers written as text, texts in another case, an unsent default: all agree
    assert _kinds("v2_0_solar_estimation", _SOLAR, _inputs()) == []
    params = {"params": {"q": "Running Shoes", "date": "2026-03-01T00:00:00Z"}, "items": []}
    assert _kinds("search", {"q": "running shoes", "date": "2026-03-01"}, params) == []


def _zip(city: str, county: str, state: str) -> dict[str, Any]:
    return {"zip": "90012", "city": city, "county": county, "state": state}


def test_rows_outside_the_county_asked_are_flagged() -> None:
    args = {"county": "Los Angeles County", "stateId": "CA"}
    for row in (_zip("San Jose", "Santa Clara County", "CA"),  # another county
                _zip("Woonsocket", "Los Angeles County", "RI"),  # another state
                _zip("San Jose", "Los Angeles County", "CA")):  # a city of another county
        assert _kinds("get_zips_in_county", args, {"data": [
            _zip("Los Angeles", "Los Angeles County", "CA"), row]}) == [
            "place_filter_contradiction"]


def test_rows_outside_the_state_asked_under_another_key_are_flagged() -> None:
    rows = [_zip("San Jose", "Santa Clara", "CA")]
    assert _kinds("get_zips_in_state", {"stateId": "TX"}, {"data": rows}) == [
        "place_filter_contradiction"]
    rows = [{"name": "Pike Place", "city": "Seattle"}]
    assert _kinds("list_markets", {"state_code": "OR"}, rows) == ["place_filter_contradiction"]


def test_rows_in_the_place_asked_and_unplaceable_filters_are_clean() -> None:
    rows = [_zip("Los Angeles", "Los Angeles County", "CA"),
            _zip("Pasadena", "Los Angeles", "CA")]
    assert _kinds("get_zips_in_county", {"county": "Los Angeles County", "stateId": "CA"},
                  {"data": rows}) == []
    # an opaque state id and a county no table knows cannot be placed
    assert _kinds("get_zips_in_state", {"stateId": "stt_3b4709"},
                  {"data": [_zip("San Jose", "Santa Clara", "CA")]}) == []
    # a city the call sent is the user's own, whatever state they gave beside it
    assert _kinds("register_customer", {"state": "Washington", "city": "New York"},
                  {"id": "c1", "state": "Washington", "city": "New York"}) == []
