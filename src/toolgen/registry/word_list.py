"""wordninja's English word list, read once per process, and wordninja's split over it.

The list (126k words, most frequent first) is what `english`, the judge's dictionary and
the glued-name splitter all read. Importing `wordninja` builds its model at import time,
a float cost for every word (about 0.15 s), and each reader decompressed the list again;
here it is decompressed once and a word's rank is kept instead, its cost computed from the
rank when a split asks (`word_cost`: the same float wordninja stores). `ninja_split` is
`wordninja.split`, same tokens for any text (kept equal by tests against wordninja).
Without wordninja installed the list is empty and `ninja_split` splits no run of letters.
"""

from __future__ import annotations

import gzip
import importlib.util
import math
import re
from functools import cache
from pathlib import Path

_SPLIT = re.compile("[^a-zA-Z0-9']+")  # wordninja's `_SPLIT_RE`


@cache
def listed_words() -> tuple[str, ...]:
    """The whole list, most frequent first (empty if wordninja is not installed)."""
    spec = importlib.util.find_spec("wordninja")
    if spec is None or spec.origin is None:
        return ()
    path = Path(spec.origin).parent / "wordninja" / "wordninja_words.txt.gz"
    with gzip.open(path) as handle:
        return tuple(handle.read().decode().split())


@cache
def word_ranks() -> dict[str, int]:
    """Each listed word's position (a repeated word keeps its last, as wordninja's dict)."""
    words = listed_words()
    return dict(zip(words, range(len(words)), strict=True))


@cache
def _scale() -> tuple[float, int]:
    """log(list size), wordninja's Zipf scale, and the longest word's length."""
    words = listed_words()
    return math.log(len(words)), max(map(len, words), default=0)


def word_cost(word: str, unlisted: float) -> float:
    """wordninja's cost of `word` (log((rank + 1) * log(size))), `unlisted` when it is none
    of the list's words."""
    rank = word_ranks().get(word)
    return unlisted if rank is None else math.log((rank + 1) * _scale()[0])


def ninja_split(text: str) -> list[str]:
    """`wordninja.split(text)`: runs of letters, digits and apostrophes, each cut where the
    Zipf costs of its pieces sum least."""
    return [word for run in _SPLIT.split(text) for word in _split_run(run)]


def _split_run(s: str) -> list[str]:
    """wordninja's `LanguageModel._split` (dynamic programming, then backtracking with its
    apostrophe and digit joins), with the same costs and the same choice among equals."""
    ranks = word_ranks()
    if not ranks:
        return [s] if s else []
    log_size, longest = _scale()
    low = s.lower()  # a run is ASCII (`_SPLIT`), so lowering it lowers each piece alike

    def best_match(i: int) -> tuple[float, int]:
        # wordninja: min((cost[i-k-1] + wordcost.get(piece, 9e999), k+1)) over the pieces
        # ending at i. An unlisted piece costs inf and so wins only when every piece does,
        # and then the first, (inf, 1); among finite costs the first lowest wins, as min()
        # on (cost, length) keeps it.
        best, length = math.inf, 1
        for k in range(min(i, longest)):
            rank = ranks.get(low[i - k - 1:i])
            if rank is not None:
                here = cost[i - k - 1] + math.log((rank + 1) * log_size)
                if here < best:
                    best, length = here, k + 1
        return best, length

    cost: list[float] = [0]
    for i in range(1, len(s) + 1):
        cost.append(best_match(i)[0])
    out: list[str] = []
    i = len(s)
    while i > 0:
        _, k = best_match(i)
        piece = s[i - k:i]
        if piece != "'" and out and (out[-1] == "'s" or (s[i - 1].isdigit()
                                                          and out[-1][0].isdigit())):
            out[-1] = piece + out[-1]  # re-attach a split "'s" and split digits
        else:
            out.append(piece)
        i -= k
    out.reverse()
    return out
