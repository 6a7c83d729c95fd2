"""Which service an endpoint belongs to, and which ids one service may hand another.

An id a service issues means nothing to another service: a Twitch video id is no Vimeo
`video_id`, a ComfyFood recipe id no BigOven `recipeId`, a Weblasso scan id no other
port scanner's `scan_id`, though each pair shares a category and speaks of the entity.
Tools named after one service are one family (`tiktok_api` and
`tiktok_video_feature_summary`, `free_nba` and `api_nba`). Across families an id travels
only when it is a public standard (an ISBN, a ticker, an IATA code, a language code) or
when the receiving argument says whose ids it takes ("the YouTube video id").
Used by the graph's data-flow rule and by the judge's chain checks. Pure, no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolgen.graph.fields import singular, tokens
from toolgen.records import Endpoint, Parameter

# Words that name no service: "free_nba" and "api_nba" are the NBA, "simple_file_storage"
# is not "simple".
_VAGUE = frozenset({"free", "api", "apis", "simple", "unofficial", "official", "the", "my",
                    "v1", "v2", "v3", "data", "real", "time", "realtime", "easy", "fast",
                    "best", "get", "open", "public", "pro", "bfcl"})
_HASH = re.compile(r"^[0-9a-f]{6,}$")
_WORD = re.compile(r"[a-z0-9]+")

# Identifiers that are the same in every service: public registries and standards.
STANDARD_IDS = frozenset({
    "isbn", "issn", "doi", "pmid", "arxiv", "imdb", "iata", "icao", "symbol", "ticker",
    "isin", "cusip", "cik", "lei", "vin", "upc", "ean", "gtin", "cve", "md5", "sha1",
    "sha256", "hash", "ip", "mac", "domain", "url", "email", "phone", "iso", "zip",
    "postal", "postcode", "tracking", "wikidata", "geonames",
})
# Things whose code is a standard one (`language_code`, `flight_number`, a bare
# `currency`), though a service's own id of them is not (`country_id`).
_CODED = frozenset({"country", "currency", "language", "lang", "locale",
                    "timezone", "airport", "airline", "flight", "state"})
_CODE_WORDS = frozenset({"code", "codes", "number", "iso", "symbol"})


@lru_cache(maxsize=16384)  # asked for both ends of every link of every record
def api_family(endpoint_id: str) -> str:
    """The service an endpoint id belongs to: `Social/foursquare/getUserLikedVenues` ->
    foursquare, `BFCL_v4_live_simple/flight.status/flight_status_check` -> flight."""
    parts = endpoint_id.split("/")
    tool = parts[-2] if len(parts) >= 3 else parts[0]
    words = [t for t in re.split(r"[^a-z0-9]+", tool.lower())
             if t and t not in _VAGUE and not _HASH.match(t)]
    # `flights` and `flight.status` are one service
    return singular(words[0]) if words else tool.lower()


def service_of(endpoint: Endpoint) -> str:
    """`api_family` of an endpoint that names its service, "" for one that does not (a
    BFCL function filed only under its question file, `BFCL_v4_live_simple`)."""
    if endpoint.tool_id == f"{endpoint.category}/{endpoint.category}":
        return ""
    return api_family(endpoint.id)


@lru_cache(maxsize=1 << 14)
def standard_key(key: str) -> bool:
    """Whether an output key names an identifier every service shares (`isbn13`,
    `stock_symbol`, `language_code`), not one its own service issued (`video_id`)."""
    words = [w.rstrip("0123456789") for w in tokens(key)]
    if any(w in STANDARD_IDS for w in words):
        return True
    return bool(words) and words[0] in _CODED and (len(words) == 1
                                                   or words[-1] in _CODE_WORDS)


def names_service(param: Parameter, family: str) -> bool:
    """Whether the argument's description says it takes ids of `family`'s service ("the
    YouTube video id")."""
    return describes_service(param.name, param.description, family)


def describes_service(name: str, description: str, family: str) -> bool:
    """`names_service` for an argument known by its texts. A family that is a word of the
    argument's own name is the entity, not a service (`simple_file_storage` beside a
    `fileId`)."""
    return (len(family) > 2 and family not in tokens(name)
            and family in _WORD.findall(description.lower()))
