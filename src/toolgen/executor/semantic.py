"""Semantic types from what a schema says in prose: ranges, units, codes and formats.

`values.py` reads a field's *name*; this module reads the rest of what a parameter or
response field declares: its description ("1-5", "between 0 and 100", "ISO 4217",
"YYYY-MM-DD", "two-letter country code"), its default (a date, an email, a code whose
shape a new value should copy) and its numeric bounds. `refine_string_kind` and
`refine_number_kind` combine both into the kind the leaf generators use; `stated_range`
gives the bounds a number must respect. Pure functions, cached, no randomness.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_RANGE = re.compile(
    # "between 0 (not pressed) and 1 (fully pressed)": a label may follow the low end
    r"(?:between|from|range(?:s)?(?: of| from)?|\()\s*(-?\d+(?:\.\d+)?)\s*"
    r"(?:\([^()]{1,30}\)\s*)?(?:-|–|to|and)\s*"
    r"(-?\d+(?:\.\d+)?)\b|\b(-?\d+(?:\.\d+)?)\s*(?:-|–)\s*(\d+(?:\.\d+)?)\b(?![-/:])"
    # A labelled scale: "1 (cheap) to 4 (fine dining)".
    r"|^\s*(-?\d+(?:\.\d+)?)\s*\([^()]{1,30}\)\s*(?:-|–|to)\s*(-?\d+(?:\.\d+)?)\b"
)
_MAX = re.compile(r"\b(?:max(?:imum)?|up to|at most|no more than)(?:\s+(?:value|is|of))*"
                  r"\s*[:=]?\s*(\d+)\b",
                  re.IGNORECASE)
_DATEISH = re.compile(r"\d{4}-\d{2}")
_CARD_EXPIRY = re.compile(r"\bexpir\w*(?: date)? of (?:the |a )?(?:credit |debit |payment )?card\b"
                          r"|\bcard'?s? expir", re.IGNORECASE)

# (pattern over the lower-cased description, kind), first match wins. Kinds are the ones
# `leaves.py` knows. Strong signals only: a description mentioning a city in passing does
# not make a free-text field a city.
_STRING_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), k)
    for p, k in (
        (r"iso[ -]?4217|currency code|3-letter currency|three-letter currency", "currency"),
        (r"iso[ -]?3166|country code|2-letter country|two-letter country|alpha-2", "country_code"),
        (r"iso[ -]?639|language code|2-letter language|two-letter language", "language"),
        (r"yyyy-mm-dd|yyyy/mm/dd|date format|\bdate\b.*\(yyyy", "date"),
        (r"iso[ -]?8601|date-?time|timestamp in", "datetime"),
        (r"hh:mm", "time"),
        (r"e-?mail address", "email"),
        (r"phone number|mobile number|telephone", "phone"),
        (r"^(the )?(name of the )?city\b|city name", "city"),
        (r"^(the )?country\b|country name", "country"),
        (r"zip ?code|postal code|postcode", "postcode"),
        (r"latitude", "lat"),
        (r"longitude", "lon"),
        (r"stock symbol|ticker", "symbol"),
        (r"\burl\b|\blink\b|web address", "url"),
        (r"ip address", "ipv4"),
        (r"user ?name|\bhandle\b", "username"),
        (r"full name|person'?s name|name of the (person|user|customer|requester|requestor|"
         r"contact|sender|recipient|assignee|reporter)\b", "person"),
        (r"first name", "first_name"),
        (r"last name|surname", "last_name"),
        (r"airport code|iata", "iata"),
        (r"hex colou?r", "hex_color"),
    )
)
_NUMBER_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), k)
    for p, k in (
        (r"latitude", "lat"),
        (r"longitude", "lon"),
        # a time typed as a number: Kloudless' `from`/`until`, "An ISO-8601 string
        # specifying the time..." under `number`, were sent 871.64 and 236.94
        (r"unix|epoch|timestamp|iso[- ]?8601", "epoch"),
        (r"page number|which page|\bpage\b", "page"),
        (r"number of (people|persons|guests|adults|children|passengers|seats|tickets|"
         r"nights|rooms)", "small_count"),
        (r"number of (results|items|records|rows)|results per page|max(imum)? (number|results)|"
         r"\blimit\b", "limit"),
        (r"\boffset\b|\bskip\b|number of (results|items|records) to skip", "offset"),
        (r"\byear\b", "year"),
        (r"rating|stars", "rating"),
        (r"price|amount|cost|usd|eur|dollars", "money"),
        (r"percent|percentage", "percent"),
        (r"radius|distance|km|kilomet|miles|meters", "distance"),
        (r"\bage\b", "age"),
        (r"zoom", "zoom"),
    )
)

_DATE_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_EMAIL_VALUE = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_URL_VALUE = re.compile(r"^https?://", re.IGNORECASE)
_CODED_VALUE = re.compile(r"^(?=.*\d)[A-Za-z0-9_-]{2,40}$")


def description_of(schema: dict[str, Any]) -> str:
    d = schema.get("description")
    return d.lower() if isinstance(d, str) else ""


@lru_cache(maxsize=16384)
def _string_from_description(description: str) -> str | None:
    for pattern, kind in _STRING_PHRASES:
        if pattern.search(description):
            return kind
    return None


@lru_cache(maxsize=16384)
def _number_from_description(description: str) -> str | None:
    for pattern, kind in _NUMBER_PHRASES:
        if pattern.search(description):
            return kind
    return None


def default_shape(default: Any) -> str | None:
    """The kind a string default shows by its form (a date, an email, a coded id)."""
    if not isinstance(default, str) or not default:
        return None
    if _DATE_VALUE.match(default):
        return "date"
    if _DATETIME_VALUE.match(default):
        return "datetime"
    if _EMAIL_VALUE.match(default):
        return "email"
    if _URL_VALUE.match(default):
        return "url"
    if _CODED_VALUE.match(default):
        return "coded"
    return None


def refine_string_kind(name_kind: str, schema: dict[str, Any]) -> str:
    """The string kind once the description and default are read; name wins when specific."""
    if name_kind == "name":
        # a bare `name` the description says is a person's ("Name of the requester") is
        # theirs, never a record's own name (a ticket named "Cancel my subscription")
        return "person" if _string_from_description(description_of(schema)) == "person" \
            else name_kind
    if name_kind == "date" and _CARD_EXPIRY.search(description_of(schema)):
        return "card_expiry"  # "the expiration date of the credit card in the format MM/YYYY"
    if name_kind not in ("word", "text", "category", "code"):
        return name_kind
    described = _string_from_description(description_of(schema))
    if described is not None:
        return described
    shaped = default_shape(schema.get("default"))
    if shaped is not None and name_kind in ("word", "code"):
        return shaped
    return name_kind


def refine_number_kind(name_kind: str, schema: dict[str, Any]) -> str:
    if name_kind != "number":
        return name_kind
    described = _number_from_description(description_of(schema))
    return described if described is not None else name_kind


@lru_cache(maxsize=16384)
def _range_in(description: str) -> tuple[float, float] | None:
    if not description or _DATEISH.search(description):
        return None
    m = _RANGE.search(description)
    if m is not None:
        lo, hi = next((m.group(i), m.group(i + 1)) for i in (1, 3, 5) if m.group(i))
        a, b = float(lo), float(hi)
        if a < b:
            return a, b
    m = _MAX.search(description)
    if m is not None:
        return 0.0, float(m.group(1))
    return None


def stated_range(schema: dict[str, Any]) -> tuple[float | None, float | None]:
    """(low, high) from the schema's bounds, else from a range its description states."""
    lo_raw = schema.get("minimum", schema.get("exclusiveMinimum"))
    hi_raw = schema.get("maximum", schema.get("exclusiveMaximum"))
    lo = _number(lo_raw)
    hi = _number(hi_raw)
    if lo is None and hi is None:
        found = _range_in(description_of(schema))
        if found is not None:
            return found
    return lo, hi


def _number(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


def numeric_default(schema: dict[str, Any]) -> float | None:
    d = schema.get("default")
    return float(d) if isinstance(d, (int, float)) and not isinstance(d, bool) else None


def field_kind(name: str, schema: dict[str, Any]) -> str:
    """The semantic type of one parameter or response field (for reports)."""
    from toolgen.executor.values import number_kind, schema_type, string_kind

    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        return "enum"
    t = schema_type(schema)
    if t == "string":
        return refine_string_kind(string_kind(name, schema), schema)
    if t in ("integer", "number"):
        kind = refine_number_kind(number_kind(name), schema)
        lo, hi = stated_range(schema)
        return f"{kind} (ranged)" if lo is not None or hi is not None else kind
    return t or "unknown"
