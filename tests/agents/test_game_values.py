"""Values a user states and a tool answers in a game's domain: a KDA calculator gets a
match's whole kills, deaths and assists (never 0.96 kills, 514.8 assists); a game
player's class is a character's (Mage), a flight's is a seat's; a season's tallies fit
its games; two pages of players do not name one player twice. The endpoint's words
decide, not the key alone: a country's deaths stay an epidemic's count."""

from __future__ import annotations

import random
from typing import Any

from toolgen.agents.planner.values import ArgumentValues
from toolgen.executor import MockExecutor
from toolgen.executor.distinct_items import fill_distinct
from toolgen.executor.entities import cohere
from toolgen.executor.rules import settle
from toolgen.records import Endpoint, Parameter

_SEATS = {"economy", "premium economy", "business", "first"}


def _param(name: str, type_: str = "number", description: str = "", default: Any = None
           ) -> Parameter:
    schema: dict[str, Any] = {"type": type_}
    if default is not None:
        schema["default"] = default
    return Parameter(name=name, raw_name=name, type_label=type_, json_schema=schema,
                     required=True, description=description, default=default,
                     has_default=default is not None)


def _endpoint(name: str, params: tuple[Parameter, ...], description: str) -> Endpoint:
    return Endpoint(id=f"t/{name}", function_name=name, tool_id="t", tool_name="t",
                    category="Gaming", name=name, description=description,
                    parameters=params)


def _draws(ep: Endpoint, index: int, n: int = 25) -> list[Any]:
    values = ArgumentValues(MockExecutor(3))
    return [values.draw(ep, ep.parameters[index], random.Random(i)) for i in range(n)]


KDA = _endpoint("kda_calculator_for_random_utilities",
                (_param("deaths", default=1), _param("assists"), _param("kills", default=1)),
                "Calculates a kd (kill + assists death ratio)")


def test_a_kda_calculator_gets_a_matchs_whole_tallies() -> None:
    for index in range(3):
        drawn = _draws(KDA, index)
        assert all(float(v).is_integer() and 0 <= v <= 40 for v in drawn), drawn
        assert len(set(drawn)) > 5, drawn  # a match's tallies vary, not one default


def test_a_countrys_deaths_are_not_drawn_as_a_match() -> None:
    covid = _endpoint("country_report", (_param("deaths", "integer"),),
                      "Coronavirus cases and deaths reported by a country")
    assert max(_draws(covid, 0)) > 40


def _class_draws(name: str, key: str, description: str, about: str) -> set[str]:
    ep = _endpoint(name, (_param("player_name", "string", "The desired name of the player."),
                          _param(key, "string", description)), about)
    return set(_draws(ep, 1))


def test_a_game_players_class_is_a_characters() -> None:
    drawn = _class_draws("create_player_profile", "class", "The character class for the player",
                         "Create a new player profile with character name, class and level.")
    assert drawn and not drawn & _SEATS, drawn
    assert drawn & {"Mage", "Warrior", "Rogue", "Paladin", "Ranger", "Cleric", "Druid"}


def test_a_flights_class_is_still_a_seat() -> None:
    drawn = _class_draws("flight_ticket_pricing_get", "flightClass", "Class of the flight.",
                         "Get pricing for a flight ticket.")
    assert drawn and drawn <= _SEATS, drawn


def test_a_seasons_tallies_fit_its_games() -> None:
    season = {"games_played": 10, "points": 433, "assists": 408, "player_name": "Z"}
    settle(season)
    assert season["games_played"] == 10 and season["player_name"] == "Z"
    assert season["points"] <= 32 * 10 and season["assists"] <= 11 * 10, season
    full = {"games_played": 70, "points": 1540, "assists": 408}
    settle(full)
    assert full == {"games_played": 70, "points": 1540, "assists": 408}


def test_pages_of_players_name_each_player_once() -> None:
    rng = random.Random(5)
    first = ("MarShon", "Lorenzo", "Kyle")

    def make() -> dict[str, Any]:
        return {"id": rng.randrange(1000), "first_name": rng.choice(first),
                "last_name": "Brooks"}

    items = fill_distinct([{"id": 1, "first_name": "MarShon", "last_name": "Brooks"}], make, 3)
    names = [f"{p['first_name']} {p['last_name']}" for p in items]
    assert len(names) == len(set(names)) and len(names) >= 2, names


def test_a_teams_schedule_lists_its_own_matches_in_its_sports_scores() -> None:

    endpoint = _endpoint("sports_match_schedule", (_param("team_name", "string"),),
                         "Returns the schedule of the matches of a team")
    for seed in range(10):
        output = {"sports": [{"home_team": "West Ham United", "away_team": "AFC Bournemouth",
                              "home_score": 1, "away_score": 3},
                             {"home_team": "Brentford", "away_team": "Fulham",
                              "home_score": 2, "away_score": 0}]}
        cohere(output, {"team_name": "Boston Celtics"}, endpoint, random.Random(seed))
        for match in output["sports"]:
            sides = {match["home_team"], match["away_team"]}
            assert "Boston Celtics" in sides and len(sides) == 2, match
            assert not sides & {"West Ham United", "AFC Bournemouth", "Brentford", "Fulham"}
            assert 60 <= match["home_score"] <= 190 and 60 <= match["away_score"] <= 190


def test_no_player_is_drawn_taller_than_anyone() -> None:
    endpoint = _endpoint("get_all_players_for_free_nba", (_param("page", "string"),),
                         "Get all NBA players")
    for seed in range(10):
        output = {"data": [{"id": 1, "height_feet": "7", "height_inches": "10",
                            "weight_pounds": "250"}]}
        cohere(output, {}, endpoint, random.Random(seed))
        player = output["data"][0]
        assert (int(player["height_feet"]), int(player["height_inches"])) <= (7, 7), player
