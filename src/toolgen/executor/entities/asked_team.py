"""A match found for a team the call names is one that team plays, in its own sport.

`sports_match_schedule(team_name="Boston Celtics")` answered West Ham United v AFC
Bournemouth: the two sides were drawn from the likeliest league, whatever team was
asked. `asked_team(args)` is the known team (its name and league) a call's team argument
names; `face_asked(node, keys, asked, rng)` makes an object with two sides a match of that
team: it plays one side (when it plays neither), and the other side is a team of its
league. A match's scores are of its sport (`SCORES`: an NBA game ends 112-104, not 1-3):
`fit_scores(node, league, rng)` redraws a side's score off that scale, `score_misfit(node)`
says why a match of two known teams of one league is scored as no such match is (the
judge reads it). In place; draws only from the call's `rng`; never touches the network.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.executor.entities.clubs import CLUBS
from toolgen.executor.entities.team_names import names
from toolgen.executor.entities.teams import TEAMS
from toolgen.executor.values import normalize_key

# Keys of the two sides of one match.
SIDE_KEYS = frozenset({"home_team", "away_team", "visitor_team", "visiting_team",
                       "home_team_name", "away_team_name", "team1", "team2", "team_1",
                       "team_2"})
# Argument keys that name the team a call is about.
# A side's final score in each league: (drawn low, drawn high), (believed low, high).
SCORES: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {
    "NBA": ((88, 132), (60, 190)), "NFL": ((3, 38), (0, 75)),
    "Premier League": ((0, 4), (0, 10)), "Serie A": ((0, 4), (0, 10)),
    "La Liga": ((0, 4), (0, 10)), "Bundesliga": ((0, 4), (0, 10)),
    "Ligue 1": ((0, 4), (0, 10)),
}
_SCORE_KEYS = frozenset({"home_score", "away_score", "home_points", "away_points",
                         "score_home", "score_away", "home_team_score", "away_team_score",
                         "visitor_score", "visitor_team_score"})
_ASKING = frozenset({"team", "team_name", "teamname", "club", "club_name", "team_id_name"})


@lru_cache(maxsize=4096)
def team_league(name: str) -> str | None:
    """The league of the known team `name` (its full name or nickname), or None."""
    low = name.strip().lower()
    for row in TEAMS:
        if low in (row[3].lower(), row[4].lower()):
            return row[0]
    return next((league for league, clubs in CLUBS.items()
                 if low in (c.lower() for c in clubs)), None)


def asked_team(args: dict[str, Any]) -> tuple[str, str] | None:
    """(name, league) of the known team a team argument of the call names, or None."""
    for key, value in args.items():
        if isinstance(value, str) and normalize_key(key) in _ASKING:
            league = team_league(value)
            if league is not None:
                return value, league
    return None


def face_asked(node: dict[str, Any], keys: tuple[str, ...], asked: tuple[str, str],
               rng: Any) -> None:
    """`node`'s two sides made a match of the asked team against a team of its league."""
    sides = [k for k in keys if normalize_key(k) in SIDE_KEYS and isinstance(node[k], str)]
    if len(sides) != 2:
        return
    name, league = asked
    plays = next((k for k in sides if node[k].lower() == name.lower()), None)
    if plays is None:
        plays = sides[int(rng.random() * 2)]
        node[plays] = name
    other = sides[1] if plays == sides[0] else sides[0]
    if team_league(node[other]) != league or node[other].lower() == name.lower():
        pool = [n for n in names(league) if n.lower() != name.lower()
                and team_league(n) == league]
        if pool:
            node[other] = pool[int(rng.random() * len(pool))]
    fit_scores(node, league, rng)


def _scores(node: dict[str, Any]) -> list[str]:
    return [k for k, v in node.items() if normalize_key(k) in _SCORE_KEYS
            and isinstance(v, int) and not isinstance(v, bool)]


def fit_scores(node: dict[str, Any], league: str, rng: Any) -> None:
    """Each side's score of `node` on `league`'s scale, when it is off it."""
    scale = SCORES.get(league)
    if scale is None:
        return
    (low, high), (least, most) = scale
    for key in _scores(node):
        if not least <= node[key] <= most:
            node[key] = low + int(rng.random() * (high - low + 1))


def _match_league(node: dict[str, Any]) -> tuple[list[str], str | None]:
    """The two sides of `node` and their one league (None when not two known teams of one
    league)."""
    sides = [v for k, v in node.items() if normalize_key(k) in SIDE_KEYS and isinstance(v, str)]
    leagues = {team_league(v) for v in sides}
    return sides, leagues.pop() if len(sides) == 2 and len(leagues) == 1 else None


def fit_match_scores(node: dict[str, Any], rng: Any) -> None:
    """A match of two known teams of one league scored on that league's scale."""
    _, league = _match_league(node)
    if league is not None:
        fit_scores(node, league, rng)


def score_misfit(node: dict[str, Any]) -> str | None:
    """Why a match of two known teams of one league is scored as none of its is, or None."""
    sides, league = _match_league(node)
    scale = SCORES.get(league) if league else None
    if scale is None:
        return None
    least, most = scale[1]
    off = next((k for k in _scores(node) if not least <= node[k] <= most), None)
    if off is None:
        return None
    return f"{off} {node[off]} is no {league} score ({sides[0]} v {sides[1]})"
