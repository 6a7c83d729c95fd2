"""Seed derivation: stable sub-seeds from a run seed and labels (blake2b, never hash())."""

from __future__ import annotations

import hashlib
import random


def derive_seed(seed: int, *labels: object) -> int:
    """A 63-bit seed that depends only on `seed` and the labels, stable across runs."""
    h = hashlib.blake2b(digest_size=8)
    h.update(str(seed).encode())
    for label in labels:
        h.update(b"\x1f")
        h.update(str(label).encode())
    return int.from_bytes(h.digest(), "big") >> 1


def rng_for(seed: int, *labels: object) -> random.Random:
    """A private random stream for one stage of one record."""
    return random.Random(derive_seed(seed, *labels))
