"""What a language argument holds: a language a person asks in, reads from or writes into.

A translator's source is a language text is written in ("en", "de", "fr"), its target
one it is wanted in; a locale is written "fr-FR" (or "fr_FR" as an id); a dictionary's
word lookup is in English (`registry.word_lookup`); an argument named `language` of a
code runner is a programming language. Upper-case codes where the description writes
them so (DeepL's "EN"). `language_value(key, tokens, description, about)` is the
planner's rule (`values_meaning._recipe`); None for no language argument. Pure.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from typing import Any

from toolgen.registry.word_lookup import looks_up_words

Draw = Callable[[random.Random], Any]

_CODE = re.compile(r"programming|compil|snippet|source code|interpreter|syntax highlight", re.I)
_LANG_SOURCE = ("en", "de", "fr")
_LANG_TARGET = ("es", "it", "ja", "pt", "nl", "fr", "de")
_LANG_ANY = ("en", "es", "fr", "de", "pt", "it", "ja", "nl")
_LOCALES = ("en-US", "fr-FR", "de-DE", "es-ES", "pt-BR", "ja-JP")
_UPPER_STRICT = re.compile(r"\b(?:EN|DE|FR|ES|IT|JA|PT|NL)\b")


def _choice(pool: Sequence[Any]) -> Draw:
    return lambda rng: rng.choice(pool)


def language_value(key: str, tokens: set[str], description: str, about: str) -> Draw | None:
    langish = key.endswith("lang") or bool(tokens & {"lang", "language", "languages", "locale"})
    translating = bool(tokens & {"from", "to", "source", "target", "src", "dest", "sl", "tl"}
                       ) and bool(re.search(r"translat", about, re.I))
    if not (langish or translating) or tokens & {"count", "level"}:
        return None
    if "locale" in tokens:
        return _choice(_LOCALES if "id" not in tokens else tuple(
            c.replace("-", "_") for c in _LOCALES))
    if "id" in tokens:
        return None
    if looks_up_words(about):  # the words it is asked about are English (`_query`)
        return _choice(("EN",) if _UPPER_STRICT.search(description) else ("en",))
    if _CODE.search(f"{about} {description}") and not re.search(r"translat|iso|639", about
                                                                 + description, re.I):
        return _choice(("python", "javascript", "java", "go"))
    source = bool(tokens & {"from", "source", "src", "input", "original", "sl"})
    # a translator's one language is the one it writes in: English text into "en" was asked
    target = bool(tokens & {"to", "target", "dest", "output", "tl"}) or (
        not source and re.search(r"translat", about, re.I) is not None)
    pool: tuple[str, ...] = _LANG_SOURCE if source else _LANG_TARGET if target else _LANG_ANY
    if _UPPER_STRICT.search(description) or re.search(r"deepl", about, re.I):
        pool = tuple(c.upper() for c in pool)
    return _choice(pool)
