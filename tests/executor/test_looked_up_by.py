"""What a list endpoint lists is what its name names before "by", and a list of countries
lists countries (ToolBench seed 71 #18: `list_of_countries_for_stocks` answered stock
quotes, `get_list_stock_by_country` listed "countries" holding stock quotes, and a share
traded 82 times in a day)."""

from __future__ import annotations

from typing import Any

from corpus_endpoints import TOOLBENCH, corpus_endpoints

from toolgen.executor.pools import PLACES

INVESTING = TOOLBENCH / "Finance/investing.json"
COUNTRIES = {p[1] for p in PLACES}


def _outputs(name: str) -> list[Any]:
    endpoints, executor = corpus_endpoints(INVESTING)
    out = []
    for seed in range(4):
        result = executor.session(seed).call(endpoints[name], {})
        assert result.status == "ok", result.error
        out.append(result.output)
    return out


def test_a_list_of_countries_lists_countries() -> None:
    for out in _outputs("list_of_countries_for_stocks_for_investing"):
        rows = out["countries"]
        assert rows and all(r["name"] in COUNTRIES for r in rows), out
        assert not any("symbol" in r or "price" in r for r in rows), out


def test_stocks_looked_up_by_country_are_stocks_traded_in_volume() -> None:
    for out in _outputs("get_list_stock_by_country_for_investing"):
        assert "countries" not in out, out
        rows = out["stocks"]
        assert rows and all(r["symbol"] and r["stock_id"] for r in rows), out
        assert all(r["volume"] >= 10_000 for r in rows), out


def test_crypto_currency_prices_are_coin_prices() -> None:
    """ToolBench seed 97 #14: "all crypto currency prices" answered rates from JPY to EUR."""
    endpoints, executor = corpus_endpoints(
        TOOLBENCH / "Monitoring/crypto_currency_live_prices.json")
    name = "get_all_crypto_currency_prices_for_crypto_currency_live_prices"
    for seed in range(3):
        rows = executor.session(seed).call(endpoints[name], {}).output["prices"]
        assert all("symbol" in r and "price_usd" in r and "from" not in r for r in rows), rows
