"""The values a parameter's own description lists as its options.

"The dietary restrictions, e.g., 'vegan', 'gluten-free'", "The statistical category (e.g.,
employment, crime, health)", "Options: 'single', 'double', 'deluxe', etc.", "Can be
'delete' or 'add'", "Type of the order (Buy/Sell)": a free-text parameter whose
description lists what it takes is, to a user, a choice among those.
`listed_options(description)` gives them in order (empty when the description lists
nothing); format templates ("'XX123'", "YYYY-MM-DD") and fragments of a sentence are not
options. `closed_list` and `takes_listed` say whether the list is what the parameter takes
("“us” analyzes North-American style plates. “eu” analyzes European-style plates.") or
only examples of it ("a city, e.g. 'Paris', 'London'").
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolgen.records import Parameter

# What introduces a list of options, and the list itself (up to the end of the clause).
_INTRO = re.compile(
    r"(?:\be\.?\s?g\.?|\beg\b|for example|for instance|such as|\boptions?\b(?: are)?|"
    r"one of(?: the following)?|can be(?: either)?|either|possible values?(?: are)?|"
    r"valid values?(?: are)?|allowed values?(?: are)?|values?:|supported values?:?|"
    r"\bex\b|i\.e\.)\s*[,:(]?\s*(?P<list>[^.;()\n]*(?:\.\w[^.;()\n]*)*)",
    re.I)
_ONLY_SUPPORTED = re.compile(r"\b(?:currently|only) supported\b|\bsupported only\b"
                             r"|\bonly supports?\b", re.IGNORECASE)
_SLASHED = re.compile(r"\((\w+(?: \w+)?(?:\s?/\s?\w+(?: \w+)?)+)\)")
_QUOTED = re.compile(r"['\"`‘“]([^'\"`’”\n]{1,40})['\"`’”]")
_SPLIT = re.compile(r"\s*(?:,|\bor\b|\band\b|/|\|)\s*", re.I)
_TAIL = re.compile(r"\s*(?:etc\.?|and so on|\.\.\.|…)\s*$", re.I)
_TEMPLATE = re.compile(r"^(?:[XYMDHS]{2,}[\w\-:/]*|[A-Z]{2}\d+|<[^>]+>|\{[^}]+\})$")
_DATE_TEMPLATE = re.compile(r"yyyy|\bmm\b|\bdd\b|hh:mm", re.I)
# Words a listed option never starts with: the list ran on into the sentence.
_NOT_OPTION = frozenset({"the", "a", "an", "if", "is", "are", "this", "that", "which", "when",
                         "default", "defaults", "not", "it", "will", "be", "to", "in", "of",
                         "for", "with", "by", "all", "any", "none", "null", "empty",
                         "specified", "provided", "optional", "required", "etc"})
# Type names a description quotes (Kloudless: "`boolean` (optional)"): never a value.
TYPE_NAMES = frozenset({"boolean", "bool", "string", "str", "integer", "int", "array",
                        "object", "dict", "null", "optional", "required", "enum"})
_MAX_WORDS = 4
_MAX_CHARS = 40


@lru_cache(maxsize=16384)
def listed_options(description: str) -> tuple[str, ...]:
    """The options `description` lists, quoted ones first; () when it lists none."""
    if not description:
        return ()
    found: list[str] = []
    for m in _INTRO.finditer(description):
        listed = m.group("list")
        quoted = _QUOTED.findall(listed)
        if quoted:
            found += [q for q in (_clean(q) for q in quoted) if _option(q)]
            continue
        items = [_clean(i) for i in _SPLIT.split(_TAIL.sub("", listed)) if i.strip()]
        # Why: an unquoted "list" with one prose item is a sentence ("for example, to
        # limit results ..., use the site: operator"), not options.
        if items and all(_option(i) for i in items):
            found += items
    out = found or [q for q in (_clean(q) for q in _QUOTED.findall(description))
                    if _option(q)]
    if not out and len(description.split()) <= 10 and (
            slashed := _SLASHED.search(description)):
        # "Type of the order (Buy/Sell)." lists its two options: no "market" order type
        # (BFCL seed 71 #32); a long sentence's "(Lat/Lng)" says a format
        out = [o for o in (_clean(o) for o in slashed.group(1).split("/")) if _option(o)]
    return tuple(dict.fromkeys(out))


def _clean(item: str) -> str:
    return _TAIL.sub("", item.strip().strip("'\"`‘’“”")).strip().rstrip(",:")


def _option(item: str) -> bool:
    words = item.split()
    if not 1 <= len(words) <= _MAX_WORDS or len(item) > _MAX_CHARS:
        return False
    if item.lower() in TYPE_NAMES or words[0].lower() in _NOT_OPTION or _TEMPLATE.match(
            item) or _DATE_TEMPLATE.search(item):
        return False
    if re.search(r"[/_<>=\\]|^-|:\s", item):  # a path, an identifier, a note: no option
        return False
    return any(ch.isalnum() for ch in item)


_EXAMPLES = re.compile(r"\b(?:e\.?g\.?|for example|for instance|such as|example|like)\b",
                       re.IGNORECASE)


def closed_list(description: str) -> bool:
    """Whether `description` lists two options or more as all the parameter takes, not as
    examples of it; or one it says is all that is supported (Webit's grammar check:
    'Currently supported: "en"', sent Japanese from a translation: seed 71 review)."""
    options = len(listed_options(description))
    if _EXAMPLES.search(description):
        return False
    return options >= 2 or (options == 1 and _ONLY_SUPPORTED.search(description) is not None)


def only_supported(description: str) -> bool:
    """Whether the description names what alone is supported ('Currently supported:
    "en"'): that choice outranks what the parameter's name means (a language)."""
    return _ONLY_SUPPORTED.search(description) is not None and closed_list(description)


def takes_listed(param: Parameter) -> bool:
    """Whether `param` takes only the options its description lists: a place drawn for the
    record (its country) never replaces one, nor does a value another tool returned."""
    return closed_list(param.description or "")
