"""Items of one list are different things (ToolBench seed 83 #2: a list of top gainers held
CRWD twice, at 69.33 and at 239.58)."""

from __future__ import annotations

import random

from toolgen.executor.distinct_items import distinct_by_name


def test_a_ticker_listed_twice_is_drawn_again() -> None:
    rng = random.Random(1)
    fresh = iter(["MSFT", "NVDA", "AMZN"])

    def regen() -> dict[str, object]:
        return {"symbol": next(fresh), "price": round(rng.uniform(50, 500), 2)}

    rows = [{"symbol": "CRWD", "price": 69.33}, {"symbol": "CRWD", "price": 239.58},
            {"symbol": "AAPL", "price": 218.86}]
    kept = distinct_by_name(rows, regen)
    symbols = [r["symbol"] for r in kept]
    assert symbols == ["CRWD", "MSFT", "AAPL"], kept


def test_a_list_whose_every_item_repeats_one_title_keeps_one() -> None:
    rows = [{"title": "Hotel Lumiere"}, {"title": "Hotel Lumiere"}]
    assert distinct_by_name(rows, lambda: {"title": "Hotel Lumiere"}) == [rows[0]]
