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
