"""Where a thing is reached, found or comes from, said as a person says it, not as a
form's row.

"with URL https://...", "with publisher email brent.harris@example.com", "with channel
Phillip Plays", "with county Santa Clara County", "the first has country name Albania",
"with street address 12 Nacar Tower": each puts a field's label before its value
(ToolBench seed 21: 29 link, 12 channel, 10 domain, 8 email, 4 county and 9 ZIP facts said
so in 300 records). A person says "at https://...", "reachable at brent.harris@...",
"from Phillip Plays", "in Santa Clara County", "in Albania", "at 12 Nacar Tower".
`reached(label, value, said)` is the phrase, or None for a label it does not know
(`beside` asks it for what it knows nothing of). Keyed on what the label names, never
on a tool. Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Where the thing is online: "at https://...".
_LINKS = frozenset({"url", "link", "website", "homepage", "site", "permalink", "webpage"})
# How to reach its owner: "reachable at ann@example.com".
_CONTACTS = frozenset({"email", "mail"})
# Where it comes from: "from Financial Times", "from Phillip Plays".
_SOURCES = frozenset({"channel", "source", "outlet", "network", "feed", "origin"})
# Areas it lies in, beside `beside`'s one-word places: "in Santa Clara County".
_AREAS = frozenset({"county", "province", "municipality", "prefecture", "borough",
                    "country", "city", "state", "region", "district", "suburb", "area"})
# A postal code names an area it lies in: "in ZIP 95014", "in postcode SW1A 1AA".
_POSTAL = frozenset({"zip", "zip code", "zipcode", "postcode", "postal code", "post code"})
_STREETS = frozenset({"address", "street", "street address", "full address",
                      "formatted address", "address line", "location"})
_WEB = re.compile(r"https?://\S+|www\.\S+")
_MAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", re.I)
_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def reached(label: str, value: str, said: str) -> str | None:
    """The phrase saying `value` of the thing its `label` places (module doc), or None."""
    kind = _kind(label.lower().strip())
    value = value.strip()
    if kind is None or not value:
        return None
    if kind == "link":
        return f"at {said}" if _WEB.fullmatch(value) else None
    if kind == "contact":
        return f"reachable at {said}" if _MAIL.fullmatch(value) else None
    if kind == "postal":
        return f"in {label.strip()} {said}"
    if _NUMBER.fullmatch(value):
        return None  # a figure is no source, area or street
    if kind == "source":
        # a named source ("from CNBC"); a lower-case one is a kind ("source email")
        return f"from {said}" if value[:1].isupper() else None
    if kind == "area":
        return f"in {said}"
    return f"at {said}"  # a street


@lru_cache(maxsize=4096)
def _kind(label: str) -> str | None:
    """What `label` places: "link", "contact", "source", "area", "postal", "street"."""
    if label in _POSTAL:
        return "postal"
    if label in _STREETS:
        return "street"
    words = label.split()
    if not words or len(words) > 2:
        return None
    last = words[-1]
    if last in _LINKS:
        return "link"
    if last in _CONTACTS:  # "publisher email", "contact email"
        return "contact"
    if len(words) == 1 and last in _SOURCES:  # a "source language" is no source
        return "source"
    if len(words) == 1 and last in _AREAS:
        return "area"
    if len(words) == 2 and last == "name" and words[0] in _AREAS:
        return "area"  # "country name" Albania: "in Albania"
    return None
