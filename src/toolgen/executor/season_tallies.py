"""A player's season tallies fit the games the season had.

A player's statistics drew `games_played`, `points` and `assists` each on its own, so
Zachary Anderson had 408 assists in 10 games (41 a game; the record is 14.5). A tally
beside a count of games is at most what that many games hold: `PER_GAME` says the most a
season averages a game of each (points, assists, rebounds, goals, kills...).
`overrun(obj)` names a tally over it (the judge reads it), `fit_tallies(obj)` brings each
one under it, in place: deterministic (the tally's remainder, so draws stay spread).
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.values import normalize_key

# A count of the games the tallies were made in.
GAMES_KEYS = frozenset({"games_played", "games", "gp", "matches_played", "matches",
                        "appearances", "apps", "games_started", "match_count", "game_count",
                        "total_games", "total_matches"})
# The most a player's season averages a game of each tally (a believable best, not the
# record: 30.1 points, 11.7 assists a game led the league).
PER_GAME: dict[str, float] = {
    "points": 32, "pts": 32, "assists": 11, "ast": 11, "rebounds": 14, "reb": 14,
    "steals": 3, "blocks": 4, "turnovers": 5, "goals": 1.4, "tackles": 10, "touchdowns": 3,
    "interceptions": 2, "hits": 2, "runs": 2, "home_runs": 1, "strikeouts": 12,
    "kills": 30, "deaths": 20, "headshots": 15, "wins": 1, "losses": 1, "draws": 1,
    "yellow_cards": 1, "red_cards": 1, "clean_sheets": 1,
}
TALLY_KEYS = frozenset(PER_GAME) | frozenset(f"total_{k}" for k in PER_GAME)


def _count(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value) if float(value).is_integer() and value >= 0 else None


def _games(obj: dict[str, Any]) -> int | None:
    return next((n for k, v in obj.items() if normalize_key(k) in GAMES_KEYS
                 and (n := _count(v)) is not None and n > 0), None)


def _most(key: str, games: int) -> int | None:
    nk = normalize_key(key).removeprefix("total_")
    per = PER_GAME.get(nk)
    return int(per * games) if per is not None else None


def overrun(obj: dict[str, Any]) -> str | None:
    """Why a tally of `obj` is more than its games could hold, or None."""
    games = _games(obj)
    if games is None:
        return None
    for key, value in obj.items():
        most, n = _most(str(key), games), _count(value)
        if most is not None and n is not None and n > most:
            return f"{key} {n} in {games} games is over {most / games:.3g} a game"
    return None


def fit_tallies(obj: dict[str, Any]) -> None:
    """Each tally of `obj` at most what its games could hold, in place."""
    games = _games(obj)
    if games is None:
        return
    for key, value in obj.items():
        most, n = _most(str(key), games), _count(value)
        if most is not None and n is not None and n > most:
            obj[key] = n % (most + 1)
