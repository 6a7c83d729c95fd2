"""What a read promises by its name, for an inferred answer that would hold nothing else.

ToolBench gives most endpoints no response shape; the inferred record of some of them is
nothing but bookkeeping: `get_local_time` answered `{time_id, timestamp}`, a QR code
generator `{qrcode_id, text, border}`, `historical_data_30_days(commodity="gold")` days
with ids and no price, `get_related_tags` tags without names, `forgot_password` a list of
`forgots`. A reviewer sees no time, no image, no price, no tag, no sent link. This
module reads what the endpoint's own words (its name, glued runs split) promise, and
`promised_fields(endpoint)` gives the fields that hold it:

- a local or current time, a time zone: the local time, the zone's IANA name and its
  UTC offset (`clock`);
- tags, hashtags, keywords or labels: a list of tags by name (`tags`);
- a QR code, barcode, avatar, captcha, chart, screenshot or thumbnail made: the image's
  link, its format and pixel size (`image`);
- historical prices (history, candles, time series of a price, a commodity, a share, a
  coin): dated price rows in a currency (`prices`);
- a forgotten or reset password: that a reset link was sent, and when (`reset`);
- an inbox or mailbox read ("Check Inbox"): its mail messages (`mailbox`);
- the cities closest to sent coordinates: named cities with their distance;
- a reverse geocode of sent coordinates: the city and country there;
- a distance between two sent places: one figure (`distance` makes it the real one);
- a hash, checksum or fingerprint: a SHA-256 digest (a certificate's as its colon
  fingerprint);
- a one-time code sent: that it went, and for how long it holds.

Only for an inferred shape whose record is hollow (`contents.hollow_shape`) or has no
field of what is promised (`unkept`: a current time answered with zone names).
`promised_finish(endpoint, shape)` returns the step making such an answer say it
(`kept_places`: a time in the sent place's zone with its offset, the real nearest
cities; `kept_values`: tags on the asked topic, an image link in its format, a price
walk at the asset's level, a reset message). Keyed on the endpoint's words, its tool's
name and its description's first line, never on one tool. Deterministic; never touches
the network.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise
from typing import Any

from toolgen.executor.kept_places import clock, near_cities, reverse_place
from toolgen.executor.kept_values import code_sent, hashed, image, prices, reset, tags
from toolgen.executor.mailbox import MAIL_MESSAGE
from toolgen.executor.result_kinds import own_words_of
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint
from toolgen.registry.english import split_glued

Finish = Callable[[Any, dict[str, Any], random.Random], None]

CLOCK, TAGS, IMAGE, PRICES, RESET = "clock", "tags", "image", "prices", "reset"
INBOX, NEAR, REVERSE = "inbox", "near", "reverse"
DISTANCE, HASH, CODE = "distance", "hash", "code"

_STR: dict[str, Any] = {"type": "string"}
_DATETIME: dict[str, Any] = {"type": "string", "format": "date-time"}
_NUMBER: dict[str, Any] = {"type": "number", "minimum": 1, "maximum": 500}

# -- what the words promise ------------------------------------------------------------

_NOW = frozenset({"local", "current", "now"})
_ZONE = frozenset({"timezone", "tz"})
_NOT_CLOCK = frozenset({"convert", "conversion", "converter", "list", "all", "timezones",
                        "difference", "diff", "sunrise", "sunset", "prayer", "countdown"})
_TAG_NOUNS = frozenset({"tag", "tags", "hashtag", "hashtags", "keyword", "keywords",
                        "label", "labels"})
# Made pictures, by whether they are square.
_PICTURES = {"qr": True, "qrcode": True, "identicon": True, "avatar": True,
             "barcode": False, "captcha": False, "screenshot": False, "thumbnail": False}
# Words of a call that reads a picture rather than makes one.
_READS_PICTURE = frozenset({"decode", "read", "scan", "recognize", "recognise", "detect",
                            "check", "checking", "lookup", "parse", "reader", "scanner",
                            "ocr", "search", "list", "analyze", "analyse", "classify",
                            "upload", "delete", "remove", "validate", "verify", "info",
                            "details", "history", "status", "categories", "styles"})
_HISTORY = frozenset({"historical", "history", "ohlc", "candles", "candle", "candlestick",
                      "timeseries"})
_PRICED = frozenset({"price", "prices", "commodity", "commodities", "stock", "stocks",
                     "crypto", "cryptocurrency", "coin", "coins", "forex", "fx", "market",
                     "investing", "gold", "silver", "oil", "quote", "quotes", "bitcoin",
                     "etf", "shares", "trading", "ticker", "metal", "metals"})
_LOST = frozenset({"forgot", "forgotten", "reset", "recover", "recovery", "lost"})
_HASHES = frozenset({"hash", "checksum", "fingerprint", "sha", "md"})
# The two ends of a distance asked between places.
_ENDS = frozenset({"origin", "destination", "from", "to", "city", "city1", "city2",
                   "source", "start", "end", "from_city", "to_city", "start_location",
                   "end_location"})
# A certificate's digest is written as its fingerprint ("F2:D0:40:...").
_CERTIFICATES = frozenset({"certificate", "certificates", "ssl", "tls", "x509"})
_BOXES = frozenset({"inbox", "mailbox", "inboxes", "mailboxes"})
# Words of a call that does something to a mailbox other than read it.
_NOT_READ = frozenset({"validate", "verify", "send", "delete", "create", "generate",
                       "new", "domains", "count", "status"})
_NEAR = frozenset({"closest", "nearest", "near", "nearby", "around", "coordinates"})
_GEO = frozenset({"geocode", "geocoding", "geocoder", "geolocation", "geo", "address"})
_LAT = frozenset({"lat", "latitude"})
_LNG = frozenset({"lng", "lon", "long", "longitude"})


@lru_cache(maxsize=1 << 14)
def _split(words: tuple[str, ...]) -> tuple[str, ...]:
    """Own words with glued runs split (`getlocaltime` -> get, local, time)."""
    out: list[str] = []
    for w in words:
        parts = split_glued(w) if len(w) > 7 and w.isalpha() else ()
        out.extend(parts or (w,))
    return tuple(out)


def promise(endpoint: Endpoint) -> str | None:
    """Which of the promises (module doc) the endpoint's own words make, or None."""
    line = endpoint.description.split("\n", 1)[0]
    return promise_of(endpoint.function_name, f"{endpoint.tool_name} {line}",
                      frozenset(normalize_key(p.name) for p in endpoint.parameters))


