"""An event's title fits its category.

TicketBox listed "Annual Book Summit" as a concert and "Summer Photography Summit" as
sports (bundled seed 7 #260): the title was drawn apart from the category the schema
enumerates. `titled_by_category(output, args, rng)` walks every object holding a title (`title`,
`name`, `event_name`), a mark of an event (an event id, a venue, a start) and a category
(`category`, `type`, `segment`, `event_type`) naming a kind of show (concert, theatre,
sports, comedy...); a title with
no word of that kind becomes one of the kind's titles, set in the object's city when it
names one. A title or category the call sent stays. The choice is keyed by the old
title, so the record's random stream is untouched. In place, deterministic.
"""

from __future__ import annotations

import random
from functools import lru_cache
from typing import Any

from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Per kind of show: words a fitting title holds, and titles to draw ({city} optional).
_KINDS: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "concert": (_words("live concert jazz rock symphony orchestra music tour recital "
                          "opera acoustic band quartet choir sessions"),
                ("An Evening of Jazz", "{city} Symphony Orchestra: Beethoven's Fifth",
                 "Acoustic Sessions Live", "Indie Rock Night", "Piano Recital: Chopin",
                 "Summer Sounds Music Festival", "The Northern Lights Tour", "Opera Gala")),
    "theatre": (_words("theatre theater play musical hamlet macbeth dream earnest "
                          "misérables seagull salesman pygmalion ballet stage"),
                ("Hamlet", "A Midsummer Night's Dream", "The Importance of Being Earnest",
                 "Les Misérables", "Death of a Salesman", "Macbeth", "The Seagull",
                 "Swan Lake (ballet)")),
    "sports": (_words("vs cup final marathon match derby tennis championship game race "
                         "league grand prix tournament sevens"),
               ("{city} Half Marathon", "{city} Derby", "Cup Final", "{city} Basketball Classic",
                "Tennis Open Semi-final", "Rugby Sevens",
                "{city} Marathon", "Championship Final")),
    "comedy": (_words("comedy stand-up standup improv laugh laughs comic comedians "
                         "mic"),
               ("Stand-up Showcase", "Comedy Night", "Improv Night",
                "{city} Comedy Festival", "Open Mic Comedy", "Late Show Comedy Club")),
}
_KINDS["music"] = _KINDS["concert"]
_KINDS["theater"] = _KINDS["theatre"]
_KINDS["sport"] = _KINDS["sports"]
_TITLES = ("title", "name", "event_name")
# Keys only an event holds: its id, venue or start.
_EVENT_MARKS = ("event", "venue", "starts", "start_date", "start_time", "showtime")
_CATEGORIES = ("category", "type", "segment", "event_type", "genre")


@lru_cache(maxsize=8192)  # objects one endpoint answers with share their keys
def _event_keys(keys: tuple[Any, ...]) -> tuple[str, str, str | None] | None:
    """The title, category and city keys of an event with these keys (None: not an
    event with a title and a category; a product in "sports" is no event)."""
    names = {normalize_key(k): k for k in keys if isinstance(k, str)}
    title_key = next((names[n] for n in _TITLES if n in names), None)
    cat_key = next((names[n] for n in _CATEGORIES if n in names), None)
    if title_key is None or cat_key is None or not any(
            w in k for k in names for w in _EVENT_MARKS):
        return None
    return title_key, cat_key, names.get("city")


def titled_by_category(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    sent = {v for v in args.values() if isinstance(v, str)}
    # two events of one answer are not both "Indie Rock Night" (bundled seed 7 #1)
    used = {t for obj in objects_in(output) if (found := _event_keys(tuple(obj)))
            and isinstance(t := obj[found[0]], str)}
    for obj in objects_in(output):
        found = _event_keys(tuple(obj))
        if found is None:
            continue
        title_key, cat_key, city_key = found
        title, category = obj[title_key], obj[cat_key]
        kind = _KINDS.get(category.strip().lower()) if isinstance(category, str) else None
        if kind is None or not isinstance(title, str) or title in sent:
            continue
        words = frozenset(title.lower().replace(":", " ").split())
        if words & kind[0]:
            continue
        city = obj.get(city_key, "") if city_key is not None else ""
        pool = [t.format(city=city) for t in kind[1]
                if "{city}" not in t or (isinstance(city, str) and city)]
        at = sum(map(ord, title))
        titled = next((t for k in range(len(pool)) if (t := pool[(at + k) % len(pool)])
                       not in used), pool[at % len(pool)])
        used.add(titled)
        obj[title_key] = titled
