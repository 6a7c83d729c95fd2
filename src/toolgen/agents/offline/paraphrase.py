"""Lexical-diversity post-processing: grammar-level paraphrase that never touches values.

STUB: returns the text unchanged; the real one follows (synonyms, clause reordering,
register, contractions, small disfluencies on masked text).
"""

from __future__ import annotations

import random
from collections.abc import Sequence


def paraphrase(
    text: str, protected: Sequence[str], rng: random.Random, strength: float = 0.5
) -> str:
    return text
