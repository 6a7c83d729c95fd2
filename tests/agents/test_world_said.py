"""A country's capital and population said as facts about the country ("the capital of
France is Paris", "France has 66,987,244 people"), never as a record's fields ("its
population is 66987244"), and never for what is not the country's (a species counted in
it)."""

from __future__ import annotations

import random

from toolgen.agents import offline as lang
from toolgen.agents.offline import Fact, Intent, Outcome
from toolgen.agents.offline.clauses import fact_clauses
from toolgen.agents.policy.world import world_facts
from toolgen.records import Endpoint, Parameter


def _endpoint(name: str, *params: str) -> Endpoint:
    return Endpoint(id=f"bfcl/{name}", function_name=name, tool_id="bfcl", tool_name=name,
                    category="Geo", name=name, parameters=[
                        Parameter(name=p, raw_name=p, type_label="string",
                                  json_schema={"type": "string"}, required=True)
                        for p in params])


POPULATION = _endpoint("country_info_population", "country")
CAPITAL = _endpoint("country_info_capital", "country")


def test_a_countrys_population_and_capital_are_said_of_the_country() -> None:
    said = world_facts({"country": "France", "population": 66987244}, POPULATION)
    assert said == [Fact(label="population of France", value="66,987,244")]
    assert world_facts({"country": "France", "capital": "Paris"}, CAPITAL) == [
        Fact(label="capital of France", value="Paris")]
    both = [Fact(label="capital of Turkey", value="Ankara"),
            Fact(label="population of Turkey", value="82,319,724")]
    text = fact_clauses(both, lambda v: v, random.Random(0))
    assert text == "Turkey has 82,319,724 people and its capital is Ankara"


def test_the_united_states_is_said_with_its_article() -> None:
    said = world_facts({"country": "United States", "capital": "Washington"}, CAPITAL)
    assert said == [Fact(label="capital of the United States", value="Washington")]


def test_a_species_or_a_city_population_is_no_countrys() -> None:
    lions = _endpoint("estimate_population", "species", "country")
    assert world_facts({"population": 50442396, "species": "Panthera leo",
                        "country": "France"}, lions) == []
    assert world_facts({"city": "Paris", "country": "France", "population": 2138551},
                       POPULATION) == []


def test_a_country_named_by_an_earlier_call_is_not_named_again() -> None:
    people = Outcome(Intent(verb="get", obj="present population", phrase="get population"),
                     "ok", facts=(Fact(label="population of France", value="66,987,244"),))
    capital = Outcome(Intent(verb="get", obj="the capital city", phrase="get the capital"),
                      "ok", facts=(Fact(label="capital of France", value="Paris"),))
    answer = lang.assistant_report(lang.said_once([people, capital]), random.Random(3))
    assert "France has 66,987,244 people" in answer, answer
    assert "capital is Paris" in answer and answer.count("France") == 1, answer


def test_one_calls_country_record_names_the_country_once() -> None:
    record = Outcome(Intent(verb="get", obj="the country info", phrase="get country info"),
                     "ok", facts=(Fact(label="capital of Turkey", value="Ankara"),
                                  Fact(label="population of Turkey", value="82,319,724")))
    answer = lang.assistant_report(lang.said_once([record]), random.Random(1))
    assert "Turkey has 82,319,724 people and its capital is Ankara" in answer, answer
