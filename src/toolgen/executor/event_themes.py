"""An event found for a genre or a topic is an event of it.

`event_finder_find_upcoming(location="Oslo", genre="jazz")` listed "Late-Night
Photography Workshop", "Late-Night Design Fair" and "Weekend Wine Meetup" (BFCL seed 7
#249): the titles draw their theme apart from what was asked. Here a title's theme word
(`names.EVENT_THEMES`, the topics `kind_titles` names events after) becomes the sent
genre: "Late-Night Jazz Workshop". A title that already names it, a title with no theme
word, and a sent value that is a kind of event ("concert") or not a plain word are left
alone. An events calendar whose own name names a topic (`events_for_crypto_events_calendar`)
lists events of that topic, not a "Community Food Festival" (ToolBench seed 83 #0), when
no genre was sent: `themed_events(endpoint)` gives the step. In place.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from toolgen.executor.event_dates import event_kind
from toolgen.executor.kind_titles import TOPICS
from toolgen.executor.names import EVENT_THEMES
from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key
from toolgen.records.tools import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]

GENRE_KEYS = frozenset({"genre", "genres", "music_genre", "theme", "topic", "interest",
                         "category", "event_category", "classification", "segment"})
_THEMES = sorted({*EVENT_THEMES, *TOPICS.values(), "Comedy", "Theatre"},
                 key=lambda w: (-len(w), w))  # longest first, then a fixed order
_THEME_WORD = re.compile(r"\b(" + "|".join(map(re.escape, _THEMES)) + r")\b")
_PLAIN = re.compile(r"[A-Za-z][A-Za-z &'-]{1,24}")
_TITLE_KEYS = ("title", "name", "event_name")
# An event's day, however spelled: `date`, `start_date`, `openingDate` (an art opening's
# "Weekend Startup Gala" had kept its theme: ToolBench seed 952820 #8).
_DATED = re.compile(r"(?i)date|^start|^opening")


def themed_events(endpoint: Endpoint) -> Finish | None:
    """The step naming every event of `endpoint`'s answer after the genre its call sent,
    else after the topic its function's or tool's name names (None: it can do neither)."""
    words = re.findall(r"[a-z]+", f"{endpoint.function_name} {endpoint.tool_name}".lower())
    topic = next((TOPICS[w] for w in words if w in TOPICS), None)
    if not any(normalize_key(p.name) in GENRE_KEYS for p in endpoint.parameters):
        return None if topic is None else lambda output, args, rng: _themed(output, topic)

    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        genre = _sent_genre(args) or topic  # an art calendar asked for no genre lists art
        if genre is not None:
            _themed(output, genre)

    return step


def _themed(output: Any, genre: str) -> None:
    for node in objects_in(output):
        key = next((k for k in _TITLE_KEYS if isinstance(node.get(k), str)), None)
        if key is None or not any(map(_DATED.search, node)):
            continue
        title = node[key]
        if re.search(rf"(?i)\b{re.escape(genre)}\b", title):  # not "Art" in "Startup"
            continue
        node[key] = _THEME_WORD.sub(genre, title, count=1)


def _sent_genre(args: dict[str, Any]) -> str | None:
    for name, value in args.items():
        if normalize_key(name) not in GENRE_KEYS or not isinstance(value, str):
            continue
        text = value.strip()
        if not _PLAIN.fullmatch(text) or event_kind(text) is not None:
            return None
        return " ".join(w[:1].upper() + w[1:] for w in text.split())
    return None
