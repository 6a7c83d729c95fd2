"""String fields that name a team (`home_team`, `away_team`, `team_name`) in a sports API.

A generated `home_team: "lineups"` or `away_team: "football"` is a word of the API's
vocabulary where a club belongs. `league_of(text)` reads the competition from the
endpoint's words (`seriea_live_scores` -> Serie A, `dota2` -> Dota 2) and `names(league)`
lists its teams; the walker in `__init__` gives each such field a real team of that
competition, two different teams in one object. Never touches the network.
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolgen.executor.entities.clubs import CLUBS
from toolgen.executor.entities.teams import TEAMS
from toolgen.executor.values import normalize_key

TEAM_KEYS = frozenset({
    "home_team", "away_team", "visitor_team", "visiting_team", "team", "team_name",
    "team1", "team2", "team_1", "team_2", "opponent", "opponent_name", "home_team_name",
    "away_team_name",
})
# (words of the endpoint, competition); the first match wins.
_LEAGUES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("nba", "basketball"), "NBA"),
    (("nfl", "american_football", "americanfootball"), "NFL"),
    (("seriea", "serie_a", "calcio"), "Serie A"),
    (("laliga", "la_liga"), "La Liga"),
    (("bundesliga",), "Bundesliga"),
    (("ligue",), "Ligue 1"),
    (("dota",), "Dota 2"),
    (("league_of_legends", "leagueoflegends"), "League of Legends"),
    (("premier", "epl", "football", "soccer", "futbol"), "Premier League"),
    # A league's scorers, fixtures or matches with no sport named: football is the
    # likeliest reading, and a real club beats a word of the API's name.
    (("league", "scorer", "fixture", "goalscorer"), "Premier League"),
)


@lru_cache(maxsize=65536)
def league_of(text: str) -> str | None:
    """The competition an endpoint's words name, or None when it names no sport.

    Words are matched at word starts (`dota2`, `footballapi`), never inside a word:
    `multiple_player` holds no "epl"."""
    snake = normalize_key(text)
    for pattern, league in _LEAGUE_PATTERNS:
        if pattern.search(snake):
            return league
    return None


def _league_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One search for a league's words: a plain word starting a token (`dota2`), a
    snake word (`serie_a`) standing as whole tokens; what `league_of` used to test word
    by word over the split tokens, in one pass over the text."""
    starts = [re.escape(w) for w in words if "_" not in w]
    whole = [re.escape(w) for w in words if "_" in w]
    parts = ([f"(?:^|_)(?:{'|'.join(starts)})"] if starts else []) + (
        [f"(?:^|_)(?:{'|'.join(whole)})(?:_|$)"] if whole else [])
    return re.compile("|".join(parts))


_LEAGUE_PATTERNS = tuple((_league_pattern(words), league) for words, league in _LEAGUES)


@lru_cache(maxsize=64)
def names(league: str) -> tuple[str, ...]:
    if league in CLUBS:
        return CLUBS[league]
    return tuple(row[3] for row in TEAMS if row[0] == league)


@lru_cache(maxsize=1)
def known() -> frozenset[str]:
    """Every team name of every table (lower-cased): a value that is one stays."""
    out = {n.lower() for group in CLUBS.values() for n in group}
    for row in TEAMS:
        out.update(str(v).lower() for v in row[2:5])
    return frozenset(out)


def is_team_key(key: str) -> bool:
    return normalize_key(key) in TEAM_KEYS
