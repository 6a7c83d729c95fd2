"""News headlines: a news item, article or headline is titled as news is.

"Velvet Letters", "The Stories of Nairobi" and "Open Tides" were the titles of news
articles (`vocab.title` writes a novel's title for any creative work). A headline says
what happened, somewhere, about the feed's subject. `headline(nouns, rand, city)` picks
the subject from the endpoint's nouns (climate, crypto, markets, fuel, sport, tech,
health; else local news) and writes one of its headlines in `city`. `is_news(entity,
nouns)` says when an entity is news: its name is news, an article, a headline or a
story, or the endpoint's or its tool's first words are news or headlines (a Côte
d'Ivoire news API's `ivorycoastnew`, a news notification), unless the endpoint is a help
desk's: Freshdesk's solution articles were "New metro line opens in Dublin" from "The
Japan Times" (ToolBench seed 151 #37); `help_title(rand)` titles them instead.
Pure; draws from the `rand` given.
"""

from __future__ import annotations

from collections.abc import Callable

_NEWS_ENTITIES = frozenset({"news", "article", "headline", "story", "newsitem"})
_NEWS_NOUNS = frozenset({"news", "headline", "headlines", "article", "articles"})

# Subject -> the nouns of an API that name it.
_SUBJECTS: tuple[tuple[str, frozenset[str]], ...] = (
    ("climate", frozenset({"climate", "environment", "emissions", "carbon", "weather"})),
    ("crypto", frozenset({"crypto", "bitcoin", "blockchain", "cryptocurrency", "coin",
                          "coins", "ethereum", "nft"})),
    ("markets", frozenset({"investing", "stock", "stocks", "market", "markets", "finance",
                           "financial", "currency", "forex", "economy", "business", "mboum",
                           "trading"})),
    ("fuel", frozenset({"fuel", "fuels", "petrol", "gasoline", "diesel", "oil", "energy"})),
    ("sport", frozenset({"sport", "sports", "football", "soccer", "cricket", "nba", "nfl",
                         "league", "match", "matches"})),
    ("tech", frozenset({"tech", "technology", "startup", "startups", "software", "gadget",
                        "gadgets", "techcrunch"})),
    ("health", frozenset({"health", "medical", "covid", "hospital", "vaccine"})),
)
_HEADLINES: dict[str, tuple[str, ...]] = {
    "climate": ("{c} unveils plan to cut emissions 40% by 2030",
                "Record heat in {c} as summer temperatures climb",
                "{c} boosts flood defences as sea levels rise",
                "Drought warnings issued for farms around {c}",
                "{c} adds 120 electric buses to cut city smog"),
    "crypto": ("Bitcoin climbs as ETF inflows grow",
               "Ethereum fees fall after network upgrade",
               "{c} regulator tightens rules for crypto exchanges",
               "Stablecoin issuer publishes first full audit",
               "Crypto trading volumes slip for a third week"),
    "markets": ("Stocks edge higher as inflation cools",
                "Central bank holds rates steady, signals cut later this year",
                "Euro slips against the dollar after weak factory data",
                "{c} bourse ends week at a three-month high",
                "Retail sales rise more than expected in {c}"),
    "fuel": ("Petrol prices fall for a third week in {c}",
             "Oil steadies as producers hold output",
             "Diesel shortage eases at stations around {c}",
             "{c} drivers face higher pump prices after tax change"),
    "sport": ("{c} side wins derby 2-1 with a late goal",
              "Striker signs four-year deal with {c} club",
              "{c} to host next year's national championships",
              "Coach sacked after five straight defeats"),
    "tech": ("Startup in {c} raises $20m for AI tools",
             "Chipmaker opens new plant near {c}",
             "{c} rolls out free public Wi-Fi downtown",
             "Phone makers face new repair rules"),
    "health": ("{c} launches free flu vaccination drive",
               "Hospital waiting times fall in {c}",
               "New clinic for children opens in {c}",
               "Health officials urge caution as cases rise in {c}"),
    "local": ("{c} council approves new transport budget",
              "New metro line opens in {c}",
              "{c} airport sees record passenger numbers",
              "Heavy rain expected across {c} this weekend",
              "{c} marathon draws 40,000 runners",
              "Rents in {c} rise 6% in a year"),
}


def is_news(entity: str, nouns: tuple[str, ...]) -> bool:
    """Whether an entity's title is a headline (module doc); a help desk's article is no
    news (`helps`)."""
    if helps(nouns):
        return False
    return (entity in _NEWS_ENTITIES or entity.endswith("news")
            or bool(_NEWS_NOUNS & set(nouns[:6])))


# A help desk's or a knowledge base's words: its articles answer customers' questions.
_HELP = frozenset({"solution", "solutions", "knowledge", "faq", "faqs", "helpdesk",
                   "freshdesk", "zendesk", "support", "kb"})
_HELP_TITLES = ("How to reset your password", "Updating your billing details",
                "Troubleshooting login problems", "Setting up two-factor authentication",
                "Changing your delivery address", "How to request a refund",
                "Exporting your account data", "Fixing sync errors on mobile",
                "Managing team members and roles", "Cancelling your subscription")


def helps(nouns: tuple[str, ...]) -> bool:
    """Whether an endpoint's nouns are a help desk's (Freshdesk's solution articles)."""
    return bool(_HELP & set(nouns))


def help_title(rand: Callable[[], float]) -> str:
    """A help article's title: what a customer asks how to do."""
    return _HELP_TITLES[int(rand() * len(_HELP_TITLES))]


def headline(nouns: tuple[str, ...], rand: Callable[[], float], city: str) -> str:
    """A headline of the subject `nouns` name, set in `city`."""
    words = set(nouns)
    subject = next((s for s, names in _SUBJECTS if names & words), "local")
    shapes = _HEADLINES[subject]
    return shapes[int(rand() * len(shapes))].format(c=city)
