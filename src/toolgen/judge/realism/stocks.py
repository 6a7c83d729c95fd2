"""A stock answer about another company, or a share or coin at a price it never traded at.

`get_symbol_by_name(name="Microsoft Corporation")` answered `{"symbol": "AMZN"}`;
`calculate_investment_cost(company="International Business Machines Corporation",
shares=207)` answered 566.14 (2.73 a share for IBM); a quote put Bitcoin at 16.1 USD.
Kinds:

- `ticker_mismatch`: the call names a listed company by name and its answer's symbol
  field holds another listed company's ticker;
- `asset_price_implausible`: an object names a listed share or coin (its symbol field,
  or at the top the company the call named) and its price, or its investment cost over
  the call's shares, lies outside half to twice the range it traded in
  (`executor.asset_prices`), in the object's currency.

Only the companies and coins of the entity tables (`entities.tables`) are known.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.asset_prices import asset_price_range
from toolgen.executor.company_ticker import row_named
from toolgen.executor.exchange import PER_USD
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import any_of, argument_keys_gate, output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_calls
from toolgen.judge.realism.values import _snake
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "stocks"

_BY_NAME = frozenset({"company", "company_name", "name", "stock_name", "companyname"})
_BY_TICKER = frozenset({"symbol", "ticker", "stock_symbol", "ticker_symbol", "stock"})
_SYMBOL = frozenset({"symbol", "ticker", "stock_symbol", "ticker_symbol", "coin_symbol",
                     "asset_symbol"})
_PRICE = frozenset({"price", "current_price", "share_price", "stock_price", "last_price",
                    "price_per_share", "market_price", "current_stock_price", "price_usd",
                    "priceusd", "usd_price", "close", "open", "high", "low"})
_COST = frozenset({"investment_cost", "total_cost", "cost", "total_investment"})
_SHARES = ("shares", "number_of_shares", "num_shares", "share_count")
_CURRENCY = frozenset({"currency", "currency_code"})


def _named(args: dict[str, Any], keys: frozenset[str]) -> dict[str, Any] | None:
    for key, value in args.items():
        if _snake(key) in keys and isinstance(value, str):
            row = row_named(value)
            if row is not None:
                return row
    return None


def _number(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


def _mismatch(args: dict[str, Any], output: Any) -> str | None:
    by_name = _named(args, _BY_NAME)
    if by_name is None or not isinstance(output, dict):
        return None
    for key, value in output.items():
        other = row_named(value) if isinstance(value, str) and _snake(key) in _SYMBOL \
            else None
        if other is not None and other["symbol"] != by_name["symbol"]:
            return (f"asked about {by_name['company']} ({by_name['symbol']}), the answer's "
                    f"{key} is {value}")
    return None


def _symbol(obj: dict[str, Any]) -> str | None:
    return next((v.strip() for k, v in obj.items() if isinstance(v, str)
                 and _snake(k) in _SYMBOL and asset_price_range(v.strip()) is not None), None)


def _mispriced(obj: dict[str, Any], symbol: str, args: dict[str, Any],
               top: bool) -> str | None:
    span = asset_price_range(symbol)
    code = next((str(v).upper() for k, v in obj.items() if _snake(k) in _CURRENCY
                 and isinstance(v, str)), "USD")
    if span is None or code not in PER_USD:
        return None
    lo, hi = span[0] * PER_USD[code] / 2, span[1] * PER_USD[code] * 2
    sent = {_snake(k) for k in args}
    shares = next((n for k in _SHARES if (n := _number(args.get(k))) and n > 0), None)
    for key, value in obj.items():
        figure, nk = _number(value), _snake(key)
        if figure is None or nk in sent:
            continue
        unit = figure if nk in _PRICE else \
            figure / shares if nk in _COST and shares and top else None
        if unit is not None and not lo <= unit <= hi:
            return f"{key} {value} puts {symbol} at {unit:,.2f} {code}"
    return None


def reason(args: dict[str, Any], objects: list[tuple[str, dict[str, Any]]],
           output: Any) -> tuple[str, str] | None:
    """(kind, why) when the answer names another company or an impossible price."""
    why = _mismatch(args, output)
    if why is not None:
        return "ticker_mismatch", why
    named = _named(args, _BY_NAME) or _named(args, _BY_TICKER)
    for _, obj in objects:
        top = obj is output
        symbol = _symbol(obj) or (str(named["symbol"]) if top and named else None)
        why = _mispriced(obj, symbol, args, top) if symbol else None
        if why is not None:
            return "asset_price_implausible", why
    return None


# A listed company named in a call, or a symbol field in an answer.
GATE = any_of(argument_keys_gate(lambda key: _snake(key) in _BY_NAME | _BY_TICKER),
              output_keys_gate(lambda key: _snake(key) in _SYMBOL))


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step, args, at in answered_calls(view):
        found = reason(args, view.objects(step.call_id), view.output(step.call_id))
        if found is not None:
            out.append(finding(NAME, found[0], at, found[1]))
    return out
