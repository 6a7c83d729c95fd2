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
                "Three generations of a family, told over one long winter."),
    "mystery": ("A detective returns to her home town to solve a cold case.",
                "A missing manuscript, a locked library and five suspects."),
    "thriller": ("A journalist uncovers a plot that reaches the top of government.",
                 "Forty-eight hours to find a stolen child in a city on lockdown."),
    "science fiction": ("The crew of a generation ship wakes up a century too early.",
                        "A linguist races to understand a message from deep space."),
    "fantasy": ("A young mapmaker discovers a kingdom missing from every map.",
                "An exiled queen gathers allies to win back her throne."),
    "romance": ("Two rival bakers fall for each other over one summer.",
                "A chance meeting on a night train to Vienna."),
    "horror": ("A family moves into a house that remembers its last owners.",),
    "biography": ("The life of a pioneering scientist, from her letters and notebooks.",
                  "A portrait of a jazz musician's rise and fall in 1950s New York.",
                  "The first full account of an explorer's life and last expedition."),
    "history": ("How the Silk Road shaped trade, faith and empire.",
                "A narrative history of the city from its founding to the present.",
                "The year that remade Europe, told month by month."),
    "science": ("How the brain turns light into what we see.",
                "A physicist explains time for the curious reader."),
    "self-help": ("Small daily habits that add up to lasting change.",
                  "A practical guide to managing stress at work."),
    "business": ("A practical guide for first-time managers.",
                 "How small companies grow without losing their culture."),
    "poetry": ("A first collection of poems about the sea and memory.",),
    "children": ("A picture book about a fox who cannot fall asleep.",),
    "travel": ("A year on foot along the old pilgrim roads of Spain.",),
    "cooking": ("Weeknight recipes from a family kitchen.",),
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
    for obj in objects_in(output):
        genre = _genre(obj.get("genre"))
        said = obj.get("description")
        if (genre is None or not isinstance(said, str) or said in sent
                or not any(k in obj for k in _BOOK_FIELDS)):
            continue
        if said not in _BLURBS[genre]:
            obj["description"] = rng.choice(_BLURBS[genre])
