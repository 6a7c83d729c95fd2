"""An answer about a team names that team, and one about a league names its teams (BFCL
seed 47 #39: the top scorer of Serie A played for Brighton; of Juventus, for
Southampton)."""

from __future__ import annotations

from typing import Any

from toolgen.executor.league_teams import fit_teams, leagues


def _scorer(team: str) -> dict[str, Any]:
    return {"stat_id": "stt_1", "player": "Thomas Campbell", "team": team, "goals": 21}


def test_the_asked_team_is_the_answers() -> None:
    out = _scorer("Southampton")
    fit_teams(out, {"team_name": "Juventus"})
    assert out["team"] == "Juventus"


def test_a_team_of_another_league_becomes_one_of_the_asked_league() -> None:
    serie_a = set(leagues()[1]["serie a"])
    for drawn in ("Brighton & Hove Albion", "Nottingham Forest", "Crystal Palace"):
        out = _scorer(drawn)
        fit_teams(out, {"league_name": "Serie A", "season": "2023"})
        assert out["team"] in serie_a, out
    kept = _scorer("Bologna")
    fit_teams(kept, {"league_name": "Serie A"})
    assert kept["team"] == "Bologna"


def test_a_table_of_teams_keeps_its_rows() -> None:
    table = {"standings": [{"team": "Juventus", "points": 71}, {"team": "Inter", "points": 80},
                           {"team": "Napoli", "points": 66}]}
    fit_teams(table, {"team": "Juventus"})
    assert [r["team"] for r in table["standings"]] == ["Juventus", "Inter", "Napoli"]


def test_a_game_asked_by_its_teams_is_theirs() -> None:
    game = {"game_id": "gma_1", "home_team": "Southampton", "away_team": "Everton",
            "home_score": 2, "away_score": 3}
    fit_teams(game, {"teams": ["Manchester United"], "date": "2025-06-08"})
    assert game["home_team"] == "Manchester United" and game["away_team"] == "Everton"
    both = {"home_team": "Southampton", "away_team": "Everton"}
    fit_teams(both, {"teams": ["Arsenal", "Chelsea"]})
    assert (both["home_team"], both["away_team"]) == ("Arsenal", "Chelsea")
    played = {"home_team": "Everton", "away_team": "Arsenal"}
    fit_teams(played, {"teams": ["Arsenal", "Chelsea"]})
    assert played == {"home_team": "Everton", "away_team": "Arsenal"}
