"""A result shaped for another domain: a market quote where a player's goals belong.

`player_stats_get_all_time_goals` answering `{"value": 38.73, "change_percent": -2.11}`,
a quote of a boomer's sayings answering with a price, a change and a trading volume: a
reviewer sees a stock ticker's fields on a tool that has nothing to do with markets.
Kind `borrowed_shape`.

An object has a market quote's shape when it holds a percent change (`change_percent`,
`percent_change`, `changesPercentage`...) beside a price or a value. The tool is a
market's when its name or description has a word of trading (stock, share, market,
price, crypto, coin, currency, exchange, ticker, fund, invest, dividend, portfolio...;
not "quote", which is as often a saying).
Left alone: every tool with such a word, and changes without a percentage (a score's
change).

The same holds for the other records a domain answers with (`DOMAINS`): a recipe's
servings beside its prep or cook time on BigOven's food glossary article, a match's home
and away teams on a League of Legends champion's abilities, a translation's text and
languages on a grammar analysis, a video's channel and views on a mailbox's reputation,
a weather reading on a revenue forecast.
Such a record is borrowed when neither the endpoint's own name (before `_for_`) nor its
own description (after the "Tool name:" it opens with) has a word of that domain: the
tool's name says what its vendor does ("Webit Language", "League of Legends"), not what
this endpoint answers, and "food" in a glossary's name is no recipe.

Some words say a domain only when nothing else is named (`weak` beside `unless`): a
forecast is the weather's, a revenue forecast answering a temperature, humidity and a sky
is not (BFCL seed 21 #13); a league's or a game's record is a match, a league's top
scorer, a team's ranking or a video game's rewards answering a home and an away team are
not (BFCL seed 7 #18, #43, #12); a video is a clip, a video game's sale is not.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import key_tokens, normal_key, real_steps, words
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "shapes"

_MARKET = words(
    "stock stocks share shares market markets price prices pricing crypto cryptocurrency ",
    "coin coins token tokens currency currencies forex fx exchange exchanges ticker tickers ",
    "symbol symbols fund funds invest investing investment investments trading trade trades ",
    "finance financial dividend dividends equity equities etf etfs bond bonds commodity ",
    "commodities gold silver oil portfolio asset assets nasdaq nyse bitcoin btc eth ",
    "ethereum valuation index indices securities security economic economy ",
    "rate rates return returns profit revenue earnings bank banking wallet nft nfts ",
    "yield interest loan mortgage tax inflation gdp sales sale product products shop store",
)
_PRICE = frozenset({"value", "price", "last", "close", "current", "amount", "rate"})


@lru_cache(maxsize=4096)
def _percent_change(key: str) -> bool:
    tokens = set(key_tokens(key))
    return ("change" in tokens or "changes" in tokens) and bool(
        tokens & {"percent", "percentage", "pct"})


def _quote_shaped(obj: dict[str, Any]) -> bool:
    keys = [str(k) for k in obj]
    return any(_percent_change(k) for k in keys) and any(
        key_tokens(k)[-1:] and key_tokens(k)[-1] in _PRICE for k in keys)


@lru_cache(maxsize=4096)
def _market_tool(function_name: str, description: str) -> bool:
    said = set(key_tokens(function_name)) | set(key_tokens(description))
    return bool(said & _MARKET)


class Domain(NamedTuple):
    """A record a domain answers with: it holds one key of each of `needs` (normalised),
    and is this domain's only when the endpoint says one of `said`, or one of `weak`
    while saying none of `unless` (a forecast is the weather's, a revenue forecast is
    not; a league's game is a match, a league's top scorer is not)."""

    what: str
    needs: tuple[frozenset[str], ...]
    said: frozenset[str]
    weak: frozenset[str] = frozenset()
    unless: frozenset[str] = frozenset()


DOMAINS: tuple[Domain, ...] = (
    Domain("a recipe (servings and a preparation time)", (
        frozenset({"servings", "serves", "yield"}),
        frozenset({"prep_time_minutes", "prep_time", "preparation_time", "cook_time",
                   "cook_time_minutes", "ready_in_minutes", "total_time"})),
        words("recipe recipes meal meals dish dishes cook cooking cookbook menu menus bake ",
              "baking ingredient ingredients kitchen chef diet")),
    Domain("a match (a home and an away team)", (
        frozenset({"home_team", "hometeam", "home"}),
        frozenset({"away_team", "awayteam", "away"})),
        words("match matches fixture fixtures score scores scoreboard livescore ",
              "livescores result results odds bet betting h2h schedule schedules"),
        words("sport sports football soccer game games league leagues team teams ",
              "basketball baseball hockey cricket tennis rugby nba nfl mlb nhl esports ",
              "tournament tournaments season seasons live event events competition ",
              "competitions cup"),
        # a top scorer, a ranking, a video game's rewards or reviews are no fixture (a
        # player's game log and a match's cards are: "player" and "cards" stay out)
        words("scorer scorers ranking rankings standings rank ranks ",
              "video videogame rewards reward trophy trophies achievement achievements ",
              "review reviews poker chess equipment")),
    Domain("a weather reading (a temperature beside humidity, wind or a sky)", (
        frozenset({"temperature", "temp", "temp_c", "temp_f", "temperature_c",
                   "temperature_f", "temperature_celsius"}),
        frozenset({"humidity", "wind_speed", "wind", "conditions", "feels_like"})),
        words("weather weathers temperature temperatures climate meteo meteorological ",
              "rain snow wind humidity precipitation sunny cloudy storm storms uv"),
        words("forecast forecasts forecasting"),
        # what else is forecast: a company's revenue, the air's quality, a price
        words("revenue revenues sales earnings profit profits income demand price prices ",
              "stock stocks market population traffic air quality pollution aqi pollen")),
    Domain("a translation (a translated text and its languages)", (
        frozenset({"translated_text", "translation", "translated"}),
        frozenset({"source_language", "target_language", "source_lang", "target_lang"})),
        words("translate translates translated translation translations translator ",
              "translators transliterate transliteration")),
    Domain("a video (a channel and its views)", (
        frozenset({"channel", "channel_title", "channel_name"}),
        frozenset({"views", "view_count", "viewcount"})),
        words("youtube yt channel channels vimeo tiktok stream streams ",
              "streaming clip clips watch playlist playlists shorts reel reels"),
        words("video videos media"),
        # a video game's sale or price is no clip with a channel and views
        words("game games videogame videogames")),
)


def _holds(obj: dict[str, Any], domain: Domain) -> bool:
    keys = {normal_key(str(k)) for k in obj}
    return all(keys & need for need in domain.needs)


@lru_cache(maxsize=4096)
def _own_said(function_name: str, description: str) -> frozenset[str]:
    """The words of an endpoint's own name and its own description (without the tool's
    title a ToolBench description opens with)."""
    head = function_name.split("_for_", 1)[0]
    own = description
    title, sep, rest = description.partition(": ")
    if sep and len(title) <= 80 and "." not in title:
        own = rest
    return frozenset(key_tokens(head)) | frozenset(t for w in own.split()
                                                   for t in key_tokens(w))


_DOMAIN_KEYS = frozenset(k for d in DOMAINS for need in d.needs for k in need)


def _gate_key(key: str) -> bool:
    return _percent_change(key) or normal_key(key) in _DOMAIN_KEYS


# Only an output with a percent change or a domain's key can be shaped like another's.
GATE = output_keys_gate(_gate_key)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        if step.status != "ok" or step.call_id not in view.answer_at:
            continue
        objects = [obj for _, obj in view.objects(step.call_id)]
        description = view.description(step.function_name)
        said = _borrowed(step.function_name, description, objects)
        if said is not None:
            out.append(finding(NAME, "borrowed_shape", view.answer_at[step.call_id],
                               f"{step.function_name}: {said}"))
    return out


def _borrowed(function_name: str, description: str,
              objects: list[dict[str, Any]]) -> str | None:
    """What another domain's record this endpoint's output is, or None."""
    if any(_quote_shaped(obj) for obj in objects) and not _market_tool(
            function_name, description):
        return ("a market quote (a value and its percent change) from a tool that has "
                "nothing to do with markets")
    for domain in DOMAINS:
        if any(_holds(obj, domain) for obj in objects) and not _says(
                _own_said(function_name, description), domain):
            return (f"{domain.what} from an endpoint whose own name and description say "
                    "nothing of it")
    return None


def _says(said: frozenset[str], domain: Domain) -> bool:
    """Whether an endpoint's own words make `domain`'s record its own."""
    return bool(said & domain.said) or (bool(said & domain.weak)
                                        and not said & domain.unless)
