"""English words of endpoint names and descriptions, by wordninja's word list (`word_list`).

`words_of(text)` splits camelCase, snake_case and glued runs ("unlockconnector" -> unlock
connector) and says which tokens are no English word; `split_glued` is the glued-run
splitter (a Zipf-cost split over the list's most frequent `VOCABULARY_SIZE` words, as
wordninja splits, with short fragments refused). Without wordninja installed every token
reads as a word, so callers judge by structure alone. Deterministic, no network.
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache
from typing import NamedTuple

from toolgen.registry.word_list import listed_words, word_ranks

VOCABULARY_SIZE = 60_000
# Short runs of letters deep in the list are fragments ("cus", "lars"), not words.
_SHORT_WORD_RANK = 12_000
_LOG_SIZE = math.log(VOCABULARY_SIZE)
_MAX_GLUED = 40

# Words that read as English although the unigram list lacks them or ranks them low.
_EXTRA_WORDS = frozenset({"api", "id", "ids", "url", "urls", "ip", "sms", "pdf", "csv", "json",
                          "ocr", "tts", "qr", "vin", "iban", "isbn", "nft", "crypto", "ev",
                          "email", "emails", "login", "logout", "signup", "webhook", "emoji",
                          # common API words below wordninja's cut ("refund" is not
                          # "ref und", "subtotal" not "sub total")
                          "refund", "refunds", "refunded", "subtotal", "subtotals", "payout",
                          "payouts", "cashback", "invoice", "invoices", "invoiced", "hashtag",
                          "hashtags", "wishlist", "workflow", "workflows", "voicemail",
                          # a help desk's people: not "res ponder" (ToolBench seed 61 #0)
                          "responder", "responders", "requester", "requesters",
                          "requestor", "requestors"})
FUNCTION_WORDS = frozenset({"a", "an", "all", "by", "of", "to", "my", "in", "on", "the",
                            "for", "at", "and", "or", "with", "from", "is", "it", "as", "per",
                            "via", "into"})
URL_JUNK = frozenset({"http", "https", "www", "com", "net", "org", "io", "co", "p",
                      "rapidapi", "html", "php", "asp", "aspx", "xml", "v", "api", "apis",
                      "endpoint", "endpoints"})
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
TOKEN = re.compile(r"[^\W\d_]+")


class Words(NamedTuple):
    """A text's words, lower case, with glued runs split ("unlockconnector" -> unlock
    connector). A named tuple: every name and description of a corpus makes one, and a
    frozen dataclass is slow to make."""

    words: tuple[str, ...]
    glued: bool  # a run of three or more words, or one led by a verb ("getsleepreport")
    unknown: tuple[str, ...]  # tokens that are no English word and split into none


# -- words -------------------------------------------------------------------------------

def words_of(text: str, split: bool = True, verbs: frozenset[str] = frozenset()) -> Words:
    """The words of a name or description (camelCase and snake_case split; glued runs too
    unless `split` is false, as for descriptions, whose words are seldom glued). A run
    split in three or more words, or led by one of `verbs` (among its first four words),
    makes the text `glued`."""
    return _words(text, split, verbs)


@lru_cache(maxsize=65536)
def _words(text: str, split: bool, verbs: frozenset[str]) -> Words:
    known = _ranks()
    if not _ranked():  # no word list installed: judge by structure only, every word reads
        tokens = [t.lower() for t in TOKEN.findall(CAMEL.sub(" ", text))]
        return Words(tuple(tokens), False, ())
    if not split:
        tokens = TOKEN.findall(text.lower())
        return Words(tuple(tokens), False, tuple(
            t for t in tokens if len(t) >= 3 and t not in known and t not in URL_JUNK))
    out: list[str] = []
    unknown: list[str] = []
    glued = False
    for token in TOKEN.findall(CAMEL.sub(" ", text)):
        low = token.lower()
        if len(low) < 3 or low in known or low in URL_JUNK:
            out.append(low)
            continue
        parts = split_glued(low) if split else ()
        if parts:
            out.extend(parts)
            glued = glued or len(parts) >= 3 or any(p in verbs for p in parts[:4])
        else:
            out.append(low)
            unknown.append(low)
    return Words(tuple(out), glued, tuple(unknown))


def able_word(token: str) -> bool:
    """An -able adjective of a known verb is one word ("billable", "bookable",
    "cancellable"), never "bill able" (ToolBench seed 5766738 #5)."""
    if not token.endswith(("able", "ible")) or len(token) < 7:
        return False
    known = _ranks()
    stem = token[:-4]
    return (stem in known or stem + "e" in known
            or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in known))


def english_words(w: Words) -> list[str]:
    """The English words of three letters or more (not function or URL words)."""
    return [x for x in w.words if len(x) >= 3 and x not in FUNCTION_WORDS and x not in URL_JUNK
            and x not in w.unknown and is_known(x)]


def is_known(word: str) -> bool:
    return word in _ranks() or not _ranked()


