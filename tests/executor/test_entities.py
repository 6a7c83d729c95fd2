"""Coherent entity objects: one real airport / team / coin per object, figures in quantity
fields. Expected values are facts about the real things (Vienna International is LOWW in
Europe/Vienna), written here, not read from the executor's tables."""

from __future__ import annotations

import random
from typing import Any

from executor_endpoints import param

from toolgen.executor import MockExecutor
from toolgen.executor.entities import cohere
from toolgen.executor.entities.arguments import agreeing_arguments
from toolgen.records import Endpoint


def _ep(tool: str, name: str, response: dict[str, Any] | None = None,
        params: tuple[Any, ...] = ()) -> Endpoint:
    return Endpoint(id=f"{tool}/{name}", function_name=f"{name}_for_{tool}", tool_id=tool,
                    tool_name=tool.replace("_", " "), category="Travel", name=name,
                    parameters=params, response_schema=response or {})


AIRPORTS = _ep("airports_by_api_ninjas", "v1_airports")
NBA = _ep("free_nba", "get_all_players")
CRYPTO = _ep("crypto_news", "coin_desk")
MARKETS = _ep("bb_finance", "market_get_cross_currencies")


class NoDraw:
    """A random stream that must not be drawn from."""

    def random(self) -> float:
        raise AssertionError("drew from the stream for an object with nothing to fix")


def test_an_airport_is_the_one_its_code_names() -> None:
    out = {"airports": [{"airport_id": "arp_1", "name": "Bangkok Airport", "iata": "VIE",
                         "city": "Denver", "country": "Thailand", "timezone": "Europe/London",
                         "icao": "INBZ", "region": "Bangkok", "max_elevation": 874.85}]}
    cohere(out, {"iata": "VIE"}, AIRPORTS, random.Random(1))
    airport = out["airports"][0]
    assert airport == {"airport_id": "arp_1", "name": "Vienna International Airport",
                       "iata": "VIE", "city": "Vienna", "country": "Austria",
                       "timezone": "Europe/Vienna", "icao": "LOWW", "region": "Lower Austria",
                       "max_elevation": 874.85}


def test_a_filter_argument_wins_over_drawn_values() -> None:
    out = [{"iata": "NBO", "city": "Nairobi", "timezone": "Asia/Kathmandu", "country": "Kenya"}]
    cohere(out, {"timezone": "Asia/Kathmandu"}, AIRPORTS, random.Random(2))
    assert out == [{"iata": "KTM", "city": "Kathmandu", "timezone": "Asia/Kathmandu",
                    "country": "Nepal"}]


def test_one_list_names_each_airport_once() -> None:
    item = {"iata": "VIE", "city": "Denver", "country": "Thailand"}
    out = {"airports": [dict(item), dict(item), dict(item)]}
    cohere(out, {"iata": "VIE"}, AIRPORTS, random.Random(3))
    assert out["airports"] == [{"iata": "VIE", "city": "Vienna", "country": "Austria"}]


def test_codes_keep_their_style() -> None:
    out = {"iata": "vie", "city": "Denver", "country": "TH"}
    cohere(out, {}, AIRPORTS, random.Random(4))
    assert out == {"iata": "vie", "city": "Vienna", "country": "AT"}


def test_a_team_is_one_team_and_quantities_are_figures() -> None:
    player = {"first_name": "Vin", "height_feet": "seasons", "height_inches": "players",
              "weight_pounds": "players",
              "team": {"id": 9, "abbreviation": "MEM", "city": "Cleveland", "conference": "East",
                       "division": "Southwest", "full_name": "Brooklyn Nets", "name": "Nuggets"}}
    cohere({"data": [player]}, {}, NBA, random.Random(5))
    team = player["team"]
    known = {  # abbreviation -> (city, full name, nickname, conference, division)
        "MEM": ("Memphis", "Memphis Grizzlies", "Grizzlies", "West", "Southwest"),
        "BKN": ("Brooklyn", "Brooklyn Nets", "Nets", "East", "Atlantic"),
        "DEN": ("Denver", "Denver Nuggets", "Nuggets", "West", "Northwest"),
        "CLE": ("Cleveland", "Cleveland Cavaliers", "Cavaliers", "East", "Central"),
    }
    assert team["abbreviation"] in known
    assert (team["city"], team["full_name"], team["name"], team["conference"],
            team["division"]) == known[team["abbreviation"]]
    assert team["id"] == 9
    assert 6 <= int(player["height_feet"]) <= 7
    assert 0 <= int(player["height_inches"]) <= 11
    assert 165 <= int(player["weight_pounds"]) <= 265