# Leading verbs of a call that changes what it names (`set_tag`, `add_labels`).
_CHANGES = frozenset({"set", "add", "create", "update", "delete", "remove", "upload", "post",
                      "edit", "put", "patch", "save", "insert", "assign", "attach", "apply"})


@lru_cache(maxsize=1 << 14)
def promise_of(function_name: str, context: str, params: frozenset[str]) -> str | None:
    """`promise` of an endpoint known by its function name, its tool's name and its
    description's first line (`context`) and its parameters' normalised names."""
    words = _split(own_words_of(function_name))
    # what a read by something asks for is before the "by" (`get_videos_by_tag`: videos)
    asked = words[:words.index("by")] if "by" in words else words
    have = set(asked)
    told = frozenset(re.findall(r"[a-z]+", context.lower()))
    placed = bool(params & _LAT) and bool(params & _LNG)
    if "password" in have and have & _LOST:
        return RESET
    if "otp" in have | told or {"one", "time", "code"} <= told or _adjacent(
            asked, "verification", "code"):
        return CODE if "send" in have | told or "sends" in told else None
    if not asked or asked[0] in _CHANGES:
        return None
    if have & _HASHES:
        return HASH
    if "distance" in have | told and len(params & _ENDS) == 2:
        return DISTANCE
    if not have & _NOT_CLOCK and (("time" in have and have & _NOW) or have & _ZONE
                                  or _adjacent(asked, "time", "zone")):
        return CLOCK
    if have & _HISTORY and (have | told) & _PRICED:
        return PRICES
    if any(w in _PICTURES for w in asked) and not have & _READS_PICTURE:
        return IMAGE
    if (have | told) & _BOXES and not have & _NOT_READ:
        return INBOX
    if placed and have & {"city", "cities"} and (have | told) & _NEAR:
        return NEAR
    if placed and "reverse" in have | told and (have | told) & _GEO:
        return REVERSE
    if asked[-1] in _TAG_NOUNS:
        return TAGS
    return None


# Key words of a result that hold what each promise is about (a field named so, that is
# no parameter said back): without one, the promise is not kept.
_HOLDS = {
    CLOCK: frozenset({"time", "datetime", "offset", "clock"}),
    TAGS: frozenset({"name", "tag", "tags", "keyword", "keywords", "label", "labels",
                     "hashtag", "hashtags", "title", "phrase", "phrases", "text"}),
    IMAGE: frozenset({"url", "image", "img", "base64", "svg", "png", "uri", "link", "file",
                      "img64", "data"}),
    PRICES: frozenset({"price", "prices", "close", "open", "rate", "value", "high", "low"}),
    RESET: frozenset({"message", "status", "sent", "success"}),
    INBOX: frozenset({"from", "subject", "sender", "body", "message", "messages"}),
    NEAR: frozenset({"name", "city", "cities"}),
    REVERSE: frozenset({"city", "address", "display", "country", "road", "street"}),
    DISTANCE: frozenset({"distance", "km", "miles", "kilometers", "kilometres"}),
    HASH: frozenset({"hash", "checksum", "fingerprint", "digest", "sha256", "sha1", "md5"}),
    CODE: frozenset({"message", "status", "sent", "success"}),
}


def kept(kind: str, keys: set[str] | frozenset[str], params: frozenset[str]) -> bool:
    """Whether a result with these keys (any depth) holds what promise `kind` is about."""
    wanted = _HOLDS[kind]
    return any(normalize_key(k) not in params and bool(wanted & set(
        normalize_key(k).split("_"))) for k in keys)


