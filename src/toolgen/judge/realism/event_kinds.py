"""An event whose title names another kind of event than its category.

TicketBox listed "Annual Book Summit" as a concert and "Summer Photography Summit" as
sports (bundled seed 7 #260): a reviewer reads a conference filed under the wrong
category. Kind `event_category_misfit`: an object with a title (`title`, `name`,
`event_name`), a mark of an event (a key naming an event, a venue or a start) and a
category (`category`, `type`, `segment`, `event_type`, `classification`) naming a kind of
event this module knows, whose title holds a word only another kind's events carry
("Summit" under concert, "Marathon" under comedy) and none of its own kind's.

A title with no kind word at all ("The Eras Tour", a band's name) is left alone: what it
does not say cannot contradict its category. The judge keeps its own word lists, apart
from the generator's (`executor.event_categories`). A title or category the call sent
is the user's and is not flagged.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_objects_with_sent, words
from toolgen.judge.realism.values import _snake
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "event_kinds"

# Per kind of event: the words of a title only that kind's events carry.
_MARKS: dict[str, frozenset[str]] = {
    "concert": words("concert concerts symphony orchestra philharmonic jazz rock "
                     "recital opera choir quartet band dj gig gigs unplugged acoustic",
                     "hip-hop techno"),
    "theatre": words("theatre theater play musical ballet hamlet macbeth shakespeare "
                     "drama staging"),
    "sports": words("vs vs. derby cup marathon half-marathon race tournament "
                    "championship prix playoff playoffs semi-final sevens 10k"),
    "comedy": words("comedy stand-up standup improv comedian comedians laughs"),
    "conference": words("summit conference expo forum symposium seminar workshop "
                        "hackathon meetup congress convention webinar"),
    "literature": words("book books poetry author authors literary novel"),
    "food": words("food tasting wine beer dinner brunch cooking culinary"),
    "film": words("film films cinema screening movie movies premiere"),
    "art": words("exhibition gallery photography painting sculpture"),
}
# Category values naming each kind (lower case).
_CATEGORY_KIND: dict[str, str] = {
    "concert": "concert", "concerts": "concert", "music": "concert", "live music": "concert",
    "theatre": "theatre", "theater": "theatre", "arts & theatre": "theatre",
    "sports": "sports", "sport": "sports", "comedy": "comedy", "stand-up": "comedy",
    "conference": "conference", "conferences": "conference", "business": "conference",
    "film": "film", "movies": "film", "cinema": "film",
}
# What each kind's events may also be called without contradicting it: a concert of film
# scores, a comedy play, a sports film night are real; only these pairs are allowed.
_COMPATIBLE: dict[str, frozenset[str]] = {
    "concert": frozenset({"film", "theatre"}),
    "theatre": frozenset({"concert", "comedy", "literature"}),
    "comedy": frozenset({"theatre", "film"}),
    "film": frozenset({"art", "concert", "comedy"}),
    "conference": frozenset({"literature", "food", "art", "film"}),
    "sports": frozenset(),
}
_TITLES = ("title", "name", "event_name", "event_title")
_CATEGORIES = ("category", "type", "segment", "event_type", "classification",
               "event_category")
_MARK_WORDS = ("event", "venue", "start", "showtime", "performer", "tickets")
_TOKEN = re.compile(r"[a-z0-9][a-z0-9.'-]*")


@lru_cache(maxsize=8192)
def _keys(keys: tuple[str, ...]) -> tuple[str, str] | None:
    """The title and category keys of an event with these keys, or None."""
    names = {_snake(k): k for k in keys}
    title = next((names[n] for n in _TITLES if n in names), None)
    category = next((names[n] for n in _CATEGORIES if n in names), None)
    if title is None or category is None or not any(
            w in n for n in names for w in _MARK_WORDS):
        return None
    return title, category


@lru_cache(maxsize=8192)
def _kinds_in(title: str) -> frozenset[str]:
    tokens = frozenset(t.strip(".'-") for t in _TOKEN.findall(title.lower())) | frozenset(
        _TOKEN.findall(title.lower()))
    return frozenset(kind for kind, marks in _MARKS.items() if tokens & marks)


def misfit(obj: dict[str, Any], sent: set[str]) -> str | None:
    """Why the title of event `obj` names another kind than its category, or None."""
    found = _keys(tuple(k for k in obj if isinstance(k, str)))
    if found is None:
        return None
    title, category = obj[found[0]], obj[found[1]]
    if not isinstance(title, str) or not isinstance(category, str) or title in sent \
            or category in sent:
        return None
    kind = _CATEGORY_KIND.get(category.strip().lower())
    if kind is None:
        return None
    said = _kinds_in(title)
    others = said - {kind} - _COMPATIBLE.get(kind, frozenset())
    if kind in said or not others:
        return None
    return f'"{title}" is filed as {category}, but its title says {"/".join(sorted(others))}'


GATE = output_keys_gate(lambda key: _snake(key) in _CATEGORIES)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    return [finding(NAME, "event_category_misfit", at, why)
            for _, at, why in answered_objects_with_sent(view, misfit)]
