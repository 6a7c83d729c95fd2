"""The secret scan's and the plumbing rule's fast paths find what their plain regular
expressions find (they skip work, never matches)."""

from __future__ import annotations

import re

import pytest

from toolgen.registry.realisable import _PLUMBING, _PLUMBING_WORDS, _plumbing
from toolgen.registry.secrets import _CANDIDATES

# The candidate pattern as it was written first: case-insensitive throughout.
_PLAIN_CANDIDATES = re.compile(
    r"(?i:bearer|basic)\s+[A-Za-z0-9_\-+/=.]{6,}|sign-?up-?for-?key|[A-Za-z0-9_\-+/=.]{20,}",
    re.IGNORECASE,
)

TEXTS = [
    "Use your key: Bearer abcDEF123456 to call it",
    "BASIC dXNlcjpwYXNzd29yZA== header",
    "SIGN-UP-FOR-KEY then sign-up-for-keyAbCdEfGh0123456789xyzW",
    "token sk_live_4eC39HqLyjWDarjtT1zdp7dc and a short one",
    # Letters IGNORECASE folds onto ASCII ones: the long s, the Kelvin sign, dotted and
    # dotless i, inside and around long tokens.
    "kelvin \u212aabcdefghijklmnopqrstuvwxyz0123 and \u017fecretkeyvalue12345678XYZ",
    "d\u0131\u0130ABCDEFGHIJKLMNOPQRSTUV9 end",
    "plain words only, nothing long enough here",
]


@pytest.mark.parametrize("text", TEXTS)
def test_candidates_match_as_the_case_insensitive_pattern(text: str) -> None:
    assert _CANDIDATES.findall(text) == _PLAIN_CANDIDATES.findall(text)


@pytest.mark.parametrize("name", [
    "Swagger UI", "get api docs", "OpenAPI spec", "UI Configuration", "healthcheck", "Healthz",
    "ping", "Heartbeat", "CSRF token", "actuator info", "get /anything", "docs", "status/404",
    "GraphQL", "\u017fwagger", "get hotels", "Search flights", "Convert currency",
])
def test_plumbing_fast_path_agrees_with_the_pattern(name: str) -> None:
    assert _plumbing(name) == bool(_PLUMBING.search(name))


def test_every_plumbing_alternative_spells_a_listed_word() -> None:
    """The fast path skips texts holding none of `_PLUMBING_WORDS`: a new alternative of
    `_PLUMBING` must spell one of them, or its matches would be skipped."""
    alternatives = _PLUMBING.pattern.split("|")
    for alternative in alternatives:
        literal = re.sub(r"\[[^\]]*\][?*+]?|\\[bdsw]|[\\^$?()]|\(\?:|\d\+?", "", alternative)
        assert any(word in literal.lower() for word in _PLUMBING_WORDS), alternative


@pytest.mark.parametrize(("name", "expected"), [
    ("getHotelDetails", ("get", "hotel", "details")),
    ("HTTPResponse_code", ("http", "response", "code")),
    ("hotel_id", ("hotel", "id")),
    ("--page--size2", ("page", "size2")),
    ("Ärger über", ("rger", "ber")),
    ("", ()),
])
def test_tokens_split_camel_case_and_punctuation(name: str, expected: tuple[str, ...]) -> None:
    from toolgen.graph.fields import tokens

    assert tokens(name) == expected
