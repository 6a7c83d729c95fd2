"""A stock looked up by a company's name: the user names a listed company and the answer
is its own ticker (BFCL trading_bot: "Evening Star" was answered MSFT)."""

from __future__ import annotations

import random

from toolgen.agents.planner.values_meaning import meant_value
from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter

# A few listed companies and their tickers, as a reader knows them.
_TICKERS = {"Apple Inc.": "AAPL", "Microsoft Corporation": "MSFT", "Alphabet Inc.": "GOOGL",
            "Intel Corporation": "INTC", "Amazon.com, Inc.": "AMZN"}

_NAME = Parameter(name="name", raw_name="name", type_label="string",
                  json_schema={"type": "string", "description": "Name of the company."},
                  required=True, description="Name of the company.")
_SYMBOL_BY_NAME = Endpoint(
    id="trading_bot/get_symbol_by_name", function_name="get_symbol_by_name",
    tool_id="trading_bot", tool_name="trading_bot", category="BFCL", name="get_symbol_by_name",
    description="This tool belongs to the trading system, which allows users to trade stocks. "
                "Tool description: Get the symbol of a stock by company name.",
    method="CALL", parameters=(_NAME,),
    response_schema={"type": "object", "properties": {"symbol": {"type": "string"}}},
    response_source="schema")


def test_the_user_names_a_company_that_has_a_ticker() -> None:
    draw = meant_value(_NAME, _SYMBOL_BY_NAME)
    assert draw is not None
    named = {draw(random.Random(seed)) for seed in range(30)}
    assert len(named) > 3
    assert all(any(word in n for word in ("Inc", "Corporation", "Company", "Group", "plc",
                                          "Ltd", "Co.", "N.V.", "S.A.", "SE", "AG"))
               for n in named), named


def test_a_symbol_looked_up_by_name_is_that_companys() -> None:
    executor = MockExecutor(5)
    for seed in range(12):
        for company, ticker in _TICKERS.items():
            out = executor.session(seed).call(_SYMBOL_BY_NAME, {"name": company}).output
            assert out["symbol"] == ticker, (company, out)

