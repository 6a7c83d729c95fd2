"""Links between two APIs: an id one service issued means nothing to another.

A Foursquare `userId` is no TikTok `user_id`, a Twitch video id no Vimeo `video_id`, a
Cannabis Recipes recipe no BigOven `recipeId`, even though both sides name the same kind
of thing: ids are scoped to the service that issued them. Such a link holds only within
one API family (the same tool, or tools named after the same service: `tiktok_api` and
`tiktok_video_feature_summary`; `graph/families.py`). Identifiers that are the same
everywhere (an ISBN, a ticker, an IATA code, a language code) are not touched here.
"""

from __future__ import annotations

import re

from toolgen.graph.families import api_family, describes_service, standard_key
from toolgen.judge.realism.reading import key_tokens, singular

_ID_WORDS = frozenset({"id", "ids", "uuid", "key", "code", "slug", "ref"})
# Holders that name no kind of thing: a bare `id` of an item of `data` or `results` is
# still a bare id.
_VAGUE_HOLDERS = frozenset({"data", "result", "results", "response", "hit", "hits", "row",
                            "rows", "value", "values", "content", "contents", "payload",
                            "body", "output", "answer", "match", "matches", "suggestion",
                            "suggestions"})
_SEGMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _entity(name: str) -> frozenset[str]:
    tokens = key_tokens(name)
    if not tokens or tokens[-1] not in _ID_WORDS:
        return frozenset()
    head = [singular(t) for t in tokens[:-1] if not t.isdigit()]
    return frozenset(head) if head else frozenset({"id"})


def leaf_entity(keys: list[str]) -> frozenset[str]:
    """The entity an output leaf is the id of: a bare `id` of an item of a named list
    (`books[].id`) is that list's item's id (a book's), as `book_id` would be."""
    leaf = _entity(keys[-1]) if keys else frozenset()
    if leaf == {"id"} and len(keys) >= 2:
        holder = key_tokens(keys[-2])
        if holder and holder[-1] not in _VAGUE_HOLDERS and not holder[-1].isdigit():
            return frozenset({singular(holder[-1])})
    return leaf


def crosses_apis(param: str, path: str, source_endpoint: str, target_endpoint: str,
                 described: str = "") -> bool:
    """An id one API family issued, carried to another (module doc); not when the
    argument's description, `described`, names the source's service ("ShopLine order
    id")."""
    if not source_endpoint or not target_endpoint:
        return False
    source = api_family(source_endpoint)
    if source == api_family(target_endpoint) or describes_service(param, described, source):
        return False
    keys = _SEGMENT.findall(path.replace("$", ""))
    if standard_key(param) or (keys and standard_key(keys[-1])):
        return False
    return bool(leaf_entity(keys) | _entity(param))
