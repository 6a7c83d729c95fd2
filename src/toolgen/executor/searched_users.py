"""People found by a handle: the first is that handle's account.

ToolBench seed 83 #15: a TikTok user search for "mkbhd" answered `samuel_morales` and
`christine_bradley`, and the answer said "the first being Samuel Morales". `users_found`
makes the first account of a user search sent a handle that handle's own: its username,
and the name it belongs to: a well-known one's (with a following of millions), or the
person a `first_last` handle names. A word searched ("travel") names no account. In
place, deterministic.
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
# Arguments that ask for a page past the first (a cursor, a page number, an offset).
_LATER = frozenset({"cursor", "page", "offset", "next_cursor", "max_cursor", "page_token",
                    "start", "skip", "page_number"})
_USER_WORDS = re.compile(r"\b(?:users?|accounts?|profiles?|people|creators?)\b")
_SEARCH_WORDS = re.compile(r"\b(?:search|find|lookup|look up)\b")
# Handles a user names, and whose accounts they are.
_KNOWN = {"natgeo": "National Geographic", "mkbhd": "Marques Brownlee", "nasa": "NASA",
         "bbcnews": "BBC News", "gordonramsay": "Gordon Ramsay", "jamieoliver": "Jamie Oliver",
         "therock": "Dwayne Johnson"}


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
        if any(normalize_key(k) in _LATER and v not in (None, "", 0, 1, "0", "1")
               for k, v in args.items()):
            return  # a later page: the account was found on the first
        handle = sent.lstrip("@").lower()
        named = _KNOWN.get(handle) or _named(handle)
        if named is None:
            return  # "travel" is a topic searched, not someone's handle
        users = next((v for v in output.values() if isinstance(v, list) and v
                      and all(isinstance(u, dict) and "username" in u for u in v)), None)
        if users is None:
            return
        first = users[0]
        first["username"] = handle
        if "full_name" in first:
            first["full_name"] = named
        if handle in _KNOWN and isinstance(first.get("followers"), int):
            first["followers"] = rng.randint(5_000_000, 60_000_000)

    return step


def _named(handle: str) -> str | None:
    """The person a `first_last` or `first.last` handle names ("john_doe92" -> John Doe),
    or None for a handle that names no one."""
    parts = [p for p in re.split(r"[_.]", re.sub(r"\d+$", "", handle)) if p]
    if len(parts) != 2 or not all(p.isalpha() and len(p) > 1 for p in parts):
        return None
    return " ".join(p.title() for p in parts)
