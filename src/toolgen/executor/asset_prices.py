"""A listed share or coin costs what it trades at: 207 IBM shares are not 566.14.

Quote and calculator endpoints drew their money figures from one wide range, so BFCL's
`stock_invest_calculate_investment_cost(company="International Business Machines
Corporation", shares=207)` answered 566.14 (2.73 a share), a ToolBench quote put Bitcoin
at 16.1 USD and Tether (a dollar stablecoin) at 484.46. `SHARE_PRICE_USD` holds, for each
company of the stock table (`entities.tables.STOCK`), the range its share traded in over
2023-2025, and `COIN_PRICE_USD` the same for the coins of the crypto table (rounded
outward). Owned here:

- `asset_price_range(symbol)`: that range in US dollars, or None;
- `listed_company(args)`: the stock-table row a call names (by company name or ticker);
- `fit_asset_prices(output, args, rng)`: in every object that names a listed share or
  coin (its `symbol`/`ticker` field, or, at the top, the company the call named), a
  price field (`price`, `price_usd`, `current_price`...) outside the range, in the
  object's currency, is drawn again inside it; a candle's open, high, low and close are
  scaled together (their order stays), and a day's `change` follows its
  `change_percent`, a market cap is the price times the units out (`UNITS_OUT`) and a
  listed share is quoted in its listing's currency; an investment's cost for the call's `shares`
  becomes shares x such a price. A value the call sent stays, and so does one the
  session knows for the record read (the caller passes its fields with the arguments:
  an order placed at 75.31 reads back at 75.31).

In place, deterministic for the call's random stream, never touches the network.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.company_ticker import row_named
from toolgen.executor.exchange import PER_USD
from toolgen.executor.objects import key_names, objects_in
from toolgen.executor.values import normalize_key

SHARE_PRICE_USD: dict[str, tuple[float, float]] = {
    "AAPL": (125, 260), "MSFT": (220, 470), "GOOGL": (85, 210), "AMZN": (80, 240),
    "TSLA": (100, 480), "NVDA": (40, 160), "META": (120, 740), "NFLX": (280, 1000),
    "IBM": (120, 270), "ORCL": (60, 200), "INTC": (18, 52), "AMD": (60, 230),
    "JPM": (120, 280), "V": (200, 360), "WMT": (45, 110), "KO": (52, 75),
    "DIS": (78, 125), "BA": (130, 270), "XOM": (95, 125), "PFE": (24, 55),
}
COIN_PRICE_USD: dict[str, tuple[float, float]] = {
    "BTC": (16000, 110000), "ETH": (1200, 4900), "USDT": (0.99, 1.01), "BNB": (200, 800),
    "SOL": (10, 270), "XRP": (0.3, 3.4), "USDC": (0.99, 1.01), "ADA": (0.24, 1.3),
    "DOGE": (0.05, 0.48), "TRX": (0.05, 0.45), "DOT": (3.5, 12), "LTC": (50, 140),
    "AVAX": (9, 60), "LINK": (5, 30), "MATIC": (0.2, 1.6),
}
# Shares outstanding and coins in circulation (2024, rounded): a market cap is the price
# times these (Bitcoin's is about 1.4 trillion dollars, not 11.66).
UNITS_OUT: dict[str, float] = {
    "AAPL": 15.3e9, "MSFT": 7.43e9, "GOOGL": 12.3e9, "AMZN": 10.5e9, "TSLA": 3.2e9,
    "NVDA": 24.5e9, "META": 2.53e9, "NFLX": 0.43e9, "IBM": 0.92e9, "ORCL": 2.8e9,
    "INTC": 4.3e9, "AMD": 1.62e9, "JPM": 2.85e9, "V": 1.95e9, "WMT": 8.0e9, "KO": 4.31e9,
    "DIS": 1.81e9, "BA": 0.75e9, "XOM": 4.4e9, "PFE": 5.67e9,
    "BTC": 19.7e6, "ETH": 120e6, "USDT": 110e9, "BNB": 146e6, "SOL": 470e6, "XRP": 57e9,
    "USDC": 35e9, "ADA": 35e9, "DOGE": 146e9, "TRX": 86e9, "DOT": 1.5e9, "LTC": 75e6,
    "AVAX": 400e6, "LINK": 630e6, "MATIC": 9.3e9,
}
_MARKET_CAP = frozenset({"market_cap", "marketcap", "market_cap_usd", "market_capitalization"})
_NAMED_BY = frozenset({"company", "company_name", "name", "stock", "stock_name", "symbol",
                       "ticker", "stock_symbol", "ticker_symbol"})
_SYMBOL = frozenset({"symbol", "ticker", "stock_symbol", "ticker_symbol", "coin_symbol",
                     "asset_symbol"})
_PRICE = frozenset({"price", "current_price", "share_price", "stock_price", "last_price",
                    "price_per_share", "last", "market_price", "current_stock_price",
                    "price_usd", "priceusd", "usd_price", "regular_market_price"})
_CANDLE = ("open", "high", "low", "close", "adj_close", "previous_close", "prev_close")
_COST = frozenset({"investment_cost", "total_cost", "cost", "total_investment",
                   "investment"})
_SHARES = ("shares", "number_of_shares", "num_shares", "share_count")
_CURRENCY = frozenset({"currency", "currency_code"})


def asset_price_range(symbol: str) -> tuple[float, float] | None:
    """The range a listed share or coin (by ticker, upper case) traded in, in USD."""
    return SHARE_PRICE_USD.get(symbol) or COIN_PRICE_USD.get(symbol)


def listed_company(args: dict[str, Any]) -> dict[str, Any] | None:
    """The stock-table row the call's arguments name, or None."""
    for key, value in args.items():
        if normalize_key(key) in _NAMED_BY and isinstance(value, str):
            row = row_named(value)
            if row is not None:
                return row
    return None


