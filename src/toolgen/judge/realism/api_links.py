"""Links between two APIs: a generic entity's id means nothing outside its own service.

A Foursquare `userId` is no TikTok `user_id`, and a Secure Object Storage file is not an
Openload `fileId`, even though both sides say "user" or "file": ids of generic entities
(user, file, item, list, folder, post, a bare `id`...) are scoped to the service that
issued them. Such a link holds only within one API family (the same tool, or tools named
after the same service: `tiktok_api` and `tiktok_video_feature_summary`). Values that
are the same everywhere (an ISBN, a ticker, an IATA code, a city) are not ids of a
generic entity and are not touched here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolgen.judge.realism.reading import key_tokens, singular

GENERIC = frozenset({
    "user", "file", "item", "account", "profile", "member", "customer", "owner", "author",
    "contact", "person", "client", "creator", "uploader", "object", "document", "doc",
    "folder", "collection", "list", "resource", "record", "entity", "message", "post",
    "comment", "media", "image", "photo", "attachment", "upload", "session", "group",
    "project", "task", "note", "event", "category", "tag", "playlist", "node", "entry",
})
_ID_WORDS = frozenset({"id", "ids", "uuid", "key", "code", "slug", "ref"})
# Words that name no service: "free_nba" and "api_nba" are the NBA, "simple_file_storage"
# is not "simple".
_VAGUE = frozenset({"free", "api", "apis", "simple", "unofficial", "official", "the", "my",
                    "v1", "v2", "v3", "data", "real", "time", "realtime", "easy", "fast",
                    "best", "get", "open", "public", "pro", "bfcl"})
# Holders that name no kind of thing: a bare `id` of an item of `data` or `results` is
# still a bare id.
_VAGUE_HOLDERS = frozenset({"data", "result", "results", "response", "hit", "hits", "row",
                            "rows", "value", "values", "content", "contents", "payload",
                            "body", "output", "answer", "match", "matches", "suggestion",
                            "suggestions"})
_SEGMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_HASH = re.compile(r"^[0-9a-f]{6,}$")


@lru_cache(maxsize=16384)  # asked for both ends of every link of every record
def api_family(endpoint_id: str) -> str:
    """The service an endpoint id belongs to: `Social/foursquare/getUserLikedVenues` ->
    foursquare, `BFCL_v4_live_simple/flight.status/flight_status_check` -> flight."""
    parts = endpoint_id.split("/")
    tool = parts[-2] if len(parts) >= 3 else parts[0]
    tokens = [t for t in re.split(r"[^a-z0-9]+", tool.lower())
              if t and t not in _VAGUE and not _HASH.match(t)]
    return tokens[0] if tokens else tool.lower()


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


def generic_link(param: str, path: str) -> bool:
    """True when the parameter or the output leaf is the id of a generic entity (or a bare
    id, which names nothing but its own service's record)."""
    keys = _SEGMENT.findall(path.replace("$", ""))
    leaf = leaf_entity(keys)
    target = _entity(param)
    words = leaf | target
    return bool(words) and bool(words & (GENERIC | {"id"}))


def crosses_apis(param: str, path: str, source_endpoint: str, target_endpoint: str) -> bool:
    """A generic entity's id carried from one API family to another."""
    if not source_endpoint or not target_endpoint:
        return False
    if api_family(source_endpoint) == api_family(target_endpoint):
        return False
    return generic_link(param, path)
