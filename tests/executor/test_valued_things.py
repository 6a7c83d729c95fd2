"""A priced thing costs what such a thing costs (BFCL seed 59: a house predicted at 54.01,
#6; a 10-ft bronze sculpture at 19.26, #3), and a rental, a poker hand or an emission is
not priced as one."""

from __future__ import annotations

from toolgen.executor import MockExecutor
from toolgen.executor.valued_things import valued_finish
from toolgen.records import Endpoint


def test_a_predicted_house_price_is_a_house_s_price(
        bfcl: tuple[dict[str, Endpoint], MockExecutor]) -> None:
    endpoints, executor = bfcl
    house = next(e for n, e in endpoints.items() if n.startswith("predict_house_price")
                 and {p.name for p in e.parameters} >= {"bedrooms", "bathrooms", "area"})
    args = {"bedrooms": 3, "bathrooms": 1, "area": 773, "location": "Warsaw"}
    prices = [executor.session(s).call(house, args).output for s in range(6)]
    figures = [v for out in prices for k, v in out.items() if k.endswith("price")]
    assert len(figures) == 6, prices
    assert all(90_000 <= v <= 1_400_000 for v in figures), figures


def test_a_sculpture_is_priced_as_art(bfcl: tuple[dict[str, Endpoint], MockExecutor]) -> None:
    endpoints, executor = bfcl
    priced = next(e for n, e in endpoints.items() if n.startswith("sculpture_price_calculate"))
    outs = [executor.session(s).call(priced, {"material": "bronze", "size": 10}).output
            for s in range(6)]
    figures = [v for out in outs for k, v in out.items() if k.endswith("price")]
    assert figures and all(600 <= v <= 45_000 for v in figures), outs


def test_what_is_not_the_thing_s_price_is_left_alone() -> None:
    assert valued_finish(["car", "rental"]) is None
    assert valued_finish(["poker", "probability", "full", "house", "calculate"]) is None
    assert valued_finish(["calculate", "vehicle", "emission"]) is None
    assert valued_finish(["house", "price", "predict"]) is not None
