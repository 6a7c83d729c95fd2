"""Whether a persona fits what a conversation's tools are about, and one that does.

A persona of the general pool names a pursuit ("a language learner practising Spanish
every evening"); drawn for a chain about stock dividends (BFCL seed 7 #274, whose
category names no domain) it reads as a stranger wandering in. `fits(persona, topic)`
holds when the persona names no pursuit (`NEUTRAL`), or one whose words (`_ABOUT`, word
stems) begin a word of the topic: the chain's category, tool names, endpoint names and
the start of their descriptions (`topic_of`). `fitting(topic, r, pools)` is a persona
that fits: a general one whose pursuit the topic speaks of or one of a domain pool its
names call for, else a neutral one, picked by the draw `r` already made, so the
conversation's other draws stay as they were.
"""

# ruff: noqa: E501  (phrase data reads better one entry per line)

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import NamedTuple

from toolgen.records import Endpoint

# Personas of any request: their pursuit is the request itself.
NEUTRAL: tuple[str, ...] = (
    "a retired engineer who likes to tinker with side projects",
    "a backend developer debugging an integration",
    "a journalist fact-checking a story on deadline",
    "a data analyst building a quarterly report",
    "a hobbyist podcaster researching the next episode",
    "someone helping an elderly neighbour with errands",
    "a freelance consultant juggling several clients",
    "an office manager working through a long to-do list",
    "a university student working on a side project",
    "a software engineer scripting a quick check",
    "a curious retiree with time on their hands",
    "a small-business owner catching up on admin",
)
# The neutral personas the general pool does not hold (`personas.PERSONAS` lists them).
EXTRA_NEUTRAL: tuple[str, ...] = NEUTRAL[6:]

# What each general persona is about, as word stems of the topics it belongs to.
_ABOUT: dict[str, tuple[str, ...]] = {
    "a freelance photographer planning a shoot in Porto": ("photo", "image", "camera", "picture", "weather", "travel", "hotel", "flight"),
    "a grad student finishing a thesis on urban mobility": ("transit", "transport", "traffic", "mobility", "route", "bike", "scholar", "paper", "research", "urban"),
    "a small bakery owner in Leeds": ("bake", "bakery", "recipe", "food", "ingredient", "invoice", "payment", "shop", "supplier"),
    "a high-school teacher preparing next week's lessons": ("lesson", "school", "education", "quiz", "math", "grammar", "dictionary", "student"),
    "a nurse working night shifts in Toronto": ("health", "medical", "medicine", "drug", "patient", "hospital", "symptom"),
    "a product manager at a fintech startup": ("fintech", "payment", "bank", "finance", "financial", "transaction", "card", "invoice"),
    "a parent organising a birthday party for two kids": ("birthday", "event", "gift", "toy", "cake", "recipe", "venue"),
    "a travel blogger heading to Southeast Asia": ("travel", "trip", "hotel", "flight", "airport", "visa", "weather", "translat", "currenc", "tourist", "destination"),
    "a volunteer coordinator at a food bank": ("volunteer", "food", "donation", "charity", "nonprofit"),
    "an architect pitching a new client": ("architect", "building", "design", "floor", "property", "construction"),
    "a wedding planner juggling three events": ("wedding", "event", "venue", "guest", "catering", "hotel", "florist", "calendar"),
    "a startup founder preparing for an investor meeting": ("investor", "startup", "company", "companies", "stock", "market", "revenue", "valuation", "pitch", "crunchbase", "funding"),
    "a language learner practising Spanish every evening": ("language", "spanish", "translat", "dictionary", "vocabulary", "grammar", "word", "synonym", "pronunciation"),
    "an amateur astronomer with a new telescope": ("astronom", "telescope", "planet", "stars", "stellar", "moon", "space", "celestial", "comet", "orbit", "galaxy", "nasa", "sky"),
    "a real-estate agent showing flats this weekend": ("real estate", "property", "properties", "listing", "rent", "apartment", "flat", "house", "home", "mortgage", "zillow", "realtor"),
    "a remote worker setting up a home office": ("office", "desk", "laptop", "internet", "chair", "product", "shop", "amazon"),
    "a marketing intern running social accounts": ("social", "instagram", "tiktok", "twitter", "facebook", "marketing", "campaign", "follower", "hashtag", "youtube", "email", "sms"),
    "a chess club organiser in Lyon": ("chess", "tournament", "club", "board game", "lichess"),
    "a sous-chef designing a seasonal menu": ("recipe", "menu", "food", "ingredient", "cook", "cuisine", "nutrition", "restaurant", "dish", "kitchen"),
    "a first-time home buyer comparing neighbourhoods": ("mortgage", "property", "properties", "real estate", "neighbourhood", "neighborhood", "house", "home", "loan", "crime", "school", "zillow", "realtor"),
    "an indie game developer close to launch": ("game", "gaming", "steam", "player", "esport"),
    "a librarian helping patrons with research": ("library", "librarian", "novel", "literature", "author", "isbn", "research", "article", "journal", "paper", "scholar"),
    "a logistics coordinator for a furniture shop": ("shipping", "shipment", "tracking", "parcel", "package", "delivery", "logistic", "freight", "furniture", "courier", "warehouse"),
    "a medical student revising for exams": ("medical", "medicine", "anatomy", "disease", "drug", "biology", "cell", "genes", "genetic", "genome", "dna", "protein", "health", "symptom"),
    "a museum curator planning a new exhibit": ("museum", "artist", "artwork", "painting", "exhibit", "gallery", "sculpture"),
    "a mobile app tester chasing a flaky bug": ("mobile", "device", "android", "ios", "bug", "software"),
    "a customer support lead clearing a ticket backlog": ("customer", "helpdesk", "freshdesk", "zendesk", "email", "sms", "message", "chat"),
    "a hiking guide planning routes in the Alps": ("hiking", "hike", "trail", "mountain", "weather", "forecast", "route", "elevation", "outdoor", "map"),
    "a community radio host": ("radio", "music", "song", "podcast", "news", "playlist", "artist"),
}

