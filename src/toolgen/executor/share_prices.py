"""A listed company's shares cost what they trade at: 207 IBM shares are not 566.14.

A calculator or quote endpoint drew its money figure from one wide range, so BFCL's
`stock_invest_calculate_investment_cost(company="International Business Machines
Corporation", shares=207)` answered 566.14 (2.73 a share). `SHARE_PRICE_USD` holds, for
each company of the stock table (`entities.tables.STOCK`), the range its share traded in
over 2023-2025 (rounded outward). Owned here:

- `listed_company(args)`: the stock-table row a call names (by company name or ticker);
- `share_price_range(symbol)`: that range, or None;
- `fit_share_prices(output, args, rng)`: with a company named, a per-share price field
  (`price`, `current_price`, `share_price`...) outside the range is drawn again inside
  it, and an investment's cost for the call's `shares` becomes shares x such a price.

In place, deterministic for the call's random stream, never touches the network.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.company_ticker import row_named
from toolgen.executor.values import normalize_key

SHARE_PRICE_USD: dict[str, tuple[float, float]] = {
    "AAPL": (125, 260), "MSFT": (220, 470), "GOOGL": (85, 210), "AMZN": (80, 240),
    "TSLA": (100, 480), "NVDA": (40, 160), "META": (120, 740), "NFLX": (280, 1000),
    "IBM": (120, 270), "ORCL": (60, 200), "INTC": (18, 52), "AMD": (60, 230),
    "JPM": (120, 280), "V": (200, 360), "WMT": (45, 110), "KO": (52, 75),
    "DIS": (78, 125), "BA": (130, 270), "XOM": (95, 125), "PFE": (24, 55),
}
_NAMED_BY = frozenset({"company", "company_name", "name", "stock", "stock_name", "symbol",
                       "ticker", "stock_symbol", "ticker_symbol"})
_PER_SHARE = frozenset({"price", "current_price", "share_price", "stock_price", "last_price",
                        "price_per_share", "last", "market_price", "current_stock_price"})
_COST = frozenset({"investment_cost", "total_cost", "cost", "total_investment",
                   "investment", "total_price", "total_value", "value"})
_SHARES = ("shares", "number_of_shares", "num_shares", "quantity", "share_count")


def listed_company(args: dict[str, Any]) -> dict[str, Any] | None:
    """The stock-table row the call's arguments name, or None."""
    for key, value in args.items():
        if normalize_key(key) in _NAMED_BY and isinstance(value, str):
            row = row_named(value)
            if row is not None:
                return row
    return None


def share_price_range(symbol: str) -> tuple[float, float] | None:
    return SHARE_PRICE_USD.get(symbol.upper())


def fit_share_prices(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Per-share prices and investment costs of the named company made believable."""
    if not isinstance(output, dict):
        return
    row = listed_company(args)
    span = share_price_range(str(row["symbol"])) if row is not None else None
    if span is None:
        return
    lo, hi = span
    shares = next((v for k in _SHARES if isinstance(v := args.get(k), (int, float))
                   and not isinstance(v, bool) and v > 0), None)
    for key, value in output.items():
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            continue
        nk = normalize_key(key)
        if nk in _PER_SHARE and not lo <= value <= hi and nk not in args:
            output[key] = round(lo + rng.random() * (hi - lo), 2)
        elif nk in _COST and shares is not None and nk not in args and \
                not lo <= value / shares <= hi:
            output[key] = round(shares * (lo + rng.random() * (hi - lo)), 2)
