"""A record found by its title and maker is that title by that maker.

`get_song_lyrics(song_title="Velvet Roads", artist_name="Dua Lipa")` answered `"title":
"Last Harbor", "artist": "Laura Smith"` beside the echoed `song_title` and `artist_name`
(BFCL seed 59 #10). In an object that repeats a sent `X_title` or `X_name` as sent, the
plain field it stands for (`title`; `X`, as `artist` for `artist_name`) holds the sent
value too. In place.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key

# What comes before `_name` without naming a thing: a `first_name` is no `first` field's.
_NOT_THINGS = frozenset({"first", "last", "file", "user", "display", "full", "nick",
                         "given", "family", "middle", "screen", "host", "domain", "key"})


def sent_names(output: Any, args: dict[str, Any]) -> None:
    """Every object echoing a sent title or name says it in its plain field too."""
    pairs = [(normalize_key(k), v) for k, v in args.items()
             if isinstance(v, str) and v.strip() and k.lower().endswith(("_title", "_name",
                                                                         "title", "name"))]
    if not pairs:
        return
    for node in objects_in(output):
        keys = {normalize_key(k): k for k in node}
        for nk, value in pairs:
            if node.get(keys.get(nk, "")) != value:
                continue  # the object does not say it is the thing asked for
            plain = "title" if nk.endswith("_title") else nk[:-5] if nk.endswith(
                "_name") else ""
            key = keys.get(plain)
            if plain and plain not in _NOT_THINGS and key is not None and isinstance(
                    node[key], str):
                node[key] = value
