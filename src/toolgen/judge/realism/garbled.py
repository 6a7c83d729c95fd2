"""User text that recites the tool's identifier fragments instead of asking in English.

"Would you help me check judget0 and find out about the p for the calorieninjas?": no
person writes a letter-digit fragment of an endpoint name ("judget0"), "the p" (a
one-letter piece of `calorieninjas_p`) or a lower-case glued run of a function name
that is no English word ("calorieninjas") as the thing they want. A reviewer reads such
a request as capability words garbled into a sentence. Kind `garbled_request`.

A token is garbled when it is a piece of an offered function's name and, in the user's
text, is one of: a run of letters broken by digits, a lone letter after "the", or a
lower-case token that is no English word and splits into no English words either (a
verb formed as apps form them, "unfollow", "hangup", is a word).
Tokens the user hands over as values (they stand in a call's arguments) are left alone:
"ABC123" as an order number is a value, not a garbled word. Three more tells: "the" before a
possessive ("upload the files for the your") and two pieces of one function name recited
as "the A for the B" where one is no thing a person asks for ("the plane for the elon"
from `elon_plane_for_musk_plane`, "the indian for the note", "the full for the market"),
and an endpoint's verb read as a thing with the next piece of its name ("check the
define custom period" from `define_custom_period`, "save the find nearby").
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.vocabulary import is_word, offered, trained_calls, words_in
from toolgen.judge.view import RecordView
from toolgen.records import Finding
from toolgen.registry.english import split_glued

NAME = "garbled"

_TOKEN = re.compile(r"(?<![\w@/.#-])([A-Za-z][A-Za-z0-9]*)(?![\w@/-]|\.\w)")
_THE_LETTER = re.compile(r"\bthe ([b-hj-z])\b(?![.'’-])")
_DIGIT_BREAK = re.compile(r"[a-z]{3,}\d+[a-z]*")
_THE_POSSESSIVE = re.compile(r"\bthe (your|ur|my|our|their|his|its)\b")
_THE_PAIR = re.compile(r"\bthe ([a-z]+) (?:for|of) (?:the )?([a-z][a-z0-9]*)\b")
# "the define custom period", "the find nearby": an endpoint's leading verb read as if it
# named a thing (verbs that are also nouns, "the search results", are left out).
_THE_VERB = re.compile(r"\bthe (define|find|get|create|fetch|retrieve|generate|calculate"
                       r"|convert|validate|verify|delete|add|save) ([a-z]+)\b")
# Words a request does not use as "the <thing>": adjectives and verbs of endpoint names.
_NOT_THINGS = frozenset({"full", "ask", "get", "set", "make", "do", "check", "find",
                         "fetch", "retrieve", "search", "show", "create", "update", "delete",
                         "add", "remove", "each", "every", "some", "any", "new", "old",
                         "random", "single", "multiple", "specific", "general", "global",
                         "local", "public", "private", "live", "real", "by", "with"})
_ADJECTIVE_ENDINGS = ("ian", "ful", "ous", "ive", "ical", "less", "able", "ible")


_OFFERED_SETS = 64
"""Offered sets remembered: a run's records nearly never share one (no hit in 1,500
ToolBench records), so a larger cache only held ~3 KB per record, 13 MB per process at
4,096 sets."""


def _name_pieces(view: RecordView) -> frozenset[str]:
    """Lower-case pieces of every offered endpoint name (split on `_`, `.`, `-`, case)."""
    return _pieces_of(tuple(offered(view)))


@lru_cache(maxsize=_OFFERED_SETS)
def _pieces_of(names: tuple[str, ...]) -> frozenset[str]:
    # The names alone decide: worked out once per offered set (a repaired record offers it again),
    # from each name's pieces, worked out once per name (sets vary, names recur).
    return frozenset().union(*map(_pieces_of_name, names))


@lru_cache(maxsize=16384)
def _pieces_of_name(name: str) -> frozenset[str]:
    pieces: set[str] = set()
    # The endpoint part only: "spotify" in `..._for_spotify` is a service a user names.
    for part in re.split(r"[_.\-]+", name.split("_for_", 1)[0]):
        if part:
            pieces.add(part.lower())
            pieces.update(words_in(part))
    return frozenset(pieces)


def _name_splits(view: RecordView) -> list[frozenset[str]]:
    """The pieces of each offered function name, one set per function."""
    return list(_splits_of(tuple(offered(view))))


@lru_cache(maxsize=_OFFERED_SETS)
def _splits_of(names: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    return tuple(map(_split_of, names))


@lru_cache(maxsize=16384)
def _split_of(name: str) -> frozenset[str]:
    return frozenset(words_in(name.replace("_", " ").replace(".", " ")))


def _recited_pair(a: str, b: str, splits: list[frozenset[str]]) -> bool:
    """"the plane for the elon", "the indian for the note": two pieces of one function
    name recited as a thing and its owner, one of them no thing a person asks for."""
    if a == b or len(a) < 3 or len(b) < 3 or not any(a in split and b in split
                                                      for split in splits):
        return False
    return (a in _NOT_THINGS or a.endswith(_ADJECTIVE_ENDINGS) or not is_word(a)
            or not is_word(b))


def recited(text: str, splits: list[frozenset[str]]) -> list[str]:
    """Phrases of one user message that recite a function name rather than ask."""
    if "the " not in text:
        return []  # both patterns start with "the ", as written (case-sensitive)
    found = [m.group(0) for m in _THE_POSSESSIVE.finditer(text)]
    found += [m.group(0) for m in _THE_PAIR.finditer(text)
              if _recited_pair(m.group(1), m.group(2), splits)]
    found += [m.group(0) for m in _THE_VERB.finditer(text)
              if any(m.group(1) in split and m.group(2) in split for split in splits)]
    return found


def _given(view: RecordView) -> str:
    """What the calls carry (the values a user gave), lower-cased."""
    texts = [c.arguments for c in trained_calls(view)]
    return " ".join(str(v) for args in texts for v in args.values()).lower()


_PARTICLES = ("up", "out", "off", "in", "on")


def _wordish(low: str) -> bool:
    """A word, or one formed as people form verbs of apps: "un" before a word
    ("unfollow", "unmute"), a particle after one ("hangup", "checkout")."""
    if is_word(low):
        return True
    if low.startswith("un") and len(low) >= 6 and is_word(low[2:]):
        return True
    return any(low.endswith(p) and len(low) - len(p) >= 3 and is_word(low[:-len(p)])
               for p in _PARTICLES)


def garbled_tokens(text: str, pieces: frozenset[str], given: str) -> list[str]:
    """The garbled tokens of one user message."""
    found: list[str] = []
    # `_THE_LETTER` starts with "the ", as written: most requests can skip its scan
    for m in _THE_LETTER.finditer(text) if "the " in text else ():
        if m.group(1) in pieces:
            found.append(f"the {m.group(1)}")
    for token in _TOKEN.findall(text):  # its one group: the token
        low = token.lower()
        if low not in pieces or low in given or _wordish(low):
            continue
        if (_DIGIT_BREAK.fullmatch(low) and not is_word(low.rstrip("0123456789"))) or (
                token.islower() and len(low) >= 6 and low.isalpha()
                and not split_glued(low)):
            found.append(token)
    return found


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    pieces = _name_pieces(view)
    splits = _name_splits(view)
    given: str | None = None
    out: list[Finding] = []
    for i, m in enumerate(view.record.messages):
        if m.role != "user" or not m.content or m.weight == 0:
            continue
        if given is None:
            given = _given(view)
        bad = garbled_tokens(m.content, pieces, given) + recited(m.content, splits)
        if bad:
            out.append(finding(NAME, "garbled_request", i,
                               f"the request recites pieces of a function name: "
                               f"{', '.join(repr(b) for b in bad[:3])}"))
    return out
