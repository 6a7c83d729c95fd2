"""An event's drawn description fits the event: its venue and what its title says it is.

A description drawn from a pool for any event read "Outdoor event; bring a jacket." for
an event at "Scott Hall" and "A day of talks and workshops; lunch included." for a
three-day "Community Jazz Summit" (ToolBench seeds 7 and 11). `fit_event_note(node,
kind, days)` rewrites a description drawn from that pool (`descriptions.EVENT_LINES`;
a description the corpus or the call gave stays): an outdoor note only at an open-air
venue, talks for a conference, stalls for a market, doors for an evening, and a
gathering of several days says how many. Pure but for `node`, which changes in place.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor.descriptions import EVENT_LINES

_OUTDOOR = re.compile(r"\b(?:park|square|garden|gardens|beach|plaza|field|fields|grounds|"
                      r"pier|harbou?r|promenade|praca|piazza|riverside|meadow)\b", re.I)
_TALKS = frozenset({"conference", "summit", "forum", "congress", "symposium", "convention",
                    "expo", "workshop", "hackathon", "talk", "lecture", "webinar"})
_STALLS = frozenset({"market", "fair", "bazaar"})
_MUSIC = frozenset({"festival", "fest", "concert", "jam", "recital"})
_WORD = re.compile(r"[a-z]+")
_NUMBERS = {2: "two", 3: "three", 4: "four", 5: "five"}


def fit_event_note(node: dict[str, Any], title: str, days: int) -> None:
    """`node`'s drawn description made to fit its venue, title and `days` (module doc)."""
    key = next((k for k in ("description", "summary", "details") if node.get(k)
                in EVENT_LINES), None)
    if key is None:
        return
    venue = " ".join(str(node.get(k) or "") for k in ("venue", "location", "place",
                                                        "address"))
    outdoor = bool(_OUTDOOR.search(venue))
    words = set(_WORD.findall(title.lower()))
    span = f"over {_NUMBERS.get(days, str(days))} days" if days > 1 else "all day"
    if words & _TALKS:
        note = (f"Talks and workshops {span}; lunch included." if days > 1
                else "A day of talks and workshops; lunch included.")
    elif words & _STALLS:
        note = f"Stalls, street food and live music {span}."
    elif words & _MUSIC:
        note = (f"Live music {span}; tickets at the door." if days > 1
                else "Doors open at 7 pm. All ages welcome.")
    elif outdoor:
        note = "Outdoor event; bring a jacket."
    else:
        note = "Doors open at 7 pm. All ages welcome."
    if outdoor and days <= 1 and note.startswith("Doors"):
        note = "Outdoor event; bring a jacket."
    node[key] = note
