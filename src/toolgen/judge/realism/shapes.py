"""A result shaped for another domain: a market quote where a player's goals belong.

`player_stats_get_all_time_goals` answering `{"value": 38.73, "change_percent": -2.11}`,
a quote of a boomer's sayings answering with a price, a change and a trading volume: a
reviewer sees a stock ticker's fields on a tool that has nothing to do with markets.
Kind `borrowed_shape`.

An object has a market quote's shape when it holds a percent change (`change_percent`,
`percent_change`, `changesPercentage`...) beside a price or a value. The tool is a
market's when its name or description has a word of trading (stock, share, market,
price, crypto, coin, currency, exchange, ticker, fund, invest, dividend, portfolio...;
not "quote", which is as often a saying).
Left alone: every tool with such a word, and changes without a percentage (a score's
change).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import key_tokens, real_steps, words
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "shapes"

_MARKET = words(
    "stock stocks share shares market markets price prices pricing crypto cryptocurrency ",
    "coin coins token tokens currency currencies forex fx exchange exchanges ticker tickers ",
    "symbol symbols fund funds invest investing investment investments trading trade trades ",
    "finance financial dividend dividends equity equities etf etfs bond bonds commodity ",
    "commodities gold silver oil portfolio asset assets nasdaq nyse bitcoin btc eth ",
    "ethereum valuation index indices securities security economic economy ",
    "rate rates return returns profit revenue earnings bank banking wallet nft nfts ",
    "yield interest loan mortgage tax inflation gdp sales sale product products shop store",
)
_PRICE = frozenset({"value", "price", "last", "close", "current", "amount", "rate"})


@lru_cache(maxsize=4096)
def _percent_change(key: str) -> bool:
    tokens = set(key_tokens(key))
    return ("change" in tokens or "changes" in tokens) and bool(
        tokens & {"percent", "percentage", "pct"})


def _quote_shaped(obj: dict[str, Any]) -> bool:
    keys = [str(k) for k in obj]
    return any(_percent_change(k) for k in keys) and any(
        key_tokens(k)[-1:] and key_tokens(k)[-1] in _PRICE for k in keys)


@lru_cache(maxsize=4096)
def _market_tool(function_name: str, description: str) -> bool:
    said = set(key_tokens(function_name)) | set(key_tokens(description))
    return bool(said & _MARKET)


# Only an output with a percent change can be shaped like a quote.
GATE = output_keys_gate(_percent_change)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        if step.status != "ok" or step.call_id not in view.answer_at:
            continue
        if not any(_quote_shaped(obj) for _, obj in view.objects(step.call_id)):
            continue
        if _market_tool(step.function_name, view.description(step.function_name)):
            continue
        out.append(finding(NAME, "borrowed_shape", view.answer_at[step.call_id],
                           f"{step.function_name}: a market quote (a value and its percent "
                           "change) from a tool that has nothing to do with markets"))
    return out
