"""English word forms the intents need: a word's casing as a user writes it, its plural
and singular, and whether an -ing or -er word is a thing or how something is done
("a booking" is a thing, "preparing" is not; "make a request finer" makes nothing)."""

from __future__ import annotations

from toolgen.registry.english import is_known

# -ing words that name things ("a booking", "the listing"), not what is being done.
_ING_NOUNS = frozenset({"booking", "listing", "meeting", "building", "setting", "rating",
                        "recording", "painting", "shipping", "pricing", "training", "parking",
                        "ranking", "holding", "wedding", "morning", "evening", "posting",
                        "reading", "string", "thing", "offering", "filing", "heading",
                        "warning", "earning", "drawing", "clothing", "housing", "lodging",
                        "mapping", "routing", "timing", "spelling", "screening", "opening",
                        "sibling", "ring", "king", "wing", "spring", "ping", "tracking",
                        "streaming", "marketing", "billing", "banking", "funding", "learning"})


def participle(word: str) -> bool:
    """"preparing", "pending": what is being done or how things stand, not a thing."""
    low = word.lower()
    if not (low.endswith("ing") and len(low) > 5 and low.isalpha()) or low in _ING_NOUNS:
        return False
    stem = low[:-3]
    return any(is_known(s) for s in (stem, stem + "e", stem[:-1]) if len(s) >= 3)


def resultative(after: list[str], last: str) -> bool:
    """"make a request finer": the object's last word is an adjective's -er form said of
    a noun before it (not "make a folder", whose -er word follows the article)."""
    low = last.lower()
    if not (low.endswith("er") and len(low) > 4 and low.isalpha()):
        return False
    at = next((k for k, w in enumerate(after) if w.lower() == low), 0)
    if at == 0 or after[at - 1].lower() in ("a", "an", "the", "your", "my", "new", "one"):
        return False
    return any(is_known(stem) for stem in (low[:-1], low[:-2], low[:-3]) if len(stem) >= 3)


def case_word(word: str) -> str:
    """Lowercase ordinary words; keep acronyms (SEO, JWT) and brand casing (YouTube)."""
    if not word.isascii() or len(word) < 2:
        return word
    if word.isupper():
        return word if len(word) <= 5 else word.lower()
    if any(c.isupper() for c in word[1:]):
        return word
    return word.lower()


def plural(word: str) -> str:
    low = word.lower()
    if not word.isascii() or low.endswith(("s", "data", "info", "news")) or not word.isalpha():
        return word
    if low.endswith("y") and low[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if low.endswith(("ch", "sh", "x")) else "s")


# Words whose last "s" is their own: "check the status of a scan for the scan statu"
# (ToolBench seed 31 #90) came of cutting it.
_OWN_S = frozenset({"bus", "series", "species", "news", "lens", "canvas", "alias", "atlas", "bias",
                    "chassis", "gas", "bonus", "campus", "census", "corpus", "status",
                    "virus", "radius", "analysis", "basis", "thesis", "axis", "dns", "sms",
                    "ios", "analytics", "physics", "economics", "lyrics", "politics"})


def singular(word: str) -> str:
    low = word.lower()
    if low in _OWN_S or low.endswith(("ss", "us", "is")):
        return word
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"
    if low[:-2] in _OWN_S or (low.endswith(("sses", "xes", "ches", "shes")) and len(low) > 4):
        return word[:-2]
    if low.endswith("s") and len(low) > 3:
        return word[:-1]
    return word
