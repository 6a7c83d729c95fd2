"""A tool asked a fact about the real world answers with the fact (GeoNames, offline).

BFCL `country_info_capital(country="France")` answered `{country_id: "cnt_08429c", name:
"France", is_active: true}`, ToolBench `capital_by_country(country="Australia")` four
"capitals" coded KN5056, `distance_calculator_calculate("Madrid", "Seoul")` 33.6 km in
167 minutes, a Florence lookup the coordinates of Milan. The expected facts below are
written by hand from an atlas (rounded where the tables may differ), never read from the
code under test.
"""

from __future__ import annotations

from typing import Any

import pytest
from executor_endpoints import endpoint, param

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint

EX = MockExecutor(seed=7)


def _call(ep: Endpoint, args: dict[str, Any], seed: int = 1) -> Any:
    result = EX.session(seed).call(ep, args)
    assert result.status == "ok", result.error
    return result.output


@pytest.mark.parametrize(("country", "capital"), [
    ("France", "Paris"), ("Australia", "Canberra"), ("Brazil", "Brasilia"),
    ("Canada", "Ottawa"), ("Japan", "Tokyo"), ("Kenya", "Nairobi"), ("Turkey", "Ankara")])
def test_a_capital_asked_is_the_countrys_capital(country: str, capital: str) -> None:
    for name in ("country_info_capital", "capital_by_country_for_geosource_api"):
        out = _call(endpoint(name, (param("country"),)), {"country": country})
        assert out == {"country": country, "capital": capital}, out


def test_a_country_sent_by_its_code_is_named_beside_its_capital() -> None:
    ep = endpoint("get_capital", (param("country_code"),))
    out = _call(ep, {"country_code": "JP"})
    assert out["capital"] == "Tokyo" and out["country"] == "Japan", out


def test_a_population_is_the_number_of_people_of_the_country() -> None:
    out = _call(endpoint("country_info_population", (param("country"),)), {"country": "France"})
    assert set(out) == {"country", "population"}, out
    assert 60_000_000 < out["population"] < 72_000_000, out  # France: about 67 million
    swiss = _call(endpoint("country_info_population", (param("country"),)),
                  {"country": "Switzerland"})
    assert 7_500_000 < swiss["population"] < 9_500_000, swiss


def test_other_country_facts_answer_what_their_name_asks() -> None:
    def ask(name: str, country: str) -> Any:
        return _call(endpoint(name, (param("country"),)), {"country": country})

    assert ask("phone_code_by_country", "France")["calling_code"] == "+33"
    assert ask("currency_by_country", "Kenya")["currency_code"] == "KES"
    assert ask("emoji_flag_by_country", "Japan")["flag"] == "\U0001f1ef\U0001f1f5"
    assert ask("country_info_largest_city", "Japan")["largest_city"] == "Tokyo"
    assert ask("get_continent_by_country", "Peru")["continent"] == "South America"
    assert "Portuguese" in ask("languages_by_country", "Brazil")["languages"]


def test_a_country_record_holds_its_facts() -> None:
    out = _call(endpoint("country", (param("CountryCode"),)), {"CountryCode": "DE"})
    assert out["name"] == "Germany" and out["capital"] == "Berlin", out
    assert 75_000_000 < out["population"] < 90_000_000, out
    assert out["currency_code"] == "EUR" and out["calling_code"] == "+49", out


def test_a_corpus_answer_gets_the_fact_under_its_own_key() -> None:
    keyed = endpoint("country_details", (param("country"),), response={
        "type": "object", "properties": {"name": {"type": "string"},
                                         "capital_city": {"type": "string"},
                                         "total_population": {"type": "integer"}}})
    out = _call(keyed, {"country": "Italy"})
    assert out["capital_city"] == "Rome" and out["name"] == "Italy", out
    assert 55_000_000 < out["total_population"] < 65_000_000, out
    one_text = endpoint("get_capital", (param("country_code"),), response={
        "type": "object", "properties": {"status": {"type": "string"},
                                         "data": {"type": "string"}}})
    assert _call(one_text, {"country_code": "ES"})["data"] == "Madrid"


def test_a_city_looked_up_is_where_it_is() -> None:
    out = _call(endpoint("location_by_city", (param("city"),)), {"city": "Firenze"})
    assert out["country"] == "Italy" and out["timezone"] == "Europe/Rome", out
    assert abs(out["latitude"] - 43.77) < 0.1 and abs(out["longitude"] - 11.25) < 0.1, out
    paris = _call(endpoint("get_coordinates_from_city", (param("city_name"),)),
                  {"city_name": "Paris"})
    assert abs(paris["latitude"] - 48.86) < 0.1 and abs(paris["longitude"] - 2.35) < 0.1


def test_an_unknown_country_keeps_a_drawn_answer() -> None:
    out = _call(endpoint("country_info_capital", (param("country"),)), {"country": "Minas Tirith"})
    assert out["country"] == "Minas Tirith", out
    assert "capital" in out  # drawn: nothing to say it is wrong, nothing to say it is right


def test_a_weather_or_an_animal_population_is_no_country_fact() -> None:
    out = _call(endpoint("estimate_population", (param("species"), param("country"))),
                {"species": "Panthera leo", "country": "France"})
    assert not (isinstance(out, dict) and out.get("population") == 66987244), out


def test_a_currency_record_keeps_its_own_name_and_types() -> None:
    ep = endpoint("currency_by_country", (param("country"),), response={
        "type": "object", "properties": {"name": {"type": "string"},
                                         "currency_code": {"type": "string"},
                                         "area": {"type": "string"}}})
    out = _call(ep, {"country": "France"})
    assert out["currency_code"] == "EUR", out
    assert out["name"] != "France", out  # the currency's name, not the country's
