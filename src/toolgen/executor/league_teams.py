"""Which league a team plays in, and the team an answer names for an asked team or league.

The tables (`entities.teams`, `entities.clubs`) are read once into `leagues()`: each
team's league by name and nickname, and each league's teams, a few other names of a
league understood (`league_key`: "EPL" is the Premier League). The planner makes a
stated team and league agree with them (`planner.team_league`).

`fit_teams(output, args)`: BFCL's `team_stats_get_top_scorer(team_name="Juventus")`
answered a Southampton player, and `league_stats_get_top_scorer(league_name="Serie A")`
a Brighton one (seed 47 #39). In every object holding a `team` (or `team_name`, `club`)
the call did not send, the team becomes the one the call asked about (its `team`,
`team_name`, `club`; only in an answer about one team, not a table of several), else,
when the call named a league the tables list and the team plays elsewhere, one of that
league's teams (keyed by the drawn name, so the call's
random stream is untouched). In place, deterministic.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.executor.entities.clubs import CLUBS
from toolgen.executor.entities.teams import TEAMS
from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key

TEAM_KEYS = ("team", "team_name", "club", "club_name", "franchise")
LEAGUE_KEYS = ("league", "league_name", "competition", "division_name")
# What people also call a league the tables name otherwise.
_ALSO = {"epl": "premier league", "english premier league": "premier league",
         "serie a tim": "serie a", "laliga": "la liga", "la liga ea sports": "la liga"}


@lru_cache(maxsize=1)
def leagues() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
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


def league_key(name: str) -> str:
    """A league's name as the tables key it ("EPL" -> "premier league")."""
    low = name.strip().lower()
    return _ALSO.get(low, low)


def fit_teams(output: Any, args: dict[str, Any]) -> None:
    sent = {normalize_key(k): v for k, v in args.items()}
    _sides_sent(output, sent.get("teams"))
    team = next((v for k in TEAM_KEYS if isinstance(v := sent.get(k), str) and v), None)
    league = next((v for k in LEAGUE_KEYS if isinstance(v := sent.get(k), str) and v), None)
    if team is None and league is None:
        return
    of, listed = leagues()
    clubs = listed.get(league_key(league)) if league is not None else None
    if team is None and not clubs:
        return
    holding = [(node, [k for k in node if isinstance(k, str) and normalize_key(k) in TEAM_KEYS])
               for node in objects_in(output)]
    holding = [(node, keys) for node, keys in holding if keys]
    if team is not None and len(holding) > 1:
        team = None  # rows of several teams (a table): the asked one is among them
        if not clubs:
            return
    for node, keys in holding:
        for key in keys:
            value = node[key]
            if not isinstance(value, str) or value in sent.values():
                continue
            if team is not None:
                node[key] = team
            elif clubs and of.get(value.lower(), "").lower() != league_key(str(league)):
                node[key] = clubs[sum(map(ord, value)) % len(clubs)]


_HOME = ("home_team", "home", "team1", "team_a")
_AWAY = ("away_team", "away", "team2", "team_b")


def _sides_sent(output: Any, teams: Any) -> None:
    """A game asked about by its `teams` is played by them: the winner of "the game with
    Manchester United" was Southampton against Everton (BFCL seed 47 #37)."""
    if not isinstance(teams, list) or not teams or not all(isinstance(t, str) for t in teams):
        return
    for node in objects_in(output):
        keys = {normalize_key(k): k for k in node if isinstance(k, str)}
        home = next((keys[k] for k in _HOME if k in keys), None)
        away = next((keys[k] for k in _AWAY if k in keys), None)
        if home is None or away is None or node[home] in teams or node[away] in teams:
            continue
        node[home] = teams[0]
        if len(teams) > 1:
            node[away] = teams[1]
