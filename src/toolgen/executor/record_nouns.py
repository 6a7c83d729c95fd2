"""What an endpoint's records are called: the noun of an inferred shape.

`record_noun(endpoint, info)` names the records of a shape ToolGen infers (`fetchanote`
holds notes, `google_books_search` books); `text_noun` is the noun made-up names and
sentences use; `NOT_NOUNS` are the words of a name or path that name no record (times,
adjectives, verbs, brands).
"""

from __future__ import annotations

import re

from toolgen.executor.actions import VERB_WORDS as _LEADS
from toolgen.executor.actions import EndpointInfo
from toolgen.executor.checked_one import ONE_THINGS
from toolgen.executor.glued import unglue
from toolgen.executor.values import STOP_WORDS, singular
from toolgen.records import Endpoint

_WORD = re.compile(r"[a-z]+")

# Words an endpoint's name or path holds that name no record: times, adjectives, verbs,
# brands. A reviewer reading `todays[0].today_id` or `googles` sees a made-up shape.
NOT_NOUNS = frozenset(" ".join((
    "today tomorrow yesterday now daily weekly monthly yearly hourly latest recent upcoming",
    "index default base full extra general civil european us uk all any each other final",
    "highest lowest shortest longest average total historical electric magnetic corporate",
    "verify validate validation verification check calc calculate solve generate run play return",
    "compute convert evaluate predict estimate analyze analyse translate recognize detect",
    "google amazon facebook twitter instagram tiktok youtube bing yahoo microsoft apple",
    "openlibrary spotify walmart uber reit agri remote simple quick fast free bulk multi",
    "this these that using you your get gets hello welcome open next about within yes basic",
    "popular local public nested expired detailed custom nearby near locator",
    # which of a thing's ids a key is (TikTok's `unique_id` is a user's), not a thing
    "unique external internal primary",
)).split())


def record_noun(endpoint: Endpoint, info: EndpointInfo) -> str:
    """What the records of an inferred shape are called.

    The endpoint's entity when it is a noun; for a list, the plural its name states
    (`google_books_search` lists books, `get_today_s_events` events); else the last
    noun of its name; else `item`.
    """
    head = endpoint.function_name.split("_for_", 1)[0].lower()
    looked_up = head.split("_by_", 1)[0]
    # `get_list_stock_by_country` lists stocks, not the countries it is looked up by
    # (ToolBench seed 71 #18): its entity, read off the whole name, is not its record
    before_by = _nouns(looked_up) if looked_up != head else []
    by = bool(before_by)
    nouns = before_by if by else _nouns(head)
    if info.action == "list":
        listed = [w for w in nouns if singular(w) != w]
        if listed:
            return singular(listed[-1])
    aspects = [w for w in nouns if w in ONE_THINGS] if info.action == "get" else []
    if aspects:  # a museum's opening hours on a day: one row of hours, not the museum
        return singular(aspects[-1])
    e = info.entity or ""
    if is_noun(e) and not by:
        return e
    return singular(nouns[-1]) if nouns else (e if is_noun(e) else "item")


def _nouns(head: str) -> list[str]:
    words = [p for w in _WORD.findall(head.replace("_", " ")) for p in unglue(w, _LEADS)]
    return [w for w in words  # "fetchamatch": a match
            if len(w) > 2 and w not in STOP_WORDS and w not in NOT_NOUNS
            and singular(w) not in NOT_NOUNS]


def is_noun(entity: str) -> bool:
    """Whether an inferred entity names a record (`file`), not a path letter or a time."""
    return len(entity) > 2 and entity.isalpha() and entity not in NOT_NOUNS


def text_noun(endpoint: Endpoint, info: EndpointInfo) -> str:
    """The noun an endpoint's made-up names and sentences use ("Prague File", not "F")."""
    return info.entity if is_noun(info.entity) else record_noun(endpoint, info)
