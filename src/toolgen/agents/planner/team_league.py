"""A team is asked about in the league it plays in.

`sports_ranking(team="Real Madrid", league="MLB")` (BFCL seed 31 #12): the team and the
league were drawn each on its own. `team_league(stated)` returns, for a call stating a
team the tables know (`executor.entities.teams`, `clubs`) and a league it does not play
in, a team of the stated league when the tables list that league (the league may be an
enum), else the team's own league. Pure; keyed on the parameters' names.
"""

from __future__ import annotations

from toolgen.executor.league_teams import LEAGUE_KEYS, TEAM_KEYS, league_key, leagues
from toolgen.records import PlannedArg


def team_league(stated: dict[str, PlannedArg]) -> dict[str, object]:
    """The fix making a stated team and league agree (module docstring), or {}."""
    team = next((stated[k] for k in TEAM_KEYS if k in stated), None)
    league = next((stated[k] for k in LEAGUE_KEYS if k in stated), None)
    if team is None or league is None:
        return {}
    if not isinstance(team.value, str) or not isinstance(league.value, str):
        return {}
    of, teams = leagues()
    home = of.get(team.value.strip().lower())
    asked = league_key(league.value)
    if home is None or home.lower() == asked:
        return {}
    listed = teams.get(asked)
    if listed:
        return {team.name: listed[sum(map(ord, team.value)) % len(listed)]}
    return {league.name: home}
