"""A domain's fields fitted to the endpoint that answers with them.

`domain_fields` gives what a domain answers (a fixture's teams and score, a flight's
times); `shapes` picks the domain from an endpoint's words. These read the endpoint once
more: a board or video game is no sports fixture (`gamed`), a name asking what something
costs answers a price (`priced`), a team's lookup answers the team, not a fixture
(`team_fields`), a ranking of players names the player (`ranked_player`),
and a choice the call sends is echoed, not drawn (`sent_kept`). Pure.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint

_STR = {"type": "string"}

# Words of a game that is played on a board, with cards or on a screen, not on a pitch.
_TABLE_GAMES = frozenset({"board", "chess", "card", "cards", "blackjack",
                          "casino", "bingo", "dice"})
_VIDEO_GAMES = frozenset({"video", "videogame", "videogames", "rewards", "reward", "trophy",
                          "review", "reviews",
                          "trophies", "achievement", "achievements", "steam", "xbox",
                          "playstation", "nintendo", "console", "consoles", "battle",
                          "gamer", "gamers", "gaming"})
_PLATFORM_PARAMS = frozenset({"platform", "console"})
TEAM_WORDS = frozenset({"team", "teams", "club", "clubs", "franchise", "franchises"})
# What a team's own record holds; `entities` fills them from one real team of the league.
_TEAM = {"full_name": _STR, "abbreviation": _STR, "city": _STR, "conference": _STR,
         "division": _STR, "stadium": _STR}


def team_fields(own: set[str], names_more: bool) -> dict[str, Any] | None:
    """A team's fields for an endpoint whose own words name a team and nothing more
    (`get_a_specific_team`: the Pistons, not "Pistons 3, Pacers 3"); `names_more` says
    the rest of its words name something else (a team's matches, players, logo)."""
    if not own & TEAM_WORDS or names_more:
        return None
    return dict(_TEAM)


def gamed(endpoint: Endpoint, words: set[str]) -> set[str]:
    """`words` with a game's "game" read as what it is: a table game's words name no
    domain (`poker_game_winner` is no fixture), a video game's are `videogame`
    (`game_rewards_get(platform="Xbox")`, `video_games_on_sale`: no channel and views)."""
    rest = words - {"game", "games"}
    if rest & _TABLE_GAMES or not words & {"game", "games"}:
        return rest
    platform = any(normalize_key(p.name) in _PLATFORM_PARAMS for p in endpoint.parameters)
    if rest & _VIDEO_GAMES or platform:
        return (rest - {"video"}) | {"videogame"}
    return words


# Words of a name asking what something costs; a record without a price answers none
# (`flight_ticket_pricing_get` answered a flight's times and status).
_PRICE_WORDS = frozenset({"price", "prices", "pricing", "fare", "fares", "cost", "costs",
                          "sale"})
_PRICE_TAILS = ("price", "cost", "fare", "amount", "premium", "usd")
_FARE = {"type": "number", "minimum": 45, "maximum": 1400}


def priced(own: set[str] | frozenset[str], fields: dict[str, Any]) -> dict[str, Any]:
    """A domain's `fields` with a price and its currency when the endpoint's own name
    asks for a price and they hold none (a flight's fare, a video game's price)."""
    if not own & _PRICE_WORDS or any(k.rsplit("_", 1)[-1] in _PRICE_TAILS for k in fields):
        return fields
    if "flight_number" in fields:  # a fare in a currency airlines sell in, not 849 INR
        return {**fields, "price": _FARE, "currency": {
            "type": "string", "enum": ["USD", "EUR", "GBP"]}}
    return {**fields, "price": {"type": "number"}, "currency": {
        "type": "string", "description": "ISO 4217 currency code"}}


_GAME_PARAMS = frozenset({"game", "game_title", "game_name", "title"})


# What a named video game's rewards, a player's statistics in it and its reviews hold.
_GAME_ITEMS: tuple[tuple[frozenset[str], dict[str, Any]], ...] = (
    (frozenset({"reward", "rewards", "trophy", "trophies", "achievement", "achievements"}), {
        "reward": {"type": "string", "enum": [
            "Gold trophy", "Silver trophy", "Bronze trophy", "Achievement badge",
            "Character skin", "Bonus XP"]},
        "unlocked_by_percent": {"type": "number", "minimum": 0.5, "maximum": 60}}),
    (frozenset({"stats", "statistics", "stat"}), {
        "hours_played": {"type": "integer", "minimum": 2, "maximum": 900},
        "level": {"type": "integer", "minimum": 1, "maximum": 100},
        "achievements_unlocked": {"type": "integer", "minimum": 0, "maximum": 60}}),
    (frozenset({"review", "reviews"}), {"reviewer": _STR}),
)


def sent_kept(endpoint: Endpoint, own: set[str], fields: dict[str, Any]) -> dict[str, Any]:
    """A domain's `fields` without the choices the call sends (`platform="Xbox"` is
    echoed, not drawn as "Nintendo Switch"). A video game the call names has one title,
    genre and year, said by none of its rewards, statistics or reviews (each drew its own:
    "The Harbor of Mexico City", a 2008 and a 2017 Stardew Valley); those hold what they
    are about instead."""
    params = {normalize_key(p.name) for p in endpoint.parameters}
    out = {k: v for k, v in fields.items() if not (k in params and "enum" in v)}
    if "release_year" in out and params & _GAME_PARAMS:
        out = {k: v for k, v in out.items()
               if k not in ("title", "genre", "release_year", "review_count")}
        for words, held in _GAME_ITEMS:
            if own & words:
                out.update(held)
                break
    return out


def ranked_player(own: set[str], fields: dict[str, Any]) -> dict[str, Any]:
    """Whom a ranking of players ranks (`get_top_player`): the player, beside the place
    (first, for the top one); a game's reviews say how it is rated."""
    out: dict[str, Any] = {}
    if "rank" in fields and own & {"player", "players"}:
        out["player"] = _STR
        if "top" in own:
            out["rank"] = {"type": "integer", "enum": [1]}
    if "release_year" in fields and own & {"review", "reviews"}:
        out["rating"] = {"type": "number", "minimum": 5, "maximum": 9.8}
        out["review_count"] = {"type": "integer", "minimum": 40, "maximum": 90_000}
    return out