def fit_asset_prices(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Prices and investment costs of listed shares and coins made believable."""
    sent = {normalize_key(k): v for k, v in args.items()}
    named = listed_company(args)
    for node in objects_in(output):
        top = node is output
        symbol = _symbol_of(node)
        if symbol is None and top and named is not None:
            symbol = str(named["symbol"])
        if symbol is not None:
            _listed_currency(node, symbol, sent)
        span = _span(symbol, node) if symbol is not None else None
        if span is not None and symbol is not None:
            _fit(node, span, sent, rng, top)
            _market_cap(node, symbol, sent)


def _symbol_of(obj: dict[str, Any]) -> str | None:
    if _SYMBOL.isdisjoint(key_names(obj)):
        return None
    for key, value in obj.items():
        if isinstance(value, str) and normalize_key(key) in _SYMBOL and \
                asset_price_range(value.strip()) is not None:
            return value.strip()
    return None


def _span(symbol: str, obj: dict[str, Any]) -> tuple[float, float] | None:
    """The symbol's range in the object's currency (USD when it names none)."""
    usd = asset_price_range(symbol)
    code = next((str(v).upper() for k, v in obj.items()
                 if normalize_key(k) in _CURRENCY and isinstance(v, str)), "USD")
    if usd is None or code not in PER_USD:
        return None
    return usd[0] * PER_USD[code], usd[1] * PER_USD[code]


def _draw(lo: float, hi: float, rng: random.Random) -> float:
    value = lo + rng.random() * (hi - lo)
    return round(value, 2 if hi >= 10 else 4)


def _fit(obj: dict[str, Any], span: tuple[float, float], sent: dict[str, Any],
         rng: random.Random, top: bool) -> None:
    lo, hi = span
    for key, value in list(obj.items()):
        nk = normalize_key(key)
        if not _is_number(value) or sent.get(nk) == value:
            continue
        if nk in _PRICE and not lo <= value <= hi:
            obj[key] = _draw(lo, hi, rng)
            _day_change(obj, obj[key], sent)
    candle = [k for k in obj if normalize_key(k) in _CANDLE and _is_number(obj[k])
              and sent.get(normalize_key(k)) != obj[k]]
    if candle and any(not lo <= obj[k] <= hi for k in candle):
        anchor = obj[candle[-1]]
        if anchor > 0:
            factor = _draw(lo, hi, rng) / anchor
            for k in candle:
                obj[k] = round(obj[k] * factor, 2 if hi >= 10 else 4)
    shares = next((v for k in _SHARES if isinstance(v := sent.get(k), (int, float))
                   and not isinstance(v, bool) and v > 0), None)
    if not top or shares is None:
        return
    for key, value in list(obj.items()):
        nk = normalize_key(key)
        if nk in _COST and _is_number(value) and sent.get(nk) != value and \
                not lo <= value / shares <= hi:
            obj[key] = round(shares * _draw(lo, hi, rng), 2)


def _listed_currency(obj: dict[str, Any], symbol: str, sent: dict[str, Any]) -> None:
    """A listed share is quoted in its listing's currency (AMZN in USD, not CAD) unless
    the call asked for another."""
    row = row_named(symbol)
    if row is None or any("currenc" in k for k in sent):
        return
    for key, value in obj.items():
        if normalize_key(key) in _CURRENCY and isinstance(value, str) and \
                value.upper() != row["currency"]:
            obj[key] = row["currency"] if value.isupper() else str(row["currency"]).lower()


def _market_cap(obj: dict[str, Any], symbol: str, sent: dict[str, Any]) -> None:
    """A market cap is the price times the units out (in whole units, or written in
    millions or billions), else it becomes that product."""
    units = UNITS_OUT.get(symbol)
    price = next((v for k, v in obj.items() if normalize_key(k) in _PRICE and _is_number(v)),
                 None)
    if units is None or price is None:
        return
    cap = price * units
    for key, value in obj.items():
        nk = normalize_key(key)
        if nk not in _MARKET_CAP or not _is_number(value) or sent.get(nk) == value:
            continue
        if not any(cap / 2 <= value * scale <= cap * 2 for scale in (1, 1e6, 1e9)):
            obj[key] = round(cap)


def _day_change(obj: dict[str, Any], price: float, sent: dict[str, Any]) -> None:
    """The day's change follows a redrawn price: `change` is what `change_percent` of
    yesterday's close comes to (a 7.93 % move of a 173.79 share is 12.77, not 3.01)."""
    keys = {normalize_key(k): k for k in obj if isinstance(k, str)}
    change, pct = keys.get("change"), keys.get("change_percent")
    if change is None or pct is None or not _is_number(obj[change]) or \
            not _is_number(obj[pct]) or "change" in sent or obj[pct] <= -100:
        return
    obj[change] = round(price * obj[pct] / (100 + obj[pct]), 2)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
