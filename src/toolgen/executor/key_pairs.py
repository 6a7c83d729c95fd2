"""Key pairs: which two keys of an object name the two sides of one pair.

`rest(key, word)` reduces a normalised key to what is left once one side's word is taken
out (`check_in_date` without `check_in` -> `S_date`), so `paired(keys, pairs)` can match
`check_in_date` with `check_out_date` and `min_price` with `max_price`. Shared by the
cross-field rules (numeric ranges, date order, stay length, flight times). Which keys
pair depends on the keys alone, so `Pairing(pairs).of(keys)` works it out once per
distinct key tuple (objects of one schema share it) and the rules then only compare
values. Pure functions.
"""

from __future__ import annotations

from collections.abc import Iterator

from toolgen.executor.values import normalize_key


def rest(nk: str, word: str) -> str | None:
    """What is left of the normalised key `nk` without the side `word`, marked by where
    the word stood; None when `nk` does not carry the word."""
    if word not in nk:
        return None  # every case below needs the word inside the key
    if nk == word or nk.startswith(word + "_"):
        return "S" + nk[len(word):]
    if nk.endswith("_" + word):
        return nk[: -len(word)] + "E"
    if f"_{word}_" in nk:
        return nk.replace(f"_{word}_", "_X_", 1)
    return None


def paired(keys: list[tuple[str, str]], pairs: tuple[tuple[str, str], ...]
           ) -> Iterator[tuple[str, str]]:
    """(first key, second key) of `keys` (each with its normalised form) that name the two
    sides of a pair with the same rest (`check_in_date`, `check_out_date`)."""
    for first, second in pairs:
        firsts = {r: k for k, nk in keys if (r := rest(nk, first)) is not None}
        if not firsts:
            continue
        for k2, nk2 in keys:
            r2 = rest(nk2, second)
            k1 = firsts.get(r2) if r2 is not None else None
            if k1 is not None and k1 != k2:
                yield k1, k2


_MAX_SHAPES = 65536


class Pairing:
    """`paired(keys, pairs)` for one `pairs` table, memoised per tuple of keys, with each
    normalised key's sides (which pair, first or second, its rest) worked out once."""

    __slots__ = ("_memo", "_sides", "_words", "pairs")

    def __init__(self, pairs: tuple[tuple[str, str], ...]) -> None:
        self.pairs = pairs
        # (pair index, side, word) flat, in `_sides_of`'s order: a corpus brings thousands
        # of distinct keys, each tested against every word once; most hold none of them.
        self._words = tuple((i, side, word) for i, pair in enumerate(pairs)
                            for side, word in enumerate(pair))
        self._memo: dict[tuple[str, ...], tuple[tuple[str, str], ...]] = {}
        self._sides: dict[str, tuple[tuple[int, int, str], ...]] = {}

    def of(self, keys: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
        """(first key, second key) pairs of `keys`, in `paired`'s order."""
        hit = self._memo.get(keys)
        if hit is None:
            if len(self._memo) >= _MAX_SHAPES:
                self._memo.clear()
            hit = self._memo[keys] = self._pairs_of(keys)
        return hit

    def possible(self, names: tuple[str, ...]) -> bool:
        """Whether any subset of the normalised keys `names` could hold a pair: some rest
        is shared by a key read as a first side and a key read as a second side. False
        means the rule has nothing to do on an object with these keys, whatever values."""
        sides = [self._sides_of(nk) for nk in names]
        firsts = {(i, r) for found in sides for i, side, r in found if side == 0}
        return bool(firsts) and any(
            (i, r) in firsts for found in sides for i, side, r in found if side == 1)

    def _pairs_of(self, keys: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
        """`paired` over the keys' cached sides: same pairs, same order."""
        sides = [(k, self._sides_of(normalize_key(k))) for k in keys]
        used = sorted({i for _, found in sides for i, side, _ in found if side == 0})
        out: list[tuple[str, str]] = []
        for i in used:
            firsts = {r: k for k, found in sides for j, side, r in found if j == i and side == 0}
            for k2, found in sides:
                for j, side, r2 in found:
                    if j == i and side == 1:
                        k1 = firsts.get(r2)
                        if k1 is not None and k1 != k2:
                            out.append((k1, k2))
        return tuple(out)

    def _sides_of(self, nk: str) -> tuple[tuple[int, int, str], ...]:
        """(pair index, 0 for a first side or 1 for a second, rest) of a normalised key."""
        hit = self._sides.get(nk)
        if hit is None:
            if len(self._sides) >= _MAX_SHAPES:
                self._sides.clear()
            # `word in nk` first: `rest` answers None without it, and the test is cheap.
            hit = self._sides[nk] = tuple(
                (i, side, r) for i, side, word in self._words
                if word in nk and (r := rest(nk, word)) is not None)
        return hit
