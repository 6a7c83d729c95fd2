"""Items of one list are different things (ToolBench seed 83 #2: a list of top gainers held
CRWD twice, at 69.33 and at 239.58)."""

from __future__ import annotations

import random

from toolgen.executor.distinct_items import distinct_by_name, one_row_per_zip


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


def test_a_publisher_named_twice_is_drawn_again() -> None:
    # Trade Share's publishers of Canada held "Blue Door Publishing" twice (seed 3 session)
    fresh = iter([{"publisherName": "Cedar Hill Books", "city": "Toronto"}])
    rows = [{"publisherName": "Blue Door Publishing", "city": "Toronto"},
            {"publisherName": "Blue Door Publishing", "city": "Toronto"}]
    kept = distinct_by_name(rows, lambda: next(fresh))
    assert [r["publisherName"] for r in kept] == ["Blue Door Publishing", "Cedar Hill Books"]


def test_rows_may_share_their_city_or_brand() -> None:
    rows = [{"name": "Kettle", "brand_name": "Stride"}, {"name": "Lamp", "brand_name": "Stride"},
            {"name": "Mug", "city_name": "Oslo"}]
    assert distinct_by_name(rows, lambda: {"name": "Spare"}) == rows


def test_a_zip_code_is_listed_once() -> None:
    # ToolBench seed 151 #30: a lookup of ZIP 98187 answered it twice, with two populations
    rows = [{"zip": "98187", "city": "Seattle", "population": 37968},
            {"zip": "98187", "city": "Seattle", "population": 63790},
            {"zip": "98105", "city": "Seattle", "population": 51000}]
    output = {"data": list(rows)}
    one_row_per_zip(output)
    assert output == {"data": [rows[0], rows[2]]}
