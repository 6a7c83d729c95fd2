"""A neighbour's record where the endpoint asked for something else, which the judge used
to score 5.0: a revenue forecast answering the weather (BFCL seed 21 #13), a league's top
scorer, a team's ranking or a video game's rewards answering a home/away fixture, a
flight's pricing with no price (BFCL seed 7 #83), an autocomplete of "Tesla" answering
Apple Inc (ToolBench seed 7 #36). The same records from endpoints that ask for them (a
weather forecast, a fixture list, a price with a price, completions of what was typed)
are left alone.
"""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext, validate
from toolgen.records import Record

from .factories import calls_record

CTX = JudgeContext()
WEATHER = {"temperature": 33.6, "feels_like": 30.3, "humidity": 68, "wind_speed": 23.3,
           "conditions": "Partly cloudy", "city": "Seattle"}
MATCH = {"home_team": "Everton", "away_team": "Chelsea", "home_score": 2, "away_score": 1,
         "date": "2025-03-02"}


def _kinds(name: str, description: str, args: dict[str, Any], output: Any, user: str,
           answer: str) -> set[str]:
    rec: Record = calls_record([(name, args, output)], user=user, answer=answer,
                               conversation_id="cal-neighbour", descriptions={name: description})
    return {f.kind for f in validate(rec, CTX)}


def test_a_revenue_forecast_answering_the_weather_is_borrowed() -> None:
    kinds = _kinds("corporate_finance_revenue_forecast", "Estimate the revenue of a company "
                   "by forecasting the sales figures of a specific product.",
                   {"company": "Chavez-Chapman", "product": "running shoes"},
                   {"forecasts": [{**WEATHER, "company": "Chavez-Chapman"}], "total": 1},
                   "Estimate the revenue of Chavez-Chapman for running shoes.",
                   "The first forecast has city Seattle.")
    assert "borrowed_shape" in kinds


def test_a_weather_forecast_is_left_alone() -> None:
    kinds = _kinds("detailed_weather_forecast", "Retrieve a detailed forecast for a "
                   "location.", {"location": "Seattle"}, WEATHER,
                   "What's the forecast for Seattle?",
                   "Partly cloudy in Seattle, 33.6 degrees, humidity 68%.")
    assert "borrowed_shape" not in kinds


def test_a_top_scorer_or_a_video_games_rewards_answering_a_fixture_is_borrowed() -> None:
    scorer = _kinds("league_stats_get_top_scorer", "Fetch the top scorer of a specified "
                    "football league.", {"league_name": "Premier League"},
                    {"stats": [MATCH]}, "Who is the Premier League's top scorer?",
                    "Everton played Chelsea.")
    rewards = _kinds("game_rewards_get", "Retrieve information about different types of "
                     "rewards that you can receive when playing a certain game.",
                     {"game": "Portal 2", "platform": "Xbox"}, {"rewards": [MATCH]},
                     "What rewards does Portal 2 give on Xbox?", "Everton played Chelsea.")
    assert "borrowed_shape" in scorer
    assert "borrowed_shape" in rewards


def test_a_leagues_fixtures_are_left_alone() -> None:
    kinds = _kinds("sports_match_schedule", "Retrieve the match schedule for a specific "
                   "sports team.", {"team_name": "Everton"}, {"matches": [MATCH]},
                   "When does Everton play next?", "Everton host Chelsea on 2 March.")
    assert "borrowed_shape" not in kinds


def test_a_flights_pricing_without_a_price_is_asked_absent() -> None:
    flight = {"flight_number": "PN5542", "airline": "Air France", "origin": "Bengaluru",
              "destination": "Cairo", "departure_time": "2025-03-25T06:11:00Z",
              "status": "completed"}
    without = _kinds("flight_ticket_pricing_get", "Get pricing for a specific flight.",
                     {"airline": "Air France"}, flight,
                     "Look for the pricing of an Air France economy flight.",
                     "It's completed, departing 06:11 on 25 March.")
    priced = _kinds("flight_ticket_pricing_get", "Get pricing for a specific flight.",
                    {"airline": "Air France"}, {**flight, "price": 412.5, "currency": "EUR"},
                    "Look for the pricing of an Air France economy flight.",
                    "Air France PN5542 costs 412.50 EUR.")
    assert "asked_absent" in without
    assert "asked_absent" not in priced


APPLE = {"symbol": "AAPL", "name": "Apple Inc", "ticker": "aapl:us", "exchange": "NASDAQ"}
TESLA = {"symbol": "TSLA", "name": "Tesla, Inc.", "ticker": "tsla:us", "exchange": "NASDAQ"}


def test_an_autocomplete_answering_another_company_contradicts_what_was_typed() -> None:
    wrong = _kinds("market_auto_complete_for_bb_finance", "BB Finance: Get suggestions by "
                   "word or phrase.", {"query": "Tesla"}, {"quote": [APPLE]},
                   "Look for suggestions for Tesla.", "That's AAPL, Apple Inc.")
    right = _kinds("market_auto_complete_for_bb_finance", "BB Finance: Get suggestions by "
                   "word or phrase.", {"query": "Tesla"}, {"quote": [TESLA]},
                   "Look for suggestions for Tesla.", "That's TSLA, Tesla, Inc.")
    # a search is no completion: its results need not start with the words
    search = _kinds("search_stocks", "Search securities.", {"query": "Tesla"},
                    {"quote": [APPLE]}, "Search stocks like Tesla.", "That's AAPL, Apple Inc.")
    assert "filter_contradiction" in wrong
    assert "filter_contradiction" not in right
    assert "filter_contradiction" not in search


GLOSSARY = {"term": "saffron", "definition": "The dried stigmas of the saffron crocus, a "
            "costly spice that colours rice and sauces golden.", "articleId": 239148,
            "url": "https://www.guzman.info/articles/78f913"}


def test_a_glossary_answer_citing_the_link_not_the_definition_omits_what_was_asked() -> None:
    name, description = "get_food_glossary_article_for_bigoven", "BigOven: food glossary."
    link = _kinds(name, description, {"articleId": 239148}, GLOSSARY,
                  "Pull up the food glossary article 239148.",
                  "The term is saffron, with URL https://www.guzman.info/articles/78f913.")
    said = _kinds(name, description, {"articleId": 239148}, GLOSSARY,
                  "Pull up the food glossary article 239148.",
                  'Saffron: "The dried stigmas of the saffron crocus, a costly spice that '
                  'colours rice and sauces golden."')
    assert "asked_omitted" in link
    assert "asked_omitted" not in said


def test_a_players_game_log_listing_games_is_left_alone() -> None:
    kinds = _kinds("get_player_game_log_for_free_nba", "Free NBA: a player's games of a "
                   "season.", {"player": "Jayson Tatum"}, {"games": [MATCH]},
                   "Show Jayson Tatum's recent games.", "Everton beat Chelsea 2-1.")
    assert "borrowed_shape" not in kinds
