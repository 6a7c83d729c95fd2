"""Key pairs: which two keys of an object name the two sides of one pair.

`rest(key, word)` reduces a normalised key to what is left once one side's word is taken
out (`check_in_date` without `check_in` -> `S_date`), so `paired(keys, pairs)` can match
`check_in_date` with `check_out_date` and `min_price` with `max_price`. Shared by the
cross-field rules (numeric ranges, date order, stay length, flight times). Pure functions.
"""

from __future__ import annotations

from collections.abc import Iterator


def rest(nk: str, word: str) -> str | None:
    """What is left of the normalised key `nk` without the side `word`, marked by where
    the word stood; None when `nk` does not carry the word."""
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
