"""A news source's endpoint answers headlines (ToolBench seed 47 #20: Crypto News's
`CryptoNinjas`, "Get the latest news from CryptoNinjas.", answered coin symbols, prices
and market caps, said "the first's symbol is AVAX")."""

from __future__ import annotations

from typing import Any

from corpus_endpoints import TOOLBENCH, corpus_endpoints


def _items(output: Any) -> list[dict[str, Any]]:
    if isinstance(output, dict):
        return [x for v in output.values() if isinstance(v, list) for x in v
                if isinstance(x, dict)]
    return [x for x in output if isinstance(x, dict)] if isinstance(output, list) else []


def test_a_sources_news_are_headlines_not_prices() -> None:
    eps, executor = corpus_endpoints(TOOLBENCH / "Financial/crypto_news_v2.json")
    read = 0
    for name in ("crypto_ninjas_for_crypto_news_v2", "coin_desk_for_crypto_news_v2"):
        for seed in range(4):
            for item in _items(executor.session(seed).call(eps[name], {}).output):
                read += 1
                keys = {k.lower() for k in item}
                assert not keys & {"price_usd", "market_cap", "symbol"}, item
                assert any(isinstance(item.get(k), str) and len(item[k].split()) >= 3
                           for k in ("title", "headline")), item
    assert read >= 4
