"""A team is asked about in the league it plays in.

`sports_ranking(team="Real Madrid", league="MLB")` (BFCL seed 31 #12): the team and the
league were drawn each on its own. `team_league(stated)` returns, for a call stating a
team the tables know (`executor.entities.teams`, `clubs`) and a league it does not play
in, a team of the stated league when the tables list that league (the league may be an
enum), else the team's own league. Pure; keyed on the parameters' names.
"""

from __future__ import annotations

from functools import lru_cache

from toolgen.executor.entities.clubs import CLUBS
from toolgen.executor.entities.teams import TEAMS
from toolgen.records import PlannedArg

_TEAM = ("team", "team_name", "club", "club_name", "franchise")
_LEAGUE = ("league", "league_name", "competition", "division_name")
# What people also call a league the tables name otherwise.
_ALSO = {"epl": "premier league", "english premier league": "premier league",
         "serie a tim": "serie a", "laliga": "la liga", "la liga ea sports": "la liga"}


@lru_cache(maxsize=1)
def _leagues() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """(team name lower-cased -> its league, league lower-cased -> its teams)."""
    of: dict[str, str] = {}
    teams: dict[str, list[str]] = {}
    for league, _abbr, _city, full, nickname, *_rest in TEAMS:
        of.setdefault(full.lower(), league)
        of.setdefault(nickname.lower(), league)
        teams.setdefault(league.lower(), []).append(full)
    for league, clubs in CLUBS.items():
        for club in clubs:
            of.setdefault(club.lower(), league)
        teams.setdefault(league.lower(), []).extend(clubs)
    return of, {k: tuple(v) for k, v in teams.items()}


def team_league(stated: dict[str, PlannedArg]) -> dict[str, object]:
    """The fix making a stated team and league agree (module docstring), or {}."""
    team = next((stated[k] for k in _TEAM if k in stated), None)
    league = next((stated[k] for k in _LEAGUE if k in stated), None)
    if team is None or league is None:
        return {}
    if not isinstance(team.value, str) or not isinstance(league.value, str):
        return {}
    of, teams = _leagues()
    home = of.get(team.value.strip().lower())
    asked = league.value.strip().lower()
    asked = _ALSO.get(asked, asked)
    if home is None or home.lower() == asked:
        return {}
    listed = teams.get(asked)
    if listed:
        return {team.name: listed[sum(map(ord, team.value)) % len(listed)]}
    return {league.name: home}