@lru_cache(maxsize=4096)
def misspelt(word: str) -> bool:
    """`word` is not English but one letter changed, or two next ones swapped, makes a
    common word ("cecurity" -> security). New words ("ebook", "userinfo") are left as
    words: they are no near miss of one."""
    listed = word_ranks()
    if (len(word) < 5 or not word.isalpha() or not word.isascii() or word in listed
            or word[:-1] in listed or word[:-2] in listed):
        return False  # a listed word, or one with a suffix ("influencer", "tickers")
    ranks = _ranks()
    near = (word[:i] + c + word[i + 1:] for i in range(len(word)) for c in _LETTERS)
    swapped = (word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1))
    return any(ranks.get(w, VOCABULARY_SIZE) < _SHORT_WORD_RANK
               for gen in (near, swapped) for w in gen)


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=65536)
def split_glued(token: str) -> tuple[str, ...]:
    """The English words a lowercase run is made of ("unlockconnector" -> unlock
    connector), or () when it is not one: every part a common word (a short part among
    the most frequent), no function word at either end."""
    if not token.isascii() or len(token) > _MAX_GLUED:
        return ()
    ranks = _ranks()
    n = len(token)
    best: list[tuple[float, int]] = [(0.0, 0)] + [(math.inf, 0)] * n
    for end in range(1, n + 1):
        for start in range(max(0, end - 20), end):
            part = token[start:end]
            if part not in ranks:
                continue  # most pieces of a run are no word: `_cost` would say None
            cost = _listed_cost(part)
            if cost is not None and best[start][0] + cost < best[end][0]:
                best[end] = (best[start][0] + cost, start)
    if math.isinf(best[n][0]):
        return ()
    parts: list[str] = []
    end = n
    while end > 0:
        start = best[end][1]
        parts.append(token[start:end])
        end = start
    parts.reverse()
    if len(parts) < 2 or parts[0] in FUNCTION_WORDS or parts[-1] in FUNCTION_WORDS:
        return ()
    return tuple(parts)


# -- the word list -----------------------------------------------------------------------

@cache
def _ranked() -> tuple[str, ...]:
    """wordninja's English words, most frequent first (empty if it is not installed)."""
    return tuple(w for w in listed_words()[:VOCABULARY_SIZE] if w.isalpha())


@cache
def _ranks() -> dict[str, int]:
    """Each known word's frequency rank (the extra and function words rank last)."""
    ranks = {w: i for i, w in enumerate(_ranked())}
    for word in _EXTRA_WORDS | FUNCTION_WORDS:
        ranks.setdefault(word, VOCABULARY_SIZE)
    return ranks


# Keyed on listed words only (`split_glued` asks after `part in ranks`): bounded by the
# vocabulary, and each glued run asks the same few dozen parts again.
@cache
def _listed_cost(part: str) -> float | None:
    return _cost(part, _ranks())


def _cost(part: str, ranks: dict[str, int]) -> float | None:
    """The Zipf cost of `part` as a word of a glued run (rarer is dearer, as wordninja
    splits), None when it cannot be one: short parts only among the most frequent words
    (the list's long tail holds fragments: "cus", "lars"), one or two letters only as
    function words."""
    rank = ranks.get(part)
    if rank is None:
        return None
    if len(part) <= 2 and part not in FUNCTION_WORDS:
        return None
    if len(part) <= 4 and rank >= _SHORT_WORD_RANK and part not in FUNCTION_WORDS | _EXTRA_WORDS:
        return None
    return math.log((rank + 1) * _LOG_SIZE)


# -- what cannot be said ---------------------------------------------------------------------

_NAME_TOKEN = re.compile(r"[A-Za-z0-9]+")
_MIXED = re.compile(r"(?=.*[A-Za-z])(?=.*\d)")
# A lone lowercase letter set off by punctuation: what is left of a truncated word.
_STRAY = re.compile(r"(?<![A-Za-z'0-9])[b-hj-wB-HJ-W](?![A-Za-z'0-9])")
_POSSESSIVE = re.compile(r"'s\b")
# Lowercase codes people write as they are.
_CODES = frozenset({"uuid", "guid", "asin", "upc", "sku", "imei", "ean", "gtin", "iban", "bic",
                    "otp", "jwt", "cve", "dns", "ssl"})


def unsayable(name: str) -> tuple[str, ...]:
    """The tokens of a name no reader can say as written: letters glued to digits that are
    no code ("judget0"), a stray letter ("calorieninjas.p"), or a lowercase run that is no
    English word (in wordninja's whole list) and splits into none ("medarplay").
    Capitalised words ("Aadhaar", "Guna Milan") are names a person says as they are;
    acronyms ("MBTI") and versions ("v2") too."""
    text = _POSSESSIVE.sub("", name)
    out = [m.group(0) for m in _STRAY.finditer(text) if m.group(0).islower()]
    for token in _NAME_TOKEN.findall(CAMEL.sub(" ", text)):
        low = token.lower()
        if _MIXED.match(token):
            letters = TOKEN.findall(low)
            if (token.isupper() or re.fullmatch(r"v\d+", low) or len(letters) != 1
                    or len(letters[0]) < 3 or _listed(letters[0])):
                continue  # "ISO3", "v2", "B2B", "mp3": codes people write
            out.append(token)
        elif (token.islower() and len(low) >= 3 and not _listed(low) and low not in URL_JUNK
              and low not in _CODES
              and not _inflected(low) and not split_glued(low)):
            out.append(token)
    return tuple(out)


_SUFFIXES = ("ing", "ed", "es", "s", "er", "ers", "ly", "ment", "ments", "ness", "ation")


def _inflected(low: str) -> bool:
    """A known word with an everyday ending ("hailing": hail)."""
    return any(low.endswith(s) and len(low) - len(s) >= 3 and _listed(low[:-len(s)])
               for s in _SUFFIXES)


def _listed(low: str) -> bool:
    # wordninja's whole list (the glued-run splitter uses only its head): whether a rarer
    # word ("invoice", "retouching") is English at all.
    return low in word_ranks() or is_known(low)
