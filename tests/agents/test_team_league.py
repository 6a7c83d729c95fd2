"""A team is asked about in the league it plays in (BFCL seed 31 #12: the ranking of Real
Madrid in MLB). Leagues below are written from general knowledge."""

from __future__ import annotations

import pytest

from toolgen.agents.planner.values_pairs import paired
from toolgen.records import Endpoint, Parameter, PlannedArg


def _ranking(league_enum: list[str] | None = None) -> Endpoint:
    def param(name: str, enum: list[str] | None = None) -> Parameter:
        schema: dict[str, object] = {"type": "string", **({"enum": enum} if enum else {})}
        return Parameter(name=name, raw_name=name, type_label="string", json_schema=schema,
                         required=True, description=f"The {name}.")

    return Endpoint(id="sports/sports/ranking", function_name="sports_ranking",
                    tool_id="sports", tool_name="sports", category="sports", name="ranking",
                    description="Fetch the ranking of a team in a league.",
                    parameters=(param("team"), param("league", league_enum)),
                    response_schema={}, response_source="inferred", method="CALL")


def _settled(team: str, league: str, enum: list[str] | None = None) -> dict[str, object]:
    args = [PlannedArg(name="team", source="user", value=team),
            PlannedArg(name="league", source="user", value=league)]
    endpoint = _ranking(enum)

    def valid(p: Parameter, v: object) -> bool:
        return "enum" not in p.json_schema or v in p.json_schema["enum"]

    return {a.name: a.value for a in paired(endpoint, args, valid)}


def test_a_club_in_a_league_the_tables_lack_is_asked_in_its_own() -> None:
    assert _settled("Real Madrid", "MLB") == {"team": "Real Madrid", "league": "La Liga"}


@pytest.mark.parametrize(("team", "league", "not_of_it"), [
    ("Real Madrid", "NBA", ("Madrid", "Barcelona", "United", "City", "Chelsea")),
    ("Boston Celtics", "Premier League", ("Celtics", "Lakers", "Bulls", "Heat", "Patriots")),
])
def test_a_listed_league_keeps_its_name_and_gets_one_of_its_teams(
        team: str, league: str, not_of_it: tuple[str, ...]) -> None:
    got = _settled(team, league, ["NBA", "NFL", "MLB", "Premier League"])
    assert got["league"] == league
    assert isinstance(got["team"], str) and got["team"] != team
    assert got["team"].split()[-1] not in not_of_it, got


@pytest.mark.parametrize(("team", "league"), [
    ("Real Madrid", "La Liga"), ("Los Angeles Lakers", "NBA"), ("Arsenal", "EPL"),
    ("Some Local Team", "MLB"),
])
def test_agreeing_or_unknown_pairs_are_left(team: str, league: str) -> None:
    assert _settled(team, league) == {"team": team, "league": league}