def test_words_that_mean_no_figure_and_words_the_call_sent_stay() -> None:
    out = {"price": "free", "age": "unknown", "year": "current"}
    cohere(out, {"year": "current"}, NBA, NoDraw())
    assert out == {"price": "free", "age": "unknown", "year": "current"}


def test_objects_that_are_no_known_entity_are_left_alone_without_drawing() -> None:
    out = {"hotels": [{"hotel_id": "htl_1", "name": "Casa Azul", "city": "Lisbon",
                       "country": "Portugal", "price": 120.5, "currency": "EUR"}]}
    before = repr(out)
    cohere(out, {"city": "Lisbon"}, _ep("hotels", "search"), NoDraw())
    assert repr(out) == before


def test_a_crypto_api_lists_coins_not_stock_tickers() -> None:
    out = {"coins": [{"name": "Currency #342", "symbol": "GOOGL"},
                     {"name": "Bitcoin", "symbol": "BTC"},
                     {"name": "Wallet A", "symbol": "ZZZQ"}]}
    cohere(out, {}, CRYPTO, random.Random(6))
    first, second, third = out["coins"]
    assert first["symbol"] not in {"GOOGL", "MSFT", "AAPL"} and "#" not in first["name"]
    assert second == {"name": "Bitcoin", "symbol": "BTC"}
    assert third == {"name": "Wallet A", "symbol": "ZZZQ"}  # an unknown coin keeps its own


def test_a_security_with_a_currency_is_not_a_currency() -> None:
    out = {"symbol": "KRWINR", "currency": "EUR", "name": "KRWCNY Spot Exchange Rate"}
    cohere(out, {}, MARKETS, NoDraw())
    assert out == {"symbol": "KRWINR", "currency": "EUR", "name": "KRWCNY Spot Exchange Rate"}


def test_planned_filter_arguments_name_one_airport() -> None:
    text = "Airports by API-Ninjas /v1/airports"
    assert agreeing_arguments(text, {"iata": "VIE", "timezone": "Europe/London"},
                              {"iata", "timezone"}) == {"timezone": "Europe/Vienna"}
    # A city an earlier answer fed in is kept; the user's code follows it.
    got = agreeing_arguments(text, {"city": "Boston", "iata": "VIE", "timezone": "Europe/London"},
                             {"iata", "timezone"})
    assert got == {"iata": "BOS", "timezone": "America/New_York"}
    assert agreeing_arguments(text, {"iata": "LHR", "timezone": "Europe/London"},
                              {"iata", "timezone"}) == {}


def test_the_session_answers_with_one_real_airport(executor: MockExecutor) -> None:
    schema = {"type": "array", "items": {"type": "object", "properties": {
        "name": {"type": "string"}, "iata": {"type": "string"}, "icao": {"type": "string"},
        "city": {"type": "string"}, "country": {"type": "string"},
        "timezone": {"type": "string"}, "latitude": {"type": "number"},
        "longitude": {"type": "number"}}}}
    ep = _ep("airports_by_api_ninjas", "v1_airports", schema,
             (param("iata", required=False), param("city", required=False)))
    for seed in range(6):
        out = executor.session(seed).call(ep, {"iata": "CDG"}).output
        assert out, out
        for airport in out:
            assert (airport["name"], airport["icao"], airport["city"], airport["country"],
                    airport["timezone"]) == ("Paris Charles de Gaulle Airport", "LFPG", "Paris",
                                             "France", "Europe/Paris")
            assert 48.9 < airport["latitude"] < 49.1 and 2.4 < airport["longitude"] < 2.7


def test_the_planner_leaves_out_a_code_beside_a_city_from_an_earlier_answer() -> None:
    from toolgen.executor.entities.arguments import one_entity
    from toolgen.records import PlannedArg

    ep = _ep("airports_by_api_ninjas", "v1_airports", None,
             (param("city", required=False), param("iata", required=False),
              param("timezone", required=False), param("max_elevation", "number", False)))
    args = [PlannedArg(name="city", source="tool_output", call_id="call_1", path="data[0].city"),
            PlannedArg(name="iata", source="user", value="VIE"),
            PlannedArg(name="timezone", source="user", value="Europe/London"),
            PlannedArg(name="max_elevation", source="user", value=874.85)]
    kept = one_entity(ep, args, lambda p, v: True)
    assert [(a.name, a.value) for a in kept] == [("city", None), ("max_elevation", 874.85)]
    stated = [a for a in args if a.source == "user"]
    fixed = one_entity(ep, stated, lambda p, v: True)
    assert [(a.name, a.value) for a in fixed] == [
        ("iata", "VIE"), ("timezone", "Europe/Vienna"), ("max_elevation", 874.85)]
    alone = stated[1:]  # a timezone on its own names no other airport: left as planned
    assert one_entity(ep, alone, lambda p, v: True) is alone


