"""Facts about the real world a tool output gets wrong: a capital that is another city, a
country's population far off, two known cities a few kilometres apart.

Each defect comes with a clean twin that differs only in the fact; the facts are written
by hand (Canberra, about 67 million French, Madrid-Seoul about 10,000 km), not read from
the code under test.
"""

from __future__ import annotations

from typing import Any

import pytest

from toolgen.judge import JudgeContext
from toolgen.judge.realism import world_facts
from toolgen.judge.view import build_view

from .factories import Call, calls_record

CTX = JudgeContext()


def _kinds(calls: list[Call]) -> list[str]:
    record = calls_record(calls, user="Look it up for me.", answer="Here is what I found.",
                          conversation_id="t-world")
    return [f.kind for f in world_facts.check_view(build_view(record), CTX)]


AUSTRALIA = {"country": "Australia"}
FRANCE = {"country": "France"}
TRIP = {"origin": "Madrid", "destination": "Seoul"}


@pytest.mark.parametrize("output", [
    {"country": "Australia", "capital": "Canberra"},
    {"capital_city": "Canberra", "name": "Australia"},
    {"country": "Australia", "population": 26_000_000},
])
def test_a_true_country_fact_is_not_flagged(output: Any) -> None:
    assert _kinds([("country_info", AUSTRALIA, output)]) == []


@pytest.mark.parametrize("output", [
    {"country": "Australia", "capital": "Sydney"},
    {"country": "Australia", "capital": "KN5056"},
    {"capitals": [{"country": "Australia", "capital": "Perth"}]},
    {"country": "Australia", "population": 1204},
])
def test_a_false_country_fact_is_flagged(output: Any) -> None:
    assert _kinds([("country_info", AUSTRALIA, output)]) == ["world_fact_contradiction"]


def test_a_capital_given_by_its_longer_name_is_the_capital() -> None:
    us = {"country": "United States", "capital": "Washington, D.C."}
    assert _kinds([("country_info", {"country": "USA"}, us)]) == []


def test_a_city_population_and_another_country_are_left_alone() -> None:
    city = {"city": "Paris", "country": "France", "population": 2_100_000}
    assert _kinds([("city_info", FRANCE, city)]) == []
    others = {"country": "France", "neighbours": [{"name": "Spain", "capital": "Madrid"}]}
    assert _kinds([("country_info", FRANCE, others)]) == []


def test_a_population_within_a_quarter_is_not_flagged() -> None:
    assert _kinds([("country_info", FRANCE, {"country": "France",
                                            "population": 68_400_000})]) == []
    assert _kinds([("country_info", FRANCE, {"country": "France",
                                            "population": 40_000_000})]) == [
        "world_fact_contradiction"]


def test_a_distance_between_known_cities_is_checked() -> None:
    assert _kinds([("distance", TRIP, {"distance_km": 9995.5})]) == []
    assert _kinds([("distance", TRIP, {"distance_km": 33.6})]) == ["world_fact_contradiction"]
    assert _kinds([("distance", TRIP, {"distance_km": 19_000})]) == [
        "world_fact_contradiction"]


def test_a_road_distance_and_the_unit_asked_are_not_flagged() -> None:
    road = {"origin": "Madrid", "destination": "Barcelona"}
    assert _kinds([("route", road, {"distance_km": 621})]) == []  # the road, not 505
    miles = {"start_location": "London", "end_location": "Paris", "unit": "miles"}
    assert _kinds([("distance", miles, {"distance": 214})]) == []
    assert _kinds([("distance", miles, {"distance": 2140})]) == ["world_fact_contradiction"]


def test_unknown_places_are_left_alone() -> None:
    assert _kinds([("country_info", {"country": "Minas Tirith"},
                    {"country": "Minas Tirith", "capital": "Poseidonia"})]) == []
    assert _kinds([("distance", {"origin": "Minas Tirith", "destination": "Seoul"},
                    {"distance_km": 12})]) == []


def test_a_capital_or_population_asked_and_not_answered_is_flagged() -> None:
    hollow = {"country_id": "cnt_08429c", "name": "France", "country": "France",
              "is_active": True}
    assert _kinds([("country_info_capital", FRANCE, hollow)]) == ["world_fact_contradiction"]
    assert _kinds([("country_info_population", FRANCE, hollow)]) == [
        "world_fact_contradiction"]
    assert _kinds([("country_info_capital", FRANCE, {"country": "France",
                                                     "capital": "Paris"})]) == []
    assert _kinds([("get_capital", {"country_code": "FR"}, {"status": "ok",
                                                            "data": "Paris"})]) == []
    # a covid table's country, or an unknown country, asks no capital
    assert _kinds([("country_info_capital", {"country": "Minas Tirith"}, hollow)]) == []
    assert _kinds([("covid_stats_by_country", FRANCE, hollow)]) == []


def test_a_species_population_in_a_country_is_not_the_countrys() -> None:
    lions = {"population": 2_400, "species": "Panthera leo", "country": "France"}
    assert _kinds([("estimate_population", FRANCE, lions)]) == []
