"""A price as an answer writes it, read and written back in the same style.

Shops write prices as numbers (`132.82`), bare text (`"77.46"`), text with a symbol
(`"₹5,804.00"`) or a range (`"₹5,804.00 - ₹7,495.00"`). `read_price(value, currency)`
returns (amount, currency or None) of the first figure; `write_price(amount, currency,
like)` writes an amount given in `currency` the way `like` was written, converted into
the currency `like` states (by its symbol, or `stated`) at the reference rates. Pure.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor.exchange import PER_USD

SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "₹": "INR", "¥": "JPY", "₩": "KRW"}
_FIGURE = re.compile(r"(?P<sym>[$€£₹¥₩])?\s*(?P<num>\d[\d,]*(?:\.\d+)?)")


def read_price(value: Any, stated: str | None = None) -> tuple[float, str | None] | None:
    """(amount, currency) of a price written as `value`; `stated` is the currency its
    object names, used when the text has no symbol. None when it holds no figure."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value), _code(stated)
    if not isinstance(value, str):
        return None
    m = _FIGURE.search(value)
    if m is None:
        return None
    sym = m.group("sym")
    return float(m.group("num").replace(",", "")), SYMBOLS[sym] if sym else _code(stated)


def write_price(amount: float, currency: str | None, like: Any,
                stated: str | None = None) -> Any:
    """`amount` (in `currency`, None when unknown) written as `like` is: a number stays a
    number, a text keeps its symbol and separators, a range becomes one price. Converted
    into `like`'s currency when both are known."""
    _, into = read_price(like, stated) or (0.0, None)
    if currency and into and currency != into and currency in PER_USD and into in PER_USD:
        amount = amount / PER_USD[currency] * PER_USD[into]
    if isinstance(like, (int, float)):
        return round(amount) if isinstance(like, int) else round(amount, 2)
    m = _FIGURE.search(like) if isinstance(like, str) else None
    if m is None:
        return f"{amount:.2f}"
    # thousands grouped as the shop groups them ("₹5,804.00"), plain otherwise ("77.46")
    figure = f"{amount:,.2f}" if "," in m.group("num") else f"{amount:.2f}"
    sym = m.group("sym") or ""
    return like[:m.start()] + sym + figure


def _code(currency: str | None) -> str | None:
    code = currency.upper() if isinstance(currency, str) else None
    return code if code in PER_USD else None
