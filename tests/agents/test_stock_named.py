"""A stock is named by its symbol (ToolBench seed 71 #18: "15 turned up in total; the
first is for 86.26 USD" named no stock), a currency pair likewise ("its rate is 5.6664,
with symbol MXNJPY"); a currency's symbol "€" names nothing."""

from __future__ import annotations

from toolgen.agents.offline import Fact
from toolgen.agents.offline.clauses import role_of
from toolgen.agents.policy.facts import facts_from
from toolgen.agents.policy.listed import listed_facts

_STOCKS = {"stocks": [{"stock_id": "stc_8b0e75", "symbol": "GOOGL", "price": 86.26,
                       "change": -3.14, "currency": "USD"},
                      {"stock_id": "stc_465e59", "symbol": "AAPL", "price": 184.05,
                       "change": -7.67, "currency": "USD"}], "total": 15}


def test_a_listed_stock_is_named_by_its_symbol() -> None:
    facts = facts_from(_STOCKS, limit=5)
    assert facts[0] == Fact(label="symbol", value="GOOGL"), facts
    assert role_of(facts[0]) == "subject"  # "led by GOOGL", "that's GOOGL"
    priced, _ = listed_facts(facts, _STOCKS, {}, priced=True)
    assert priced[1:3] == [Fact(label="name", value="GOOGL"),
                           Fact(label="price", value="86.26 USD")], priced


def test_a_pair_is_named_by_its_symbol_and_a_currency_not_by_its_sign() -> None:
    pair = facts_from({"symbol": "MXNJPY", "rate": 5.6664, "date": "2025-01-02"}, limit=2)
    assert pair[0] == Fact(label="symbol", value="MXNJPY"), pair
    euro = facts_from({"code": "EUR", "name": "Euro", "symbol": "€"}, limit=2)
    assert Fact(label="symbol", value="€") not in euro, euro
