"""Masking replaces protected strings exactly as a longest-first regex alternation would."""

from __future__ import annotations

import random
import re

from toolgen.agents.offline.masking import Masked


def _masked_pieces(masked: Masked) -> list[str]:
    """The protected strings masked in the text, in order."""
    return [masked.values[t] for t in re.findall("\ue000[^\ue001]*\ue001", masked.text)]


def test_overlapping_strings_mask_the_longest_leftmost() -> None:
    masked = Masked("order ord-12 and ord-123 shipped", ["ord-12", "ord-123", "12 and"])
    assert masked.restore(masked.text) == "order ord-12 and ord-123 shipped"
    # "12 and" starts inside "ord-12", which starts first and so wins.
    assert _masked_pieces(masked) == ["ord-12", "ord-123"]
    assert " and " in masked.text


def test_matches_the_regex_alternation_on_random_texts() -> None:
    rng = random.Random(3)
    alphabet = "ab.-1 "
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        protected = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4)))
                     for _ in range(rng.randint(0, 4))]
        masked = Masked(text, protected)
        assert masked.restore(masked.text) == text
        pieces = _masked_pieces(masked)
        uniq = sorted({p for p in protected if p}, key=len, reverse=True)
        want = re.findall("|".join(re.escape(p) for p in uniq), text) if uniq else []
        assert pieces == want, (text, protected)
