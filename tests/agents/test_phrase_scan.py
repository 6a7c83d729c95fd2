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


def test_texts_of_ascii_and_masking_tokens_agree_with_the_regex_on_the_real_tables() -> None:
    from toolgen.agents.offline.paraphrase import _contraction_tables, _synonym_table

    scan_syn, index = _synonym_table()
    to_short, to_full, full, short = _contraction_tables()
    longest_first = sorted(index, key=len, reverse=True)  # as the synonym table orders them
    tables = [(scan_syn, longest_first), (to_short, list(full)), (to_full, list(short))]
    rng = random.Random(3)
    for scan, phrases in tables:
        ref = _reference(phrases)
        words = [w for p in phrases for w in p.split()]
        pieces = [*phrases, *words, " ", " ", ", ", ". ", "'", "_", "-", "9", "x", "\n",
                  "\ue000\ue100\ue001", "\ue000\ue101\ue001"]
        for _ in range(1500):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
            text = "".join(c.upper() if rng.random() < 0.2 else c for c in text)
            seen: list[str] = []

            def mark(m: re.Match[str], seen: list[str] = seen) -> str:
                seen.append(m[0])
                return "<" + m[0] + ">"

            assert scan.sub(mark, text) == ref.sub(lambda m: "<" + m[0] + ">", text), text
            assert seen == [m[0] for m in ref.finditer(text)]
