"""A stock answer about another company, or at a price its shares never traded at.

`get_symbol_by_name(name="Microsoft Corporation")` answered `{"symbol": "AMZN"}`, and
`calculate_investment_cost(company="International Business Machines Corporation",
shares=207)` answered 566.14 (2.73 a share for IBM). Kinds:

- `ticker_mismatch`: the call names a listed company by name and its answer's symbol
  field holds another listed company's ticker;
- `share_price_implausible`: the call names a listed company (by name or ticker) and the
  answer's per-share price, or its investment cost over the call's shares, lies outside
  half to twice the range the share traded in (`executor.share_prices`).

Only the companies of the stock table (`entities.tables.STOCK`) are known.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.company_ticker import row_named
from toolgen.executor.share_prices import share_price_range
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import argument_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import real_steps
from toolgen.judge.realism.values import _snake
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "stocks"

_BY_NAME = frozenset({"company", "company_name", "name", "stock_name", "companyname"})
_BY_TICKER = frozenset({"symbol", "ticker", "stock_symbol", "ticker_symbol", "stock"})
_SYMBOL = frozenset({"symbol", "ticker", "stock_symbol", "ticker_symbol"})
_PER_SHARE = frozenset({"price", "current_price", "share_price", "stock_price", "last_price",
                        "price_per_share", "market_price", "current_stock_price"})
_COST = frozenset({"investment_cost", "total_cost", "cost", "total_investment"})
_SHARES = ("shares", "number_of_shares", "num_shares", "share_count")


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


def reason(args: dict[str, Any], output: Any) -> tuple[str, str] | None:
    """(kind, why) when `output` answers another company or an impossible share price."""
    if not isinstance(output, dict):
        return None
    by_name = _named(args, _BY_NAME)
    if by_name is not None:
        for key, value in output.items():
            other = row_named(value) if isinstance(value, str) and _snake(key) in _SYMBOL \
                else None
            if other is not None and other["symbol"] != by_name["symbol"]:
                return ("ticker_mismatch", f"asked about {by_name['company']} "
                        f"({by_name['symbol']}), the answer's {key} is {value}")
    row = by_name or _named(args, _BY_TICKER)
    span = share_price_range(str(row["symbol"])) if row is not None else None
    if span is None or row is None:
        return None
    lo, hi = span[0] / 2, span[1] * 2
    shares = next((n for k in _SHARES if (n := _number(args.get(k))) and n > 0), None)
    for key, value in output.items():
        figure = _number(value)
        nk = _snake(key)
        if figure is None or nk in {_snake(k) for k in args}:
            continue
        per_share = figure if nk in _PER_SHARE else \
            figure / shares if nk in _COST and shares else None
        if per_share is not None and not lo <= per_share <= hi:
            return ("share_price_implausible", f"{key} {value} puts a {row['symbol']} "
                    f"share at {per_share:,.2f}")
    return None


# A listed company is named in some call's arguments.
GATE = argument_keys_gate(lambda key: _snake(key) in _BY_NAME | _BY_TICKER)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        args = view.arguments(step.call_id)
        if step.status != "ok" or step.call_id not in view.answer_at or \
                not isinstance(args, dict):
            continue
        found = reason(args, view.output(step.call_id))
        if found is not None:
            out.append(finding(NAME, found[0], view.answer_at[step.call_id], found[1]))
    return out
