"""A count said as a count: "433 points", "1,847 followers", "266 following".

A fact whose label counts things was said label first, as a form shows it: "with points
433", "the first with following 266". A person puts the number first: "with 433
points". `with_fact(label, value, said)` is the phrase after "with" (`said` is the value
as written, masked for citing): the number first when the value is a whole number and the
label names what it counts (a plural noun, "games played", "goals scored", a profile's
"following"), else "<label> <value>" as before. Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolgen.agents.offline.types import Fact

WHOLE = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")
# Labels of a count that are no plural noun: a profile's "following" count.
_COUNTS = frozenset({"following"})
# Words ending in "s" that are no plural noun of things counted.
_NOT_PLURAL = frozenset({"status", "is", "was", "has", "this", "its", "plus", "bus", "gas",
                         "news", "series", "species", "address", "class", "access",
                         "progress", "process", "business", "canvas", "alias", "bonus",
                         "campus", "census", "focus", "radius", "virus", "minus", "thesis",
                         "analysis", "basis", "axis", "lens", "yes", "us", "ms", "hours",
                         "minutes", "seconds", "days", "weeks", "months", "years", "kms",
                         "miles", "meters", "metres", "feet", "inches", "pounds", "degrees",
                         "kg", "lbs", "percent", "points per game", "stars"})
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en|wn)$")


@lru_cache(maxsize=4096)
def counts_things(label: str) -> bool:
    """Whether `label` names what a whole number of them counts ("points", "games
    played", "following"); a unit ("hours", "miles") or a rating ("stars") is not."""
    words = label.lower().split()
    if not words or len(words) > 3:
        return False
    if label.lower() in _COUNTS:
        return True
    if len(words) == 2 and _plural(words[0]) and _PARTICIPLE.fullmatch(words[1]):
        return True  # "games played", "goals scored"
    return _plural(words[-1])


def _plural(word: str) -> bool:
    return (word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is"))
            and word not in _NOT_PLURAL and len(word) > 3)


def with_fact(label: str, value: str, said: str) -> str:
    """The phrase after "with" for a fact: "433 points", else "points per game 12.5"."""
    whole = value.strip()
    if WHOLE.fullmatch(whole) and whole != "1" and counts_things(label):
        return f"{said} {label}"
    return f"{label} {said}"


def possessed(fact: Fact, said: str, one: bool) -> str:
    """A first item's field said as its own: "the first's product is Eco Sneakers" ("its
    product is ..." when only one came back), not "the first has product Eco Sneakers"."""
    whose = "its" if one else "the first's"
    return f"{whose} {fact.label} is {said}"