def shape_keys(shape: Any) -> set[str]:
    """Every property name of a schema, at any depth."""
    out: set[str] = set()
    stack = [shape]
    while stack:
        node = stack.pop()
        if not isinstance(node, dict):
            continue
        props = node.get("properties")
        if isinstance(props, dict):
            out.update(str(k) for k in props)
            stack.extend(props.values())
        stack.append(node.get("items"))
    return out


def unkept(endpoint: Endpoint, shape: dict[str, Any]) -> bool:
    """Whether an inferred `shape` leaves the endpoint's promise unkept: no field holds
    what its words promise (a time endpoint without a time, a QR generator without an
    image)."""
    kind = promise(endpoint)
    params = frozenset(normalize_key(p.name) for p in endpoint.parameters)
    return kind is not None and not kept(kind, shape_keys(shape), params)


def _adjacent(words: tuple[str, ...], a: str, b: str) -> bool:
    return any(x == a and y == b for x, y in pairwise(words))


def promised_fields(endpoint: Endpoint) -> dict[str, Any] | None:
    """The fields of an answer that keeps the endpoint's promise, or None."""
    kind = promise(endpoint)
    params = {normalize_key(p.name) for p in endpoint.parameters}
    if kind == CLOCK:
        return {"local_time": _DATETIME, "time_zone": _STR, "utc_offset": _STR}
    if kind == TAGS:
        return {"tags": {"type": "array", "items": {"type": "object",
                                                      "properties": {"name": _STR}}}}
    if kind == IMAGE:
        fields: dict[str, Any] = {"image_url": {"type": "string", "format": "uri"}}
        if "format" not in params:
            fields["format"] = {"type": "string", "enum": ["png", "svg"]}
        fields.update(width_px={"type": "integer"}, height_px={"type": "integer"})
        return fields
    if kind == PRICES:
        # the close first: a day's price is where it closed
        row = {"close": _NUMBER, "date": {"type": "string", "format": "date"},
               "open": _NUMBER, "high": _NUMBER, "low": _NUMBER}
        out: dict[str, Any] = {} if "currency" in params else {"currency": {
            "type": "string", "enum": ["USD"]}}
        out["prices"] = {"type": "array", "items": {"type": "object", "properties": row}}
        return out
    if kind == RESET:
        return {"status": {"type": "string", "enum": ["sent"]}, "message": _STR,
                "sent_at": _DATETIME}
    if kind == DISTANCE:
        # `distance` finishes it: the real great-circle distance, in the unit asked
        return {"distance": {"type": "number"}}
    if kind == HASH:
        # the digest alone: beside an `algorithm`, an answer says the algorithm
        return {"hash": _STR}
    if kind == CODE:
        return {"status": {"type": "string", "enum": ["sent"]}, "message": _STR,
                "expires_in_seconds": {"type": "integer", "enum": [300]}}
    if kind == INBOX:
        return {"messages": {"type": "array", "items": {"type": "object",
                                                          "properties": dict(MAIL_MESSAGE)}}}
    if kind == NEAR:
        city_row = {"name": _STR, "country": _STR, "population": {"type": "integer"},
                    "distance_km": {"type": "number"}}
        return {"cities": {"type": "array", "items": {"type": "object",
                                                        "properties": city_row}}}
    if kind == REVERSE:
        return {"display_name": _STR, "city": _STR, "country": _STR,
                "country_code": _STR, "distance_km": {"type": "number"}}
    return None


# -- making the answer say it ----------------------------------------------------------

def promised_finish(endpoint: Endpoint, shape: Any) -> Finish | None:
    """The step making an answer of `endpoint` keep its promise, for the shapes
    `promised_fields` wrote (a corpus's own shape is left as it is)."""
    props = shape.get("properties") if isinstance(shape, dict) else None
    if not isinstance(props, dict) or shape is endpoint.response_schema:
        return None
    kind = promise(endpoint)
    if kind == CLOCK and {"local_time", "time_zone", "utc_offset"} <= props.keys():
        return clock
    if kind == TAGS and "tags" in props:
        return tags(_told(endpoint))
    if kind == IMAGE and {"image_url", "width_px", "height_px"} <= props.keys():
        return image(_square(endpoint))
    if kind == PRICES and "prices" in props:
        return prices
    if kind == RESET and {"message", "sent_at"} <= props.keys():
        return reset
    if kind == HASH and "hash" in props:
        return hashed(bool(_CERTIFICATES & _told(endpoint)))
    if kind == CODE and {"message", "expires_in_seconds"} <= props.keys():
        return code_sent
    if kind == NEAR and "cities" in props:
        return near_cities
    if kind == REVERSE and {"display_name", "city", "distance_km"} <= props.keys():
        return reverse_place
    return None


def _told(endpoint: Endpoint) -> frozenset[str]:
    """The words of the endpoint's name, its tool's name and its description's first line:
    what its tags are about."""
    line = endpoint.description.split("\n", 1)[0]
    text = f"{endpoint.function_name} {endpoint.tool_name} {line}".replace("_", " ")
    return frozenset(re.findall(r"[a-z]+", text.lower()))


def _square(endpoint: Endpoint) -> bool:
    words = _split(own_words_of(endpoint.function_name))
    return next((_PICTURES[w] for w in words if w in _PICTURES), False)
