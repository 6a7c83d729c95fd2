"""A book's description is of its genre: a biography is no guide for managers.

A book found for `genre="biography"` or `"fiction"` was described by any line of the book
pool, so a novel came back as "A practical guide for first-time managers." (BFCL seed 31
#170 and #260). `fit_blurbs` reads each object holding a `genre` and a `description`
beside a book's own fields (`title`, `author` or `isbn`) and, for a genre it knows, gives
it a line of that genre; a description the call sent is the user's and stays. In place;
draws from the call's random stream.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.objects import objects_in

_BLURBS: dict[str, tuple[str, ...]] = {
    "fiction": ("A debut novel about two sisters and a family secret.",
                "A quiet novel of a summer that changes a small town.",
                "Three generations of a family, told over one long winter.",
                "A widower sets out to walk the length of the country.",
                "Two old friends meet again at a funeral and reopen an old wound.",
                "A bookshop on the edge of closing brings a street together."),
    "mystery": ("A detective returns to her home town to solve a cold case.",
                "A missing manuscript, a locked library and five suspects.",
                "A retired inspector is drawn into one last case on a remote island.",
                "A body in the vineyard the week before the harvest.",
                "A podcast host reopens the disappearance that made her famous."),
    "thriller": ("A journalist uncovers a plot that reaches the top of government.",
                 "Forty-eight hours to find a stolen child in a city on lockdown.",
                 "A hacker finds her own name on a list of targets.",
                 "An air traffic controller has one night to stop a hijacking.",
                 "A witness in hiding realises the protection is the threat."),
    "science fiction": ("The crew of a generation ship wakes up a century too early.",
                        "A linguist races to understand a message from deep space.",
                        "The last city on a drowned Earth votes on whether to leave.",
                        "An android detective investigates the death of her maker.",
                        "A colony on Mars loses contact with home."),
    "fantasy": ("A young mapmaker discovers a kingdom missing from every map.",
                "An exiled queen gathers allies to win back her throne.",
                "A thief steals a dragon's egg and has to raise what hatches.",
                "Two rival mages are bound by a single spell.",
                "A village healer learns the forest has been keeping her secret."),
    "romance": ("Two rival bakers fall for each other over one summer.",
                "A chance meeting on a night train to Vienna.",
                "A wedding planner who does not believe in weddings.",
                "Old flames are forced to share a house for a month.",
                "Letters left in a library book lead to a stranger."),
    "horror": ("A family moves into a house that remembers its last owners.",
               "A lighthouse keeper hears voices in the winter storms.",
               "A school trip to an abandoned mine goes wrong.",
               "Something answers back on an old radio."),
    "biography": ("The life of a pioneering scientist, from her letters and notebooks.",
                  "A portrait of a jazz musician's rise and fall in 1950s New York.",
                  "The first full account of an explorer's life and last expedition.",
                  "The life of a chess prodigy who walked away at the top.",
                  "A reformer's life, from a mill town to parliament."),
    "history": ("How the Silk Road shaped trade, faith and empire.",
                "A narrative history of the city from its founding to the present.",
                "The year that remade Europe, told month by month.",
                "The building of the railways and the towns they made.",
                "How the spice trade connected three continents."),
    "science": ("How the brain turns light into what we see.",
                "A physicist explains time for the curious reader.",
                "What the oceans' microbes tell us about life on Earth.",
                "The search for the smallest building blocks of matter.",
                "How vaccines are made, from the lab to the clinic."),
    "self-help": ("Small daily habits that add up to lasting change.",
                  "A practical guide to managing stress at work.",
                  "How to say no without losing friends.",
                  "A plan for better sleep in six weeks."),
    "business": ("A practical guide for first-time managers.",
                 "How small companies grow without losing their culture.",
                 "What the best negotiators do differently.",
                 "Lessons from a decade of start-up failures."),
    "poetry": ("A first collection of poems about the sea and memory.",
               "Poems of city life, written on the night bus.",
               "A year of seasons in short poems."),
    "children": ("A picture book about a fox who cannot fall asleep.",
                 "A small robot looks for a friend in a big city.",
                 "A rainy-day adventure in grandma's attic."),
    "travel": ("A year on foot along the old pilgrim roads of Spain.",
               "By train from Lisbon to Vladivostok.",
               "Island hopping across the Aegean on a shoestring."),
    "cooking": ("Weeknight recipes from a family kitchen.",
                "Vegetables first: a year of seasonal cooking.",
                "The breads and pastries of a small Vienna bakery."),
}
_ALIASES = {"novel": "fiction", "literary fiction": "fiction", "sci-fi": "science fiction",
            "scifi": "science fiction", "crime": "mystery", "memoir": "biography",
            "autobiography": "biography", "non-fiction": "history", "kids": "children",
            "children's": "children", "self help": "self-help", "cookbook": "cooking",
            "suspense": "thriller"}
_BOOK_FIELDS = ("title", "author", "isbn")


def _genre(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    low = value.strip().lower().replace("_", " ")
    low = _ALIASES.get(low, low)
    return low if low in _BLURBS else None


def fit_blurbs(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Give each genre-tagged book a description of its genre (see the docstring)."""
    sent = {v for v in args.values() if isinstance(v, str)}
    used: set[str] = set()
    for obj in objects_in(output):
        genre = _genre(obj.get("genre"))
        said = obj.get("description")
        if (genre is None or not isinstance(said, str) or said in sent
                or not any(k in obj for k in _BOOK_FIELDS)):
            continue
        if said not in _BLURBS[genre] or said in used:
            # three books listed under one blurb read as copies (BFCL seed 71 #28)
            fresh = [b for b in _BLURBS[genre] if b not in used] or list(_BLURBS[genre])
            obj["description"] = said = rng.choice(fresh)
        used.add(said)
