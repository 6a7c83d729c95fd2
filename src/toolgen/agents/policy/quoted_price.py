"""A market quote's figure is what a request for a rate or a price asks for.

`market_get_cross_currencies` asked for "the exchange rate" answered a map of quotes
(`{"MXNJPY:cur": {"baseName": ..., "tickerName": ..., "last": "15.9515", ...}}`) and
was answered "the rate between the currencies: it's SOUTH KOREAN WON, with ticker name
INRKRW:CUR" (ToolBench seed 31 #42): labels of the quote, not its rate. A quote says its
figure under a trading word (`last`, `lastPrice`, `close`, `regularMarketPrice`), which
no request names. `quoted_price(facts, output, obj)` puts that figure first, labelled
by what the request asks for ("rate", "price"), when the request asks for one and no
fact already says it.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.agents.offline import Fact, value_text
from toolgen.agents.offline.clauses import role_of

# The words of a request that ask for a quoted figure, and the label each is said under.
_ASKED = {"rate": "rate", "rates": "rate", "price": "price", "prices": "price",
          "quote": "price", "quotes": "price", "exchange": "rate"}
# Keys under which a quote holds its current figure, most telling first.
_QUOTE_KEYS = ("last", "lastprice", "last_price", "regularmarketprice", "close",
               "price", "mid", "rate")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def quoted_price(facts: list[Fact], output: Any, obj: str) -> list[Fact]:
    """`facts` led by the quote's figure (module doc); unchanged when the request asks
    for no rate or price, a fact already gives one, or no quote figure is there."""
    words = re.findall(r"[a-z]+", obj.lower())
    label = next((_ASKED[w] for w in words if w in _ASKED), None)
    if label is None or any(f.label.split()[-1:] == [label] for f in facts if f.label):
        return facts
    found = _quote_figure(output)
    if found is None:
        return facts
    figure, symbol = found
    # the quote's names ("SOUTH KOREAN WON", "INRKRW:CUR") would head the answer as
    # what it is about (`clauses`): the figure says it, beside the symbol it is quoted for
    named = [Fact(label="symbol", value=symbol)] if symbol else []
    return [Fact(label=label, value=figure), *named,
            *[f for f in facts if f.value not in (figure, symbol) and role_of(f) != "subject"]]


def _quote_figure(output: Any) -> tuple[str, str] | None:
    """The figure of the first object (through objects and each list's first item) that
    holds a quote key with a number, as text, and that object's `symbol` (empty when it
    has none); None when there is none."""
    stack = [output]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            keys = {str(k).lower(): v for k, v in node.items()}
            for key in _QUOTE_KEYS:
                value = keys.get(key)
                if (isinstance(value, int | float) and not isinstance(value, bool)) or (
                        isinstance(value, str) and _NUMBER.fullmatch(value)):
                    symbol = keys.get("symbol")
                    return value_text(value), symbol if isinstance(symbol, str) else ""
            stack.extend(reversed([v for v in node.values() if isinstance(v, dict | list)]))
        elif isinstance(node, list) and node:
            stack.append(node[0])
    return None
