"""A hotel's night costs what its stars do (BFCL seed 31 #63: one-star hotels in Mexico City
at 5,598 and 7,080 MXN a night, about 300 and 380 dollars). Bands are what booking sites
list in 2024-25, written here, not read from the module."""

from __future__ import annotations

import random

from toolgen.executor.exchange import PER_USD
from toolgen.executor.price_scale import price_finish
from toolgen.records import Endpoint

_FIND = Endpoint(id="hotel/find", function_name="hotel_find", tool_id="hotel",
                 tool_name="hotel", category="Travel", name="find",
                 description="Find hotels in a location by stars and amenities.")


def _night_usd(stars: int, price: float) -> float:
    hotel = {"hotel_id": "htl_2be5d9", "name": "Anderson Hotel", "stars": stars,
             "price": price, "currency": "MXN"}
    price_finish(_FIND)({"hotels": [hotel]}, {"location": "Mexico City"}, random.Random(4))
    assert isinstance(hotel["price"], float | int)
    return float(hotel["price"]) / PER_USD["MXN"]


def test_a_one_star_night_is_cheap_and_a_five_star_one_is_not() -> None:
    assert _night_usd(1, 5598.44) <= 110
    assert _night_usd(5, 1200.0) >= 150


def test_a_fitting_night_is_kept() -> None:
    assert abs(_night_usd(3, 2400.0) - 2400.0 / PER_USD["MXN"]) < 0.01
