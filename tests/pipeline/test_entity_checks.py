"""The reviewer's entity counters: they flag what names two real things at once and pass
real ones (so a zero in test_believable_records means something)."""

from __future__ import annotations

import json

from . import entity_checks as ec


def test_a_team_made_of_four_teams_is_flagged_and_a_real_one_is_not() -> None:
    mixed = {"abbreviation": "MEM", "city": "Cleveland", "conference": "East",
             "division": "Southwest", "full_name": "Brooklyn Nets", "name": "Nuggets"}
    assert len(ec.team_contradictions(mixed)) >= 3
    real = {"abbreviation": "LAC", "city": "LA", "conference": "West", "division": "Pacific",
            "full_name": "LA Clippers", "name": "Clippers"}
    assert ec.team_contradictions(real) == []


def test_an_airport_in_another_country_or_timezone_is_flagged() -> None:
    assert ec.place_contradictions({"iata": "VIE", "country": "Thailand",
                                    "timezone": "Europe/London"})
    assert ec.place_contradictions({"iata": "VIE", "country": "Austria",
                                    "timezone": "Europe/Vienna"}) == []
    assert ec.place_contradictions({"city": "Lisbon", "country": "Portugal",
                                    "timezone": "Europe/Lisbon"}) == []
    assert ec.place_contradictions({"city": "Lisbon", "country_code": "PT",
                                    "timezone": "Asia/Tokyo"})


def test_a_country_with_another_countrys_code_is_flagged() -> None:
    assert ec.country_contradictions({"country": "France", "country_code": "DE"})
    assert ec.country_contradictions({"country": "United Kingdom", "country_code": "GB"}) == []


def test_words_in_quantity_fields_are_flagged_figures_and_deliberate_words_are_not() -> None:
    assert ec.quantity_words({"height_feet": "seasons", "Item Weight": "amazon"}) == [
        "height_feet='seasons'", "Item Weight='amazon'"]
    assert ec.quantity_words({"height_feet": "6", "price": "free", "year_type": "sports",
                              "age": "N/A"}) == []


def test_an_output_that_drops_a_filter_is_counted() -> None:
    record = {"messages": [
        {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "function": {
            "name": "airports", "arguments": json.dumps({"city": "Boston"})}}]},
        {"role": "tool", "tool_call_id": "c1",
         "content": json.dumps([{"iata": "VIE", "city": "Vienna"}])}]}
    assert ec.filters_not_kept(record) == ["city='Vienna' but the call asked 'Boston'"]
