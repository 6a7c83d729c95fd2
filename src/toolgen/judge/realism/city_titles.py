"""Titles of things that are not places, all named after one city.

A TikTok user's collections "The Roads of Cairo", "The Harbor of Cairo", "The River of
Cairo" (ToolBench seed 7 #33), a library search answering "The Lights of Seoul", "The
Roads of Seoul", "The Skies of Seoul": a reviewer reads one city stamped on every title
where a person's collections, books or albums are about many things. Kind
`titles_one_city`: two or more titled things of one endpoint's answers (by the key
holding them), of a kind that is no place (a collection, playlist, album, video, book,
song...), whose titles all carry the same large city (of the airport table or the place
pool), when neither the user nor a call named that city (a search for "Cairo" rightly
answers Cairo's).

Places and what happens in them (hotels, events, teams, news of a city) are left alone:
their kind is not in `_CONTENT`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any

from toolgen.executor.entities.tables import AIRPORT
from toolgen.executor.pools import PLACES
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_calls, key_tokens, singular
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "city_titles"

# Things whose titles are about anything, not where they are.
_CONTENT = frozenset({"collection", "playlist", "album", "video", "book", "song", "track",
                      "podcast", "episode", "movie", "film", "clip", "reel", "folder",
                      "board", "novel", "story", "poem", "artwork", "painting", "series",
                      "audiobook", "single", "mixtape"})
_TITLE_WORDS = frozenset({"title", "name"})
# The cities a title is read for: the airport table's and the place pool's, all large and
# known as cities (a table, not GeoNames: loading that costs more than every check).
_CITIES = {str(r["city"]).lower(): str(r["city"]) for r in AIRPORT.rows} | {
    p[0].lower(): p[0] for p in PLACES}
_WORD = re.compile(r"[A-Za-z][\w'.-]*")


@lru_cache(maxsize=16384)
def cities_in(title: str) -> frozenset[str]:
    """The known cities a title names (runs of one to three capitalised words)."""
    tokens = _WORD.findall(title)
    found: set[str] = set()
    for n in (1, 2, 3):
        for i in range(len(tokens) - n + 1):
            run = tokens[i:i + n]
            if not (run[0][0].isupper() and run[-1][0].isupper()):
                continue
            city = _CITIES.get(" ".join(run).lower())
            if city is not None:
                found.add(city)
    return frozenset(found)


def _kind_words(holder: str, obj: dict[str, Any], title_key: str) -> set[str]:
    """What the thing is, as its holder, its title key and its id keys say."""
    said = {singular(t) for t in key_tokens(holder)}
    said |= {singular(t) for t in key_tokens(title_key)[:-1]}
    for key in obj:
        tokens = key_tokens(key)
        if len(tokens) >= 2 and tokens[-1] == "id":
            said.add(singular(tokens[-2]))
    return said


def _title_key(obj: dict[str, Any]) -> str | None:
    for key, value in obj.items():
        tokens = key_tokens(key)
        if tokens and tokens[-1] in _TITLE_WORDS and isinstance(value, str) and value:
            return key
    return None


def _named(view: RecordView) -> str:
    """What the user and the calls said, for a city they named themselves."""
    said = [m.content or "" for m in view.record.messages if m.role == "user"]
    for _, args, _ in answered_calls(view):
        said += [str(v) for v in args.values()]
    return "\n".join(said).lower()


# A content thing is held by, titled or identified with a key naming its kind.
GATE = output_keys_gate(lambda key: any(singular(t) in _CONTENT for t in key_tokens(key)))


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    groups: dict[tuple[str, str, str], list[tuple[str, int]]] = defaultdict(list)
    for step, _, at in answered_calls(view):
        for holder, obj in view.objects(step.call_id):
            key = _title_key(obj)
            if key is not None and _kind_words(holder, obj, key) & _CONTENT:
                groups[(step.function_name, holder, key)].append((obj[key], at))
    out: list[Finding] = []
    named: str | None = None
    for (_, holder, _), titles in groups.items():
        if len(titles) < 2:
            continue
        shared = frozenset.intersection(*(cities_in(t) for t, _ in titles))
        if not shared:
            continue
        named = _named(view) if named is None else named
        left = sorted(c for c in shared if c.lower() not in named)
        if left:
            names = ", ".join(f'"{t}"' for t, _ in titles[:3])
            out.append(finding(NAME, "titles_one_city", titles[-1][1],
                               f"every {holder or 'item'} title names {left[0]}: {names}"))
    return out
