"""The two sides of one match are two teams (or two players).

`sports.match_results(team1="Los Angeles Lakers", team2="Los Angeles Lakers")` asked for
the results of the Lakers against themselves (BFCL seed 31 #31): each side was drawn from
one pool on its own. `rivals(stated)` returns, for a pair of sides stated alike
(`team1`/`team2`, `team_a`/`team_b`, `home_team`/`away_team`, `player1`/`player2`,
`species1`/`species2`), the
second side as another team of the first's league (`executor.entities.teams`) or its
rival, else the next name of the same pool (a player's, not a pool of teams of all
sports). Pure; keyed on the parameters' names, never a tool.
"""

from __future__ import annotations

from toolgen.agents.planner.named_values import SPECIES
from toolgen.agents.planner.values_things import NAMED_POOLS
from toolgen.executor.entities.teams import TEAMS
from toolgen.records import PlannedArg

_TEAM_POOLS = frozenset({"team", "team_name", "franchise"})
_SIDES = (("team1", "team2"), ("team_1", "team_2"), ("team_a", "team_b"),
          ("teama", "teamb"), ("home_team", "away_team"), ("home", "away"),
          ("player1", "player2"), ("player_1", "player_2"), ("player_a", "player_b"),
          ("opponent1", "opponent2"), ("first_team", "second_team"),
          # two species compared ("Panthera leo and Panthera leo": BFCL seed 47 #37)
          ("species1", "species2"), ("species_1", "species_2"))
_LEAGUE = {row[3]: row[0] for row in TEAMS}
# Clubs the team tables lack, met by their own league's rivals.
_RIVAL = {"Real Madrid": "FC Barcelona", "FC Barcelona": "Real Madrid",
          "Bayern Munich": "Borussia Dortmund", "Borussia Dortmund": "Bayern Munich",
          "Juventus": "Inter Milan", "Inter Milan": "AC Milan", "AC Milan": "Inter Milan",
          "Paris Saint-Germain": "Olympique de Marseille"}


def _next(pool: tuple[str, ...], value: str) -> str | None:
    """The name after `value` in `pool`, round the end (None when it is alone)."""
    at = pool.index(value)
    return pool[(at + 1) % len(pool)] if len(pool) > 1 else None


def _other(value: str) -> str | None:
    league = _LEAGUE.get(value)
    if league is not None:
        return _next(tuple(row[3] for row in TEAMS if row[0] == league), value)
    if value in _RIVAL:
        return _RIVAL[value]
    if value in SPECIES:
        return _next(SPECIES, value)
    for names, _context, pool in NAMED_POOLS:
        if value in pool and not names & _TEAM_POOLS:  # a pool of teams mixes sports
            return _next(pool, value)
    return None


def rivals(stated: dict[str, PlannedArg]) -> dict[str, object]:
    """The second side of each pair stated alike, made another (see the docstring)."""
    out: dict[str, object] = {}
    for first, second in _SIDES:
        a, b = stated.get(first), stated.get(second)
        if a is None or b is None or not isinstance(a.value, str) or a.value != b.value:
            continue
        other = _other(a.value)
        if other is not None:
            out[b.name] = other
    return out
