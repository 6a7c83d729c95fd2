"""A company a user names to a stock tool is a listed company.

BFCL's `get_symbol_by_name(name)` ("Get the symbol of a stock by company name") was asked
for "Evening Star", a made-up title, and answered MSFT. A person looking up a ticker
names a company that has one. `listed_company(key, tokens, description, about)` is a
planner value rule: a name or company parameter whose text says it names a company, on a
tool about stocks, is drawn from the listed companies of the stock table.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from toolgen.executor.entities.tables import STOCK

_KEYS = frozenset({"name", "company", "company_name", "companyname", "stock_name"})
_COMPANY = re.compile(r"\bcompany\b|\bcorporation\b|\bissuer\b", re.I)
_STOCKS = re.compile(r"\bstocks?\b|\bticker|\bshares?\b|\bequit(?:y|ies)\b|\btrading\b", re.I)
_LISTED = tuple(str(row["company"]) for row in STOCK.rows)


def listed_company(key: str, tokens: set[str], description: str,
                   about: str) -> Callable[[random.Random], Any] | None:
    """A draw of a listed company's name, or None when the parameter names no company."""
    if key not in _KEYS or not _STOCKS.search(f"{about} {description}"):
        return None
    if key in ("name", "stock_name") and not _COMPANY.search(description):
        return None
    return lambda rng: rng.choice(_LISTED)
