"""Keys, codes and currencies agree with what they name, read as a reviewer reads them:
a ticker map's entry under "MXNJPY:cur" is the MXN-JPY cross (its symbol, ticker, names
and rate are that cross's), games on sale in Masovia are priced in zloty, and a cart
read in euros is checked out in euros when it ships to Zurich."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from executor_endpoints import endpoint, param
from tests.executor.corpus_endpoints import TOOLBENCH, corpus_endpoints

from toolgen.executor import MockExecutor
from toolgen.executor.examples import CorpusExamples
from toolgen.records import Endpoint
from toolgen.registry import bundled_corpus, load_registry

_QUOTE = {"type": "object", "properties": {
    "symbol": {"type": "string"}, "name": {"type": "string"},
    "exchange": {"type": "string"}, "sector": {"type": "string"}}}
_STOCKS = {
    "AAPL": {"symbol": "AAPL", "name": "Apple Inc.", "exchange": "NASDAQ",
             "sector": "Technology"},
    "XOM": {"symbol": "XOM", "name": "Exxon Mobil Corporation", "exchange": "NYSE",
            "sector": "Energy"},
    "JPM": {"symbol": "JPM", "name": "JPMorgan Chase & Co.", "exchange": "NYSE",
            "sector": "Financial Services"},
    "KO": {"symbol": "KO", "name": "The Coca-Cola Company", "exchange": "NYSE",
           "sector": "Consumer Defensive"},
}


def test_a_map_keyed_by_ticker_files_each_company_under_its_own_ticker(
        tmp_path: Path) -> None:
    tool = tmp_path / "quotes.json"
    tool.write_text(json.dumps({"tool_name": "Quotes", "api_list": [
        {"name": "quotes", "test_endpoint": {"quotes": _STOCKS}}]}))
    executor = MockExecutor(5, examples=CorpusExamples({"quotes": str(tool)}))
    ep = Endpoint(id="quotes/get_quotes", function_name="get_quotes", tool_id="quotes",
                  tool_name="Quotes", category="Finance", name="get_quotes",
                  parameters=(param("symbols"),), response_source="test_endpoint",
                  response_schema={"type": "object", "properties": {"quotes": {
                      "type": "object", "properties": dict.fromkeys(_STOCKS, _QUOTE)}}})
    for seed in range(8):
        out = executor.session(seed).call(ep, {"symbols": "AAPL,XOM,JPM,KO"}).output
        for ticker, entry in out["quotes"].items():
            assert entry["symbol"] == ticker, out
            assert entry["name"] == _STOCKS[ticker]["name"], out
            assert entry["sector"] == _STOCKS[ticker]["sector"], out


def test_a_cross_currency_map_holds_under_each_pair_that_pairs_quote() -> None:
    eps, executor = corpus_endpoints(TOOLBENCH / "Finance/bb_finance.json")
    ep = eps["market_get_cross_currencies_for_bb_finance"]
    for seed in range(6):
        out = executor.session(seed).call(ep, {"id": "mxn"}).output
        crosses = out["result"]
        assert len(crosses) >= 4, out
        for key, cross in crosses.items():
            pair = key.split(":")[0]
            assert cross["symbol"] == pair, (key, cross)
            assert cross["ticker"] == key.lower(), (key, cross)
            # "Price of 1 MXN in JPY": the quote currency is the pair's second half
            assert cross["currency"] == pair[3:], (key, cross)
            assert re.search(rf"of \d+ {pair[:3]} in {pair[3:]}$", cross["name"]), (key, cross)


_GAMES = endpoint("video_games_on_sale", (param("game_title"), param("platform"),
                                          param("region")), {
    "type": "object", "properties": {"games": {"type": "array", "items": {
        "type": "object", "properties": {"game_id": {"type": "string"},
                                         "price": {"type": "number"},
                                         "currency": {"type": "string"}}}}}})


@pytest.mark.parametrize(("region", "currency"), [("Masovia", "PLN"), ("Catalonia", "EUR"),
                                                  ("Ontario", "CAD")])
def test_prices_in_a_region_are_in_its_countrys_currency(
        executor: MockExecutor, region: str, currency: str) -> None:
    for seed in range(6):
        out = executor.session(seed).call(_GAMES, {
            "game_title": "Minecraft", "platform": "Nintendo Switch", "region": region}).output
        assert out["games"], out
        assert {g["currency"] for g in out["games"]} == {currency}, out


_SHOP = {e.function_name: e for e in load_registry(bundled_corpus()).endpoints}
_ADD = _SHOP["add_to_cart_for_shopline_store"]
_CHECKOUT = _SHOP["checkout_for_shopline_store"]


def _currencies(node: Any) -> set[str]:
    if isinstance(node, dict):
        return {v for k, v in node.items() if k == "currency"} | {
            c for v in node.values() for c in _currencies(v)}
    if isinstance(node, list):
        return {c for v in node for c in _currencies(v)}
    return set()


def _checked_out(executor: MockExecutor, seed: int, address: str) -> tuple[Any, Any]:
    """Bundled seed 13 #171 / seed 21 #10: a product added to the cart, the cart checked
    out to `address` (the cart's id from the add, as the assistant chains it)."""
    session = executor.session(seed)
    cart = session.call(_ADD, {"product_id": "prd_2ff0da", "quantity": 5}).output
    paid = session.call(_CHECKOUT, {"cart_id": cart["cart_id"],
                                    "shipping_address": address}).output
    return cart, paid


@pytest.mark.parametrize("seed", range(8))
def test_a_cart_shipped_abroad_is_checked_out_in_the_currency_it_was_read_in(
        executor: MockExecutor, seed: int) -> None:
    cart, paid = _checked_out(executor, seed, "Wegmannstrasse 785, Zurich, Switzerland")
    (currency,) = _currencies(cart)
    assert paid["total"]["currency"] == currency, (cart, paid)


@pytest.mark.parametrize("seed", range(8))
def test_a_cart_is_checked_out_for_the_subtotal_it_was_read_at(
        executor: MockExecutor, seed: int) -> None:
    cart, paid = _checked_out(executor, seed, "Praca Noa Cunha, 344, Porto, Portugal")
    assert paid["total"] == cart["subtotal"], (cart, paid)
