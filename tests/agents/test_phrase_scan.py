"""PhrasePattern.sub gives what the plain case-insensitive regex gives, match for match."""

from __future__ import annotations

import random
import re

from toolgen.agents.offline.phrase_scan import PhrasePattern

_PHRASES = ["i would like", "i'd like", "could you", "can you", "please", "show", "so", "k"]


def _reference(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'])(" + "|".join(re.escape(p) for p in phrases) + r")(?![\w'])",
                      re.IGNORECASE)


def test_same_matches_in_the_same_order_as_the_regex() -> None:
    scan, ref = PhrasePattern(_PHRASES), _reference(_PHRASES)
    text = ("Please, COULD you show it? I'd like so-so. \u212a and \u017fo, "
            "i would like \ue000x\ue001")
    seen: list[str] = []

    def mark(m: re.Match[str]) -> str:
        seen.append(m[0])
        return "<" + m[0] + ">"

    assert scan.sub(mark, text) == ref.sub(lambda m: "<" + m[0] + ">", text)
    assert seen == [m[0] for m in ref.finditer(text)]
    assert "\u212a" in seen and "\u017fo" in seen  # case-folded non-ASCII matches kept


def test_random_texts_agree_with_the_regex() -> None:
    rng = random.Random(11)
    pieces = [*_PHRASES, "Please", "SO", "x", "'", " ", ".", "\u212a", "\u017f", "\u0130", "ok"]
    scan, ref = PhrasePattern(_PHRASES), _reference(_PHRASES)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert scan.sub(lambda m: m[0].upper() + "|", text) == ref.sub(
            lambda m: m[0].upper() + "|", text), text
