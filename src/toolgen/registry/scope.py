"""The one country a tool's endpoint is scoped to, read from its function name.

`validate_usaddress`, `get_all_districts_of_a_city_in_vietnam_for_viet_nam_adm`, or
`fuel_price_by_city_for_daily_fuel_price_india`: such an endpoint takes places of one
country and answers about places there. `scoped_country(function_name)` reads it from
the API part of a ToolBench name (after `_for_`: any country word, as `us_geo_data`
says; a name without `_for_` is all API part) and from the endpoint part, where only a
country's own name counts ("in_vietnam", "canada_zip_code") or a glued or bare `us`/`uk`
before a place noun (`validate_usaddress`, `us_zip_lookup`), never a word that names a
language ("translate_to_french") or another thing (`contact_us`). Two-word names ("viet
nam", "new zealand") are read as one. One country or None (two named: a route between
countries, not a scope). Pure, cached.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

# Country nouns: they name the country wherever they stand.
COUNTRY_NOUNS = {
    "usa": "US", "america": "US", "india": "IN", "canada": "CA", "uk": "GB",
    "britain": "GB", "england": "GB", "france": "FR", "germany": "DE", "spain": "ES",
    "italy": "IT", "netherlands": "NL", "brazil": "BR", "mexico": "MX", "japan": "JP",
    "china": "CN", "korea": "KR", "australia": "AU", "egypt": "EG", "kenya": "KE",
    "poland": "PL", "argentina": "AR", "portugal": "PT", "ireland": "IE",
    "singapore": "SG", "thailand": "TH", "uae": "AE", "sweden": "SE", "norway": "NO",
    "denmark": "DK", "finland": "FI", "austria": "AT", "switzerland": "CH",
    "vietnam": "VN", "indonesia": "ID", "philippines": "PH", "malaysia": "MY",
    "nigeria": "NG", "pakistan": "PK", "bangladesh": "BD", "israel": "IL",
    "belgium": "BE", "greece": "GR", "colombia": "CO", "peru": "PE", "morocco": "MA",
    "ukraine": "UA", "russia": "RU", "romania": "RO", "hungary": "HU", "czechia": "CZ",
    "ghana": "GH", "ethiopia": "ET", "tanzania": "TZ", "uganda": "UG", "qatar": "QA",
    "nepal": "NP", "taiwan": "TW", "venezuela": "VE", "ecuador": "EC",
}
# Adjectives and short forms an API's own name uses for its country (`us_geo_data`,
# `indian_fuel`); in an endpoint's name they more often name a language or nothing.
API_WORDS = {
    **COUNTRY_NOUNS, "us": "US", "american": "US", "indian": "IN", "canadian": "CA",
    "british": "GB", "french": "FR", "german": "DE", "spanish": "ES", "italian": "IT",
    "dutch": "NL", "brazilian": "BR", "mexican": "MX", "japanese": "JP", "chinese": "CN",
    "korean": "KR", "australian": "AU", "egyptian": "EG", "kenyan": "KE", "turkey": "TR",
    "turkish": "TR", "polish": "PL", "irish": "IE", "dubai": "AE", "swedish": "SE",
    "swiss": "CH",
}
_PAIRS = {
    ("viet", "nam"): "VN", ("united", "states"): "US", ("united", "kingdom"): "GB",
    ("new", "zealand"): "NZ", ("south", "africa"): "ZA", ("south", "korea"): "KR",
    ("puerto", "rico"): "PR", ("sri", "lanka"): "LK", ("saudi", "arabia"): "SA",
    ("costa", "rica"): "CR", ("great", "britain"): "GB",
}
# What a short country word glued to or followed by it scopes: `usaddress`, `us_zip`.
_PLACE_NOUNS = ("address", "addresses", "zip", "zips", "zipcode", "zipcodes", "postcode",
                "postcodes", "postal", "state", "states", "city", "cities", "county",
                "counties", "street", "streets", "phone", "phones")
_SHORT = {"us": "US", "uk": "GB"}
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SPLIT = re.compile(r"[^A-Za-z0-9]+")


@lru_cache(maxsize=16384)
def scoped_country(function_name: str) -> str | None:
    """The one country code an endpoint's function name scopes it to, or None."""
    endpoint, _, api = function_name.partition("_for_")
    if not api:  # a name without an API part (BFCL, OpenAI tools) is read as one
        endpoint, api = "", function_name
    codes = _codes(_words(api), API_WORDS)
    codes |= _codes(_words(endpoint), COUNTRY_NOUNS) | _short_scoped(_words(endpoint))
    return next(iter(codes)) if len(codes) == 1 else None


def _words(text: str) -> list[str]:
    return [t.lower() for t in _SPLIT.split(_CAMEL.sub(" ", text)) if t]


def _codes(words: list[str], table: dict[str, str]) -> set[str]:
    found = {table[w] for w in words if w in table}
    found.update(code for pair, code in _PAIRS.items()
                 if pair in pairwise(words))
    return found


def _short_scoped(words: list[str]) -> set[str]:
    """`us`/`uk` glued to a place noun (`usaddress`) or standing before one (`us_zip`)."""
    found: set[str] = set()
    for i, word in enumerate(words):
        for short, code in _SHORT.items():
            glued = word.startswith(short) and word[len(short):] in _PLACE_NOUNS
            before = word == short and i + 1 < len(words) and words[i + 1] in _PLACE_NOUNS
            if glued or before:
                found.add(code)
    return found
