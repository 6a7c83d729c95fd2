"""Protecting exact substrings (slot values, ids, numbers) while text is rewritten.

Every rewriting step (grammar clean-up, paraphrase, typos, casing) runs on a masked text in
which each protected substring is one opaque token of private-use characters; nothing that
rewrites words can see into it, so the values come back byte for byte.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# Private-use code points: never produced by the grammars, untouched by lower(), and not
# \w, so word-level rules treat a token as punctuation-free opaque text.
_OPEN = "\ue000"
_CLOSE = "\ue001"
_BASE = 0xE100
TOKEN_RE = re.compile(f"{_OPEN}[\ue100-\uf8ff]+{_CLOSE}")


@lru_cache(maxsize=1024)  # the same few numbers in every text
def token(i: int) -> str:
    """The opaque token standing for protected string number `i`."""
    digits = []
    while True:
        i, r = divmod(i, 256)
        digits.append(chr(_BASE + r))
        if i == 0:
            break
    return _OPEN + "".join(digits) + _CLOSE


class Masked:
    """A text with its protected substrings replaced by tokens; `restore()` undoes it."""

    __slots__ = ("text", "values")

    def __init__(self, text: str, protected: Iterable[str]) -> None:
        uniq = sorted({p for p in protected if p}, key=len, reverse=True)
        self.values: dict[str, str] = {}
        if not uniq:
            self.text = text
            return
        # Longest first, so a value containing another is masked whole.
        index = {p: token(i) for i, p in enumerate(uniq)}
        self.values = {tok: p for p, tok in index.items()}
        self.text = _replace_all(text, uniq, index)

    def restore(self, text: str) -> str:
        if not self.values:
            return text
        return TOKEN_RE.sub(lambda m: self.values.get(m.group(0), ""), text)


def _replace_all(text: str, longest_first: list[str], index: dict[str, str]) -> str:
    """`text` with each protected string replaced by its token, scanning left to right and
    taking the longest string that starts at each place (what an alternation of the
    strings, longest first, does with `re.sub`). Why not that regex: the strings differ
    per text, so it was compiled for every text, which cost more than the rewriting."""
    starts: dict[int, str] = {}
    for p in longest_first:
        at = text.find(p)
        while at >= 0:
            starts.setdefault(at, p)  # an earlier (longer) string starting here wins
            at = text.find(p, at + 1)
    if not starts:
        return text
    out: list[str] = []
    pos = 0
    for at in sorted(starts):
        if at < pos:
            continue  # inside a match already taken
        p = starts[at]
        out.append(text[pos:at])
        out.append(index[p])
        pos = at + len(p)
    out.append(text[pos:])
    return "".join(out)


def survives(original: str, rewritten: str, protected: Iterable[str]) -> bool:
    """True when every protected string found in `original` is still in `rewritten`."""
    return all(p in rewritten for p in protected if p and p in original)


class Vault:
    """Builds a text around protected values: `put(value)` returns the opaque token to
    place in the text; `restore(text)` swaps every token back for its exact value."""

    __slots__ = ("_values",)

    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    def put(self, value: str) -> str:
        tok = token(len(self._values))
        self._values[tok] = value
        return tok

    def restore(self, text: str) -> str:
        if not self._values:
            return text
        return TOKEN_RE.sub(lambda m: self._values.get(m.group(0), ""), text)

    def closed(self, text: str) -> str:
        """`text` without a full stop right after a value that ends a sentence itself
        ("by the end of the week.." -> "by the end of the week."), or quoted at the end
        ('"Thursday afternoon.".' -> '"Thursday afternoon."'; within the text, '?". After
        that' keeps the stop that ends the person's own sentence)."""
        for tok, value in self._values.items():
            if value[-1:] in (".", "?", "!") and tok in text:
                text = re.sub(re.escape(tok) + r'(?:\.(?=\s|$)|(")\.$)', tok + r"\1", text)
        return text
