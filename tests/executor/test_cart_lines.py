"""A cart's other lines are other products (bundled seed 21 #111: three products of one
cart all had the SKU "NG0158" and quantity 5 the call sent for the one added)."""

from __future__ import annotations

import pytest

from toolgen.executor import MockExecutor
from toolgen.registry import bundled_corpus, load_registry

_ADD = next(e for e in load_registry(bundled_corpus()).endpoints
            if e.function_name == "add_to_cart_for_shopline_store")
_SENT = {"product_id": "prd_fbd009", "quantity": 5, "sku": "NG0158"}


@pytest.mark.parametrize("session_seed", range(10))
def test_only_the_added_line_holds_what_was_sent_for_it(executor: MockExecutor,
                                                        session_seed: int) -> None:
    lines = executor.session(session_seed).call(_ADD, dict(_SENT)).output["items"]
    added = [line for line in lines if line["product_id"] == "prd_fbd009"]
    assert len(added) == 1 and added[0]["sku"] == "NG0158" and added[0]["quantity"] == 5
    for line in lines:
        if line is not added[0]:
            assert line["sku"] != "NG0158", lines
            assert line["quantity"] != 5, lines


def test_a_word_added_to_a_list_is_in_the_list_answered(executor: MockExecutor) -> None:
    """BFCL seed 21 #48: `add_to_watchlist(stock="GOOGL")` answered an empty watchlist,
    reported as "I searched for the watchlist and found nothing"."""
    from toolgen.records import Endpoint, Parameter

    # BFCL's endpoint as the loader reads it: its declared answer is the watchlist
    add = Endpoint(
        id="trading_bot/trading_bot/add_to_watchlist", function_name="add_to_watchlist",
        tool_id="trading_bot", tool_name="trading_bot", category="trading_bot",
        name="add_to_watchlist",
        description="This tool belongs to the trading system, which allows users to trade "
                    "stocks, manage their account, and view stock information. Tool "
                    "description: Add a stock to the watchlist.",
        parameters=(Parameter(name="stock", raw_name="stock", type_label="string",
                              json_schema={"type": "string"}, required=True,
                              description="the stock symbol to add to the watchlist."),),
        response_schema={"type": "object", "properties": {"watchlist": {
            "type": "array", "description": "the watchlist.", "items": {"type": "string"}}}},
        response_source="declared", method="CALL")
    for seed in range(5):
        out = executor.session(seed).call(add, {"stock": "GOOGL"}).output
        lists = [v for v in out.values() if isinstance(v, list)]
        assert lists and all("GOOGL" in v for v in lists), out


_GET = next(e for e in load_registry(bundled_corpus()).endpoints
            if e.function_name == "get_product_for_shopline_store")


@pytest.mark.parametrize("session_seed", range(6))
def test_a_product_read_after_its_cart_line_costs_the_lines_unit_price(
        executor: MockExecutor, session_seed: int) -> None:
    """Bundled seed 61 #4: 4 headphones added for 91.30 in all, then read at 99.92 each."""
    session = executor.session(session_seed)
    cart = session.call(_ADD, {"product_id": "prd_9fb345", "quantity": 4}).output
    line = next(i for i in cart["items"] if i["product_id"] == "prd_9fb345")
    product = session.call(_GET, {"product_id": "prd_9fb345"}).output
    unit = line["line_total"]["amount"] / 4 * _EUR[line["line_total"]["currency"]]
    price = product["price"]["amount"] * _EUR[product["price"]["currency"]]
    # the same money in either currency (a line in SEK, the product read in EUR), give
    # or take the 3-10 % a shop's price moves and what rates move in a year
    assert abs(price - unit) <= 0.2 * unit, (line, product)


# Euros a unit of each currency was worth in 2025, roughly (ECB reference rates).
_EUR = {"EUR": 1.0, "USD": 0.9, "GBP": 1.17, "SEK": 0.088, "JPY": 0.0061, "CHF": 1.06,
        "AUD": 0.58, "CAD": 0.65, "NOK": 0.086, "DKK": 0.134, "PLN": 0.23, "INR": 0.0105,
        "SGD": 0.68, "NZD": 0.53, "HKD": 0.115, "MXN": 0.048, "BRL": 0.16, "KRW": 0.00065,
        "CNY": 0.125, "ZAR": 0.049, "TRY": 0.024, "CZK": 0.04, "HUF": 0.0025, "AED": 0.245}
