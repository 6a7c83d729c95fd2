"""A lookup's answer says what it found before any id, link or count that only points at it.

`facts_from` weighs an `id` above most fields, so a flight search whose items carry no
`name` was answered "there are 4 in all, the first with flight ID flg_fc030b" and a country
lookup "its country ID is cnt_08429c": bookkeeping where the content belongs. A person says
what the thing is ("4 in all, the first being Qantas, flight number AG5536") and adds a
reference in brackets at most. `content_first(facts, output, arguments)` moves bookkeeping
facts behind the content ones and, when none of the facts is content, takes the first
item's own words (its name-like fields first) from `output`.

A record-keeping remark or a placeholder (`executor.notes`: "For internal use only.",
"N/A") is dropped: it is neither content nor a reference.

Bookkeeping is what the judge's `ids_only` reads as such: ids, links, versions, `*_at`
stamps, counts and generated tag codes, plus values shaped like generated ids. A value the
call was sent is no news and is not content either.

Decides only which facts and in what order; the wording is `toolgen.agents.offline`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from toolgen.agents.offline import Fact, slot_label, value_text
from toolgen.agents.offline.clauses import role_of
from toolgen.agents.offline.labels import value_label
from toolgen.agents.policy.units import measured
from toolgen.executor.notes import is_note, said_words
from toolgen.executor.values import singular
from toolgen.records.paths import Leaf

# Last label words that only name, link, version or stamp a record.
_NAMING = frozenset({"id", "ids", "uuid", "guid", "url", "uri", "href", "link", "version",
                     "at", "key", "token", "hash", "slug", "page", "pages", "offset",
                     "limit", "cursor"})
# Generated ids ("flg_fc030b"), tag codes ("OK1119"), links and ISO stamps.
_ID_VALUE = re.compile(r"[a-z]{2,6}_(?=[a-z]*\d)[0-9a-z]{4,}|[A-Z]{2}\d{4}|https?://\S+|www\.\S+")
# Codes that are what a reader found, not a record's tag: a licence plate "LO6629" is
# what a plate reader reads (ToolBench seed 97 #18 said its vehicle type and region only).
_READ_CODES = frozenset({"plate"})
# Keys whose value says what an item is, then keys that say what kind it is: said
# first when nothing else is.
_NAMES = ("name", "title", "headline")
_CALLED_BY = ("airline", "brand", "model")
_CALLED = 2  # the ranks of `_NAMES` and `_CALLED_BY`
_NAME_WORDS = ("label", "city", "address",
               "country", "capital", "word", "text", "description", "summary", "type",
               "category", "genre", "artist", "author")
_LONGEST = 60
# Endpoint words too common to say the endpoint asks for that kind of value.
_NOT_ASKED = frozenset({"at", "page", "pages", "limit", "offset"})
_BY_ID = frozenset({"id", "ids", "uuid", "guid", "key", "slug"})
# An endpoint named for a link, a download or a picture asks for the link itself: the
# download link "came back with nothing else in it" had its download_url unsaid.
_LINK_ASKED = frozenset({"link", "links", "url", "urls", "download", "downloads",
                         "thumbnail", "thumbnails", "avatar", "logo", "qr", "preview",
                         "shorten", "shortener", "short", "permalink"})
_LINK_WORDS = frozenset({"url", "uri", "href", "link"})
# Keys that hold records without saying what they are ("data name" says nothing).
_CONTAINERS = frozenset({"data", "items", "item", "info", "result", "results", "records",
                         "record", "response", "output", "payload", "entries", "details"})


def bookkeeping(fact: Fact, asked: frozenset[str] = frozenset()) -> bool:
    """Whether `fact` only points at, dates or counts its record (see the module doc).
    A fact named by a word in `asked` (the endpoint's own words: a container code
    reader's code, a link shortener's url) is what was asked, not bookkeeping."""
    words = fact.label.lower().split()
    if words and (words[-1] in asked or words[-1] in _READ_CODES):
        return False
    if not words or words[-1] in _NAMING or role_of(fact) == "count":
        return True
    return _ID_VALUE.fullmatch(fact.value.strip()) is not None


def content_first(facts: list[Fact], output: Any, arguments: Mapping[str, Any],
                  endpoint_words: frozenset[str] = frozenset()) -> list[Fact]:
    """`facts` with content before bookkeeping; a count comes first (a listing says how
    many, then names its first item). Fewer than two fresh content facts (not sent) are
    completed by the first item's own words from `output`, so an answer that drops one
    as said already still has content to say. When nothing is fresh content (a result
    of ids and echoes), only the echoes: it is not reported by its ids."""
    sent = _sent(arguments)
    asked = _asked(endpoint_words)
    # a remark about who keeps a record ("For internal use only.") or a placeholder says
    # nothing of it: never said, as content or in brackets
    said = _said(endpoint_words, arguments)
    facts = [f for f in facts if not is_note(f.value, f.label, said)]
    content = [f for f in facts if not bookkeeping(f, asked)]
    if lead_count := any(role_of(f) == "count" for f in facts):
        # "the first is rated 3" says a digit a reader cannot place: an item's words first
        content = [*[f for f in content if not _bare_digit(f)],
                   *[f for f in content if _bare_digit(f)]]
    fresh = [f for f in content if f.value.lower() not in sent
             and not (lead_count and _bare_digit(f))]
    # a report's own summary speaks for it, not its first finding's title
    if len(fresh) < 2 and not any("summary" in f.label.lower() for f in fresh):
        # a figure said with its unit ("10232028.22 m/s") is that figure, said already
        taken = {v for f in facts for v in (f.value.lower(), f.value.lower().split(" ")[0])}
        more = _item_words(output, sent | taken, asked, said=said)[: 2 - len(fresh)]
        content = [*[f for f in content if f in fresh], *more,
                   *[f for f in content if f not in fresh]]
        if not any(f.value.lower() not in sent for f in content):
            # what was sent, said back ("it's Lionel Messi"); never only its ids
            return content or _item_words(output, taken, asked, said=said)[:1]
    lead = [f for f in facts if role_of(f) == "count"][:1]
    if lead and not any(f.label.lower().split()[-1:] in (["name"], ["title"])
                        for f in content):
        # a listing names its first item ("3 in all, the first with airline Iberia"),
        # not only its state or a date
        taken = {f.value.lower() for f in facts}
        content = [*_item_words(output, sent | taken, asked, _CALLED, said), *content]
    rest = [f for f in facts if bookkeeping(f, asked) and f not in lead]
    return [*lead, *content, *rest]


_STORE = re.compile(r"^visit the (.+) store$", re.I)


def _unwrapped(text: str, key: str) -> str:
    """A value as said: without its own key ("Fujifilm", not "brand Brand: Fujifilm") or
    a shop's link text ("Bioworld", not "brand Visit the Bioworld Store")."""
    if text.lower().startswith(key.lower() + ":"):
        return text[len(key) + 1:].strip()
    store = _STORE.match(text) if key.lower().endswith("brand") else None
    return store.group(1) if store else text


