"""Human labels for argument names ("check_in_date" -> "check-in date", "userId" -> "user ID").

The planner uses `slot_label` to build `Slot`s; the language modules only read labels.
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolgen.registry.english import able_word, is_known, split_glued

_SPLIT = re.compile(r"[\s_\-.]+|(?<=[a-z0-9])(?=[A-Z])")
_ACRONYMS = {"id": "ID", "ids": "IDs", "url": "URL", "ip": "IP", "api": "API", "iso": "ISO",
             "utc": "UTC", "isbn": "ISBN", "uuid": "UUID", "sku": "SKU", "vin": "VIN",
             "zip": "ZIP", "imdb": "IMDb", "sms": "SMS", "usd": "USD",
             # said as letters: "its bmi is 23.7", "the gcd is 1" (BFCL seed 59 #19, #21)
             "bmi": "BMI", "gcd": "GCD", "lcm": "LCM", "roi": "ROI", "gdp": "GDP",
             "mbti": "MBTI", "dna": "DNA", "rna": "RNA", "cpu": "CPU", "gpu": "GPU",
             "vat": "VAT", "apr": "APR", "apy": "APY", "eta": "ETA", "faq": "FAQ",
             "iban": "IBAN", "cvv": "CVV", "otp": "OTP", "pdf": "PDF", "csv": "CSV",
             "html": "HTML", "gps": "GPS", "nba": "NBA", "nfl": "NFL", "nhl": "NHL",
             "mlb": "MLB", "fifa": "FIFA", "uefa": "UEFA", "ufc": "UFC", "dob": "DOB",
             "ssn": "SSN", "pnr": "PNR", "icao": "ICAO", "iata": "IATA", "ipo": "IPO",
             "aqi": "AQI", "uv": "UV", "bpm": "BPM",
             "rpm": "RPM", "kwh": "kWh", "co2": "CO2", "pm25": "PM2.5",
             "pm10": "PM10", "hiv": "HIV", "covid": "COVID", "tv": "TV", "dvd": "DVD",
             "ceo": "CEO", "cto": "CTO", "nft": "NFT", "ttl": "TTL", "dns": "DNS",
             "ssl": "SSL", "tls": "TLS", "vpn": "VPN", "sql": "SQL", "ocr": "OCR"}
_TAILS = {"no": "number", "num": "number", "nr": "number", "qty": "quantity", "amt": "amount",
          "desc": "description", "addr": "address", "msg": "message", "pwd": "password",
          "tel": "phone"}
_PREFIXES = ("check", "e", "re", "pre", "co")


@lru_cache(maxsize=16384)
def slot_label(name: str) -> str:
    """A readable label for an argument name; empty or odd names become "value"."""
    words = [w for w in _SPLIT.split(name.strip("_$@[]{}")) if w]
    if not words:
        return "value"
    out: list[str] = []
    for w in words:
        low = w.lower()
        # "postalcode", "categoryid", "summaryrestriction": words run together, said apart
        parts = _unglued(low) if len(low) >= 6 and w.islower() and not is_known(low) else ()
        out.extend(_ACRONYMS.get(p, p) for p in parts or (low if w.isascii() else w,))
    if len(out) > 1:  # "contact_no" -> "contact number": abbreviations people expand
        out = [*out[:-1], _TAILS.get(out[-1], out[-1])]
    if len(out) > 1 and out[0] in ("your", "my"):  # `your_file` is the file: "the your
        out = out[1:]                              # file" is what nobody says
    if len(out) == 2 and (said := _ENDS.get((out[0], out[1]))):
        out = [said, out[1]]  # "the to city" is what nobody says: "the destination city"
    text = " ".join(out)
    # "check in date" reads better hyphenated, the way people write it.
    return re.sub(r"\b(check) (in|out)\b", r"\1-\2", text)


def cased(word: str) -> str:
    """A lower-case label word as written: an initialism in capitals ("bmi" -> "BMI")."""
    return _ACRONYMS.get(word, word)


def value_label(label: str, value: str) -> str:
    """`label` as said beside `value`: an email's `from` is its sender ("with from
    joshua@..." is what nobody says), a route's `from` stays its own."""
    return "sender" if label == "from" and "@" in value else label


# Which end of a route, span or conversion a `to_*` / `from_*` argument is.
_PLACES = ("city", "airport", "station", "location", "place", "country", "port")
_ENDS: dict[tuple[str, str], str] = {
    **{("to", w): "destination" for w in _PLACES},
    **{("from", w): "departure" for w in _PLACES},
    **{("to", w): "end" for w in ("date", "time", "year", "month", "day")},
    **{("from", w): "start" for w in ("date", "time", "year", "month", "day")},
    **{("to", w): "target" for w in ("currency", "language", "lang", "unit", "format")},
    **{("from", w): "source" for w in ("currency", "language", "lang", "unit", "format")},
}


def _unglued(low: str) -> tuple[str, ...]:
    """The words of a glued name, an "id" at its end included ("categoryid"); an -able
    word is one ("billable", not "bill able")."""
    if able_word(low):
        return ()
    parts: tuple[str, ...] = ()
    if low.endswith("id"):  # before any split: "userid" is user ID, not "use rid"
        head = low[:-2]
        said = (head,) if is_known(head) else split_glued(head)
        parts = (*said, "id") if said else ()
    return parts if len(parts) > 1 else split_glued(low)


# A name that says "the key" and nothing of what it keys: "pk 100206744" is no way to
# name a user, so what the key names is read from the description or the endpoint.
_BARE_KEYS = frozenset({"id", "ids", "pk", "uid", "uuid", "guid", "oid", "_id"})
# "User id you can find in uid", "Hashtag(challenge) id ...", "The ID of the user".
_NOUN_BEFORE_ID = re.compile(r"^(?:the |an? )?([a-z]{3,})(?:\([a-z ]*\))? id\b")
_NOUN_AFTER_ID = re.compile(
    r"^(?:the |an? )?(?:unique )?id(?:entifier)? of (?:the |an? )?([a-z]{3,})\b")
# What a list of people's things is keyed by: whose followers, posts, videos.
_OWNED = frozenset({"followers", "follower", "following", "followings", "friends", "posts",
                    "tweets", "stories", "story", "reels", "highlights", "likes", "media",
                    "feed", "subscribers", "subscriptions", "followed", "repos"})
_NOT_THINGS = frozenset({"the", "this", "that", "your", "unique", "max", "min", "next", "page",
                         "cursor", "value", "item", "record", "object", "entity", "resource",
                         "internal", "numeric", "string", "valid", "specific"})


def key_thing(name: str, description: str, endpoint_words: tuple[str, ...],
              entity: str) -> str:
    """What a bare key (`id`, `pk`) names, as a person says it: "user" for an `id` "User
    id you can find in uid", "user" for the `pk` of "Followers by PK", the endpoint's
    entity ("video") otherwise; empty when the name says it already (`order_id`) or
    nothing does."""
    if name.strip("_").lower() not in _BARE_KEYS:
        return ""
    low = description.strip().lower()
    m = _NOUN_BEFORE_ID.match(low) or _NOUN_AFTER_ID.match(low)
    if m is not None and m.group(1) not in _NOT_THINGS:
        return m.group(1)
    if {w.lower() for w in endpoint_words} & _OWNED:
        return "user"
    ent = entity.lower()
    if ent.isalpha() and len(ent) > 2 and ent not in _NOT_THINGS and is_known(ent):
        return ent
    return ""