_WORD = re.compile(r"[a-z]+")
_TEXT = 200  # characters of a description read


class Topic(NamedTuple):
    """What a chain's tools are about."""

    words: frozenset[str]
    """Its domain, tool and endpoint names, and the start of each description."""
    names: frozenset[str]
    """Its domain, tool and endpoint names only (a description's `location` parameter
    or `maps` says nothing of the domain)."""


def topic_of(domain: str, endpoints: Iterable[Endpoint]) -> Topic:
    """The chain's `Topic`."""
    named = [domain, *(f"{e.tool_name} {e.name}" for e in endpoints)]
    names = frozenset(_WORD.findall(" ".join(named).lower()))
    said = _WORD.findall(" ".join(e.description[:_TEXT] for e in endpoints).lower())
    return Topic(names | frozenset(said), names)


def _spoken(stem: str, words: frozenset[str]) -> bool:
    """Whether a word of `words` begins with `stem` (both words of a two-word stem said)."""
    if " " in stem:
        return all(word in words for word in stem.split())
    return stem in _starts(words)


# Every persona asks of a chain's words once per stem: the words' beginnings are made once.
@lru_cache(maxsize=64)
def _starts(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w[:k] for w in words for k in range(3, len(w) + 1))


def fits(persona: str, topic: Topic) -> bool:
    """Whether `persona` belongs with a chain about `topic` (module doc); a persona of
    no known pursuit (a domain pool's, chosen for the domain) fits."""
    about = _ABOUT.get(persona)
    return about is None or any(_spoken(stem, topic.words) for stem in about)


def fitting(topic: Topic, r: float, pools: Mapping[str, tuple[str, ...]]) -> str:
    """A persona that fits `topic`, the `r`-th (0 <= r < 1) of: the general ones whose
    pursuit it speaks of, and those of the `pools` (domain stem -> personas) whose stem
    its names hold; else of the neutral ones."""
    general = [p for p, about in _ABOUT.items() if any(_spoken(s, topic.words) for s in about)]
    pooled = [p for stem, personas in pools.items() if _spoken(stem, topic.names)
              for p in personas]
    choices = tuple(dict.fromkeys(general + pooled)) or NEUTRAL
    return choices[int(r * len(choices))]
