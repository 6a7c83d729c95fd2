"""A match has two sides (BFCL seed 31 #31: `sports.match_results(team1="Los Angeles
Lakers", team2="Los Angeles Lakers")`, the Lakers against themselves)."""

from __future__ import annotations

import pytest

from toolgen.agents.planner.rivals import rivals
from toolgen.agents.planner.values_pairs import paired
from toolgen.records import Endpoint, Parameter, PlannedArg

_NBA = {"Los Angeles Lakers", "Boston Celtics", "Chicago Bulls", "Golden State Warriors",
        "Memphis Grizzlies", "Cleveland Cavaliers", "Miami Heat", "Denver Nuggets"}


def _match(first: str, second: str) -> Endpoint:
    def param(name: str) -> Parameter:
        return Parameter(name=name, raw_name=name, type_label="string",
                         json_schema={"type": "string"}, required=True,
                         description="The name of a team.")

    return Endpoint(id="sports/sports/match_results", function_name="sports_match_results",
                    tool_id="sports", tool_name="sports", category="sports",
                    name="match_results", description="Returns the results of matches "
                    "between two teams.", parameters=(param(first), param(second)),
                    response_schema={}, response_source="inferred", method="CALL")


@pytest.mark.parametrize(("first", "second", "team"), [
    ("team1", "team2", "Los Angeles Lakers"),
    ("home_team", "away_team", "Real Madrid"),
    ("team_a", "team_b", "Manchester United"),
])
def test_the_two_sides_of_a_match_are_two_teams(first: str, second: str, team: str) -> None:
    args = [PlannedArg(name=first, source="user", value=team),
            PlannedArg(name=second, source="user", value=team)]
    sides = {a.name: a.value for a in paired(_match(first, second), args, lambda p, v: True)}
    assert sides[first] == team
    assert sides[second] != team and isinstance(sides[second], str) and sides[second], sides
    if team in _NBA:
        assert sides[second].split()[-1] not in ("Madrid", "United", "City"), sides


def test_two_different_sides_are_left_as_stated() -> None:
    args = [PlannedArg(name="team1", source="user", value="Chicago Bulls"),
            PlannedArg(name="team2", source="user", value="Boston Celtics")]
    sides = {a.name: a.value for a in paired(_match("team1", "team2"), args,
                                            lambda p, v: True)}
    assert sides == {"team1": "Chicago Bulls", "team2": "Boston Celtics"}


def test_two_species_compared_are_two() -> None:
    # BFCL seed 47 #37: "the genetic similarity between Panthera leo and Panthera leo"
    stated = {k: PlannedArg(name=k, source="user", value="Panthera leo")
              for k in ("species1", "species2")}
    other = rivals(stated).get("species2")
    assert isinstance(other, str) and other != "Panthera leo"
