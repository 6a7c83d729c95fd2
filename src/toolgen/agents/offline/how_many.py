"""How a user asks for a count of results (`executor/asked_count.py` finds such a
parameter): by what they are, "(the top 10 cases)", "(5 games)", never "for 5 of games"
or "for the number 10" (BFCL seed 71 #6, #10, #104).
"""

from __future__ import annotations

import random

from toolgen.agents.offline.slot_words import pick


def said_how_many(counted: str, tok: str, rng: random.Random) -> str:
    """The phrase asking for `tok` (the figure's stand-in) of `counted` ("top cases")."""
    if counted.startswith("top "):
        return pick(rng, (f"(the top {tok} {counted[4:]})", f"(just the top {tok})"))
    return f"({tok} {counted})"  # "for 5 artworks" after "find trending artworks" repeats
