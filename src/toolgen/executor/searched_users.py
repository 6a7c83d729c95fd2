"""People found by a handle are that handle's account and accounts named after it.

ToolBench seed 83 #15: a TikTok user search for "mkbhd" answered `samuel_morales` and
`christine_bradley`, and the answer said "the first being Samuel Morales". `users_found`
makes the first account of a user search sent a handle (one word of letters, digits, `_`
or `.`) that handle's own: its username, the name a well-known handle belongs to (with a
following of millions), and the next ones accounts named after it ("mkbhd_clips"), as a
platform's search answers. In place, deterministic.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from toolgen.executor.values import normalize_key
from toolgen.records.tools import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]

_HANDLE = re.compile(r"^@?[A-Za-z0-9_.]{3,30}$")
_QUERIES = ("keywords", "keyword", "query", "q", "search", "username", "user_name", "term")
_USER_WORDS = re.compile(r"\b(?:users?|accounts?|profiles?|people|creators?)\b")
_SEARCH_WORDS = re.compile(r"\b(?:search|find|lookup|look up)\b")
# Handles a user names, and whose accounts they are.
KNOWN = {"natgeo": "National Geographic", "mkbhd": "Marques Brownlee", "nasa": "NASA",
         "bbcnews": "BBC News", "gordonramsay": "Gordon Ramsay", "jamieoliver": "Jamie Oliver",
         "therock": "Dwayne Johnson"}
_AFTER = ("_clips", "_fans", ".daily", "_updates", "_archive")


def users_found(endpoint: Endpoint) -> Finish | None:
    """The step naming a user search's accounts after its handle, or None when
    `endpoint` searches no users by a query."""
    own = endpoint.function_name.split("_for_", 1)[0].replace("_", " ").lower()
    if not (_USER_WORDS.search(own) and _SEARCH_WORDS.search(own)):
        return None
    keys = {normalize_key(p.name) for p in endpoint.parameters} & set(_QUERIES)
    if not keys:
        return None

    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        sent = next((v for k in _QUERIES if k in keys and isinstance(v := args.get(k), str)),
                    None)
        if sent is None or not _HANDLE.match(sent) or not isinstance(output, dict):
            return
        handle = sent.lstrip("@").lower()
        users = next((v for v in output.values() if isinstance(v, list) and v
                      and all(isinstance(u, dict) and "username" in u for u in v)), None)
        if users is None:
            return
        first = users[0]
        first["username"] = handle
        if handle in KNOWN and "full_name" in first:
            first["full_name"] = KNOWN[handle]
            if isinstance(first.get("followers"), int):
                first["followers"] = rng.randint(5_000_000, 60_000_000)
        for i, user in enumerate(users[1:]):
            user["username"] = handle + _AFTER[i % len(_AFTER)]

    return step