def _bare_digit(fact: Fact) -> bool:
    """A one- or two-digit figure ("rated 3", "with score 5")."""
    return fact.value.isdigit() and len(fact.value) <= 2


def _asked(endpoint_words: frozenset[str]) -> frozenset[str]:
    """The bookkeeping words the endpoint's name asks for; an id the name reads by
    (`playlist_by_id`) is what the user gave, not what they asked."""
    asked = endpoint_words - _NOT_ASKED
    if asked & _LINK_ASKED:
        asked |= _LINK_WORDS
    return asked - _BY_ID if "by" in endpoint_words else asked


def _said(endpoint_words: frozenset[str], arguments: Mapping[str, Any]) -> frozenset[str]:
    """The words the call says (`notes.said_words`): a description of nothing but them
    ("A delete todo.") is no content."""
    return said_words("_".join(sorted(endpoint_words)), dict(arguments))


def _sent(arguments: Mapping[str, Any]) -> set[str]:
    return {value_text(v).lower() for v in arguments.values()
            if isinstance(v, str | int | float) and not isinstance(v, bool)}


def _item_words(output: Any, skip: set[str], asked: frozenset[str],
                rank_below: int = 5, said: frozenset[str] = frozenset()) -> list[Fact]:
    """Up to two content facts of the output's first item: name-like fields first, then
    any short text or figure under a key that is not bookkeeping (only the ranks below
    `rank_below`: `_CALLED` keeps what an item is called)."""
    found: list[tuple[int, int, Fact]] = []
    # only the first item of a list speaks for it
    for order, (parts, value) in enumerate(_first_item_leaves(output)):
        keys = [p for p in parts if isinstance(p, str)]
        if not keys or isinstance(value, bool) or not isinstance(value, str | int | float):
            continue
        text = value_text(value).strip()
        text = _unwrapped(text, keys[-1])
        # the tests that need no label first: most leaves of a result are skipped here
        if not text or len(text) > _LONGEST or text.lower() in skip:
            continue
        rank = _rank(keys[-1].lower(), isinstance(value, str))
        if rank >= rank_below:
            continue
        # one item of a list of values is one of them: "open port 8080", not "8080 open
        # ports" (a count's wording)
        label = singular(_label(keys)) if isinstance(parts[-1], int) else _label(keys)
        fact = Fact(label=value_label(label, text), value=text)
        if bookkeeping(fact, asked) or is_note(text, keys[-1], said):
            continue
        found.append((rank, order, fact))
    found.sort(key=lambda t: (t[0], t[1]))
    out: list[Fact] = []
    for _, _, fact in found:
        if all(fact.value.lower() != f.value.lower() for f in out):
            out.append(measured(fact))
        if len(out) == 2:
            break
    return out


# Asked for every leaf of every first item; the same few hundred keys come back.
@lru_cache(maxsize=4096)
def _rank(low: str, text: bool) -> int:
    """How well a leaf under key `low` says what its item is: a name, what it is called
    by, a naming word, any other text, a figure (0 best)."""
    return 0 if any(low.endswith(w) for w in _NAMES) else (
        1 if any(low.endswith(w) for w in _CALLED_BY) else (
            2 if any(low.endswith(w) for w in _NAME_WORDS) else (3 if text else 4)))


def _first_item_leaves(node: Any, parts: tuple[str | int, ...] = ()) -> Iterator[Leaf]:
    """`walk_leaves` of `node` without the items after the first of any list, in the same
    order: a long result list is read once for its first item, not walked to the end."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _first_item_leaves(value, (*parts, str(key)))
    elif isinstance(node, list):
        if node:
            yield from _first_item_leaves(node[0], (*parts, 0))
    else:
        yield parts, node


def _label(keys: list[str]) -> str:
    """A leaf's label; a bare `name` or `title` says whose ("airport name")."""
    label = slot_label(keys[-1])
    if len(keys) > 1 and keys[-1].lower() in ("name", "title") and (
            keys[-2].lower() not in _CONTAINERS):
        parent = keys[-2]
        label = f"{slot_label(parent[:-1] if parent.endswith('s') else parent)} {label}"
    return label
