"""What a field's name says about its value: code-like fields, ordered pairs, dates.

Shared by the output and argument checks: `word_for_code` (an email without "@", a
flight number that is a dictionary word), `partner_pairs` over `ORDER_PAIRS` (start/end,
check-in/check-out, departure/arrival ...) and `as_date`.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Any

from faker.providers.lorem.en_US import Provider as _Lorem
from faker.providers.lorem.la import Provider as _Latin

from toolgen.judge.realism.reading import key_tokens, words

LOREM = frozenset(_Lorem.word_list) | frozenset(_Latin.word_list)
"""Faker's lorem words (English and Latin): what its random sentences are made of."""

ORDER_PAIRS = (
    ("start", "end"), ("from", "to"), ("begin", "end"), ("since", "until"),
    ("checkin", "checkout"), ("departure", "return"), ("min", "max"), ("after", "before"),
    ("departure", "arrival"), ("created", "updated"),
    # a thing's life: made before sent, shipped before delivered, opened before closed
    ("created", "sent"), ("sent", "delivered"), ("ordered", "shipped"),
    ("shipped", "delivered"), ("created", "completed"), ("created", "closed"),
    ("opened", "closed"), ("created", "resolved"),
)
CODE_WORDS = words(
    "number code airport iata icao currency symbol ticker sku isbn zip postcode postal cep cpf",
    "cnpj vin iban swift bic imei ip ipv4 ipv6 mac phone mobile tel fax uuid hash section seat",
    "gate platform flight",
)
"""Last key words of fields whose value is a code, never a dictionary word."""


def as_date(value: Any) -> date | None:
    """The date an ISO date or datetime string starts with, else None."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return datetime.fromisoformat(value[:10]).date()
    except ValueError:
        return None


def partner_pairs(
    args: dict[str, Any], pairs: tuple[tuple[str, str], ...]
) -> list[tuple[str, str]]:
    """(first, second) argument names that differ only by one token of a pair."""
    return list(_key_pairs(tuple(args), pairs))


@lru_cache(maxsize=16384)
def _key_pairs(
    keys: tuple[str, ...], pairs: tuple[tuple[str, str], ...]
) -> tuple[tuple[str, str], ...]:
    # Only the names decide: worked out once per name list (an endpoint's calls and
    # outputs repeat theirs).
    by_tokens = {tuple(key_tokens(k)): k for k in keys}
    found: list[tuple[str, str]] = []
    for tokens, key in by_tokens.items():
        for a, b in pairs:
            for i, t in enumerate(tokens):
                if t == a:
                    other = (*tokens[:i], b, *tokens[i + 1:])
                    if other in by_tokens:
                        found.append((key, by_tokens[other]))
    return tuple(found)


def merged_spelling(args: dict[str, Any]) -> dict[str, Any]:
    """Arguments keyed by a spelling where `check_in` and `checkIn` become `checkin`."""
    out: dict[str, Any] = {}
    for k, v in args.items():
        out[k.replace("check_in", "checkin").replace("check_out", "checkout")
            .replace("checkIn", "checkin").replace("checkOut", "checkout")] = v
    return out


def word_for_code(key: str, value: str) -> str | None:
    """Why `value` cannot fill the code-like field `key` (an email without "@", a flight
    number, airport or currency that is a random dictionary word), or None."""
    tokens = key_tokens(key)
    if not tokens:
        return None
    last = tokens[-1]
    if last == "email" and "@" not in value:
        return f"{key} {value!r} is not an email address"
    if last in ("url", "uri", "link") and "/" not in value and "." not in value:
        return f"{key} {value!r} is not a URL"
    # An upper-case value is a code even when it spells a word (`TRY`, the Turkish lira).
    # (`isalpha` before the lower-cased lookup: a long text fails it without a copy)
    if last in CODE_WORDS and value.isalpha() and value.lower() in LOREM and not (
            value.isupper() and len(value) > 1) and (last != "code" or len(value) > 3):
        return f"{key} {value!r} is a dictionary word where a {last} belongs"
    return None