def test_two_keys_for_one_symbol_name_one_stock_and_an_eth_transfer_moves_ether() -> None:
    quote = {"symbol": "META", "ticker": "ORCL", "price": 51.79}
    cohere(quote, {}, _ep("stockapi", "ticker"), random.Random(7))
    assert quote["symbol"] == quote["ticker"] and quote["symbol"] in {"META", "ORCL"}
    transfer = {"transaction_id": "trn_1", "symbol": "AAPL", "amount": "114.92"}
    cohere(transfer, {}, _ep("tatum_blockchain_api", "eth_blockchain_transfer"), random.Random(8))
    assert transfer["symbol"] == "ETH"


def test_a_football_api_names_two_real_clubs_of_its_league() -> None:
    serie_a = {"Inter", "AC Milan", "Juventus", "Napoli", "Atalanta", "Roma", "Lazio",
               "Fiorentina", "Bologna", "Torino", "Udinese", "Genoa", "Como", "Cagliari",
               "Lecce", "Parma", "Hellas Verona", "Empoli", "Venezia", "Monza"}
    game = {"home_team": "lineups", "away_team": "substitutes", "home_score": 1}
    cohere(game, {}, _ep("seriea_live_scores", "lineups_and_substitutes_for_a_game"),
           random.Random(9))
    assert game["home_team"] in serie_a and game["away_team"] in serie_a
    assert game["home_team"] != game["away_team"]
    real = {"home_team": "Juventus", "away_team": "Roma"}
    cohere(real, {}, _ep("seriea_live_scores", "scores"), NoDraw())
    assert real == {"home_team": "Juventus", "away_team": "Roma"}
    other = {"team": "platform", "home_team": "guides"}  # no sport named: a home side is
    cohere(other, {}, _ep("game_guide_api", "search_guide"), random.Random(2))  # a club's
    assert other["home_team"] != "guides" and other["team"] != "platform"


def test_a_league_is_read_from_whole_words() -> None:
    from toolgen.executor.entities.team_names import league_of

    assert league_of("seriea live scores lineups_for_seriea_live_scores") == "Serie A"
    assert league_of("free nba get_all_games_for_free_nba") == "NBA"
    assert league_of("bfcl_v4_multiple player_statistic") is None  # "multiplE PLayer"


def test_a_city_listed_by_a_country_endpoint_keeps_its_name() -> None:
    city = {"_id": "cty_1", "name": "Lyon", "country_code": "FR"}
    cohere([city], {"country_code": "FR"},
           _ep("world_cities", "get_city_by_country_code"), NoDraw())
    assert city == {"_id": "cty_1", "name": "Lyon", "country_code": "FR"}


def test_a_match_names_two_real_clubs_even_when_the_api_names_no_sport() -> None:
    torrents = _ep("movie_tv_music_search", "get_monthly_top_100_games_torrents")
    out = {"games": [{"home_team": "monthly", "away_team": "torrents", "date": "2025-05-01"}]}
    cohere(out, {}, torrents, random.Random(3))
    game = out["games"][0]
    clubs = {"Arsenal", "Aston Villa", "Chelsea", "Everton", "Liverpool", "Manchester City",
             "Manchester United", "Newcastle United", "Tottenham Hotspur", "West Ham United",
             "Brighton & Hove Albion", "Brentford", "Crystal Palace", "Fulham", "Wolverhampton "
             "Wanderers", "Nottingham Forest", "Bournemouth", "Leicester City", "Ipswich Town",
             "Southampton", "Burnley", "Sheffield United", "Luton Town", "Leeds United",
             "Sunderland"}
    assert game["home_team"] in clubs and game["away_team"] in clubs
    assert game["home_team"] != game["away_team"]


def test_a_lone_team_field_of_a_non_sport_api_is_left_alone() -> None:
    work = _ep("slack_api", "get_channel")
    out = {"channel": "general", "team": "Engineering"}
    cohere(out, {}, work, NoDraw())
    assert out["team"] == "Engineering"
