"""Words glued into one identifier, split back: "createanote" -> create a note.

Corpus endpoint names are often several words run together ("listallaccounts",
"viewallscreeningsresult", "wisdomoftheday"); a person never says them. `unglue` splits
one such token with wordninja's English unigram model, but only when the split is
credible: no one- or two-letter fragments other than small function words ("a", "all",
"of"), no function word at the end ("consulta" is not "consult a"), and either a known
leading verb or a function word inside ("wisdomoftheday"). Brand names
("youtube", "paypal") are words of the model and stay whole. Cached per token.

Used by the executor (an endpoint's entity: `cancelreservation` is about a reservation)
and by the offline language (what a user asks for).
"""

from __future__ import annotations

from functools import lru_cache

from toolgen.registry.word_list import ninja_split as ninja_split_words
from toolgen.registry.word_list import word_cost

_GLUE = frozenset({"a", "an", "all", "by", "of", "to", "my", "in", "on", "the", "for", "at"})
_MIN_LEN = 6
# A three-letter fragment must be a common word (wordninja cost; "day" 7.7, "cus" 12.6).
_COMMON = 11.0


@lru_cache(maxsize=65536)
def ninja_split(low: str) -> tuple[str, ...]:
    """wordninja's split of a lowercase token, once per token: `unglue` asks again for each
    set of `verbs`, and the judge (`realism.naming`) splits the same endpoint names."""
    return tuple(ninja_split_words(low))


@lru_cache(maxsize=65536)
def unglue(token: str, verbs: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The words of a glued lowercase token, or `(token,)` when it is one word (or the
    split is not credible). `verbs` are words that may lead a glued name ("create")."""
    low = token.lower()
    if len(low) < _MIN_LEN or not low.isascii() or not low.isalpha():
        return (token,)
    parts = ninja_split(low)
    if len(parts) == 2 and parts[0] in verbs and parts[1] in ("a", "an"):
        return parts[:1]  # "CreateaDRIVING_LICENSEdocument": the article before a capital run
    if len(parts) < 2 or parts[-1] in _GLUE or parts[0] in _GLUE:
        return (token,)
    if any(len(p) < 3 and p not in _GLUE for p in parts):
        return (token,)
    content = [p for p in parts if p not in _GLUE]
    if parts[0] in verbs and content[1:]:
        return parts  # "createanuploadurlforafile": a verb leads, whatever follows
    if any(len(p) == 3 and p not in _GLUE and word_cost(p, 99.0) > _COMMON for p in parts):
        return (token,)  # "panchang" is not "pan chang"
    # Without a leading verb only a phrase with a function word inside it is credible
    # ("wisdomoftheday", not "validatable" as "valid a table"); two glued nouns
    # ("hashtag", "blockchain") are often one word.
    if len(parts) >= 3 and any(p in _GLUE and p not in ("a", "an") for p in parts):
        return parts
    return (token,)
