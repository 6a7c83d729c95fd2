"""Stock phrases an answer says once: "I checked the events, and there are 4 in all; the
first is ... I checked the restaurants, and there are 9 in all; the first is ..." reads
as one template stamped twice.

An answer's report is built one sentence per call; `stock(text)` is the set of stock
phrases a sentence holds (its opening words and the count and status phrases every
report draws from), and `fresh(draw, said, tries)` draws a sentence until it repeats none
of those already `said` (else keeps the draw that repeats fewest). Pure but for `draw`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set

# Phrases every report sentence draws from a few templates.
_STOCK = re.compile(r"\b(?:in all|the first is|the first being|turned up|came back|showed up|"
                    r"led by|its status is|comes to|That went through|"
                    r"Here(?:'s| is) what I found|Looking at|As for|I pulled up|I checked|"
                    r"I found)\b")
_WORD = re.compile(r"[A-Za-z']+")


def stock(text: str) -> frozenset[str]:
    """The stock phrases of a report sentence: its first three words and each of
    `_STOCK` it holds."""
    opening = " ".join(_WORD.findall(text)[:3]).lower()
    return frozenset({opening, *(m.group(0).lower() for m in _STOCK.finditer(text))})


def fresh(draw: Callable[[], str], said: Set[str], tries: int = 6) -> str:
    """A sentence from `draw` that says none of the stock phrases `said` before it, else
    the draw (of `tries`) that says fewest of them."""
    best, repeated = "", -1
    for _ in range(tries):
        text = draw()
        n = len(stock(text) & said)
        if repeated < 0 or n < repeated:
            best, repeated = text, n
        if n == 0:
            break
    return best
