"""A price fits what is priced: a gaming laptop costs hundreds, a hotel night tens to hundreds.

Money fields draw from one wide range whatever they price, so a search answered with a
96 EUR gaming laptop, an 11.41 GBP 4K monitor, a 926 KRW pair of headphones (under one
dollar) and a 16.68 USD hotel night. `price_finish(endpoint)` returns a step that reads
each object holding a name (`name`, `title`, `product_name`, `hotel_name`) and a price
(`price`, `price_per_night`, `unit_price`... a number or `{amount, currency}`), finds the
thing the name says (by its words; an object of a hotel endpoint is a hotel night) and,
when the price in US dollars at reference rates (`exchange.PER_USD`) lies outside what
such a thing costs, draws it again inside that range, in the object's own currency. A
hotel's night costs what its stars do.

An object whose answer states a total (an order, a cart) is left alone: its lines must
still add up (`totals`). In place; deterministic for the call's random stream; never
touches the network.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any, NamedTuple

from toolgen.executor.currency_scale import written
from toolgen.executor.exchange import PER_USD
from toolgen.executor.objects import objects_in
from toolgen.executor.result_kinds import own_words
from toolgen.records import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]

# (words of a thing's name, low, high in US dollars); the first match wins, so the more
# specific names come first ("notebook computer" before a paper "notebook").
_CLASSES: tuple[tuple[re.Pattern[str], float, float], ...] = tuple(
    (re.compile(rf"\b(?:{words})\b", re.I), lo, hi) for words, lo, hi in (
        ("phone case|screen protector|charger|cable", 4, 60),
        ("gaming laptop|gaming pc", 700, 3000),
        ("laptop|notebook computer|macbook|ultrabook|chromebook", 300, 2500),
        ("4k monitor|monitor|television|tv|oled", 120, 1500),
        ("smartphone|iphone|phone", 150, 1300),
        ("tablet|ipad|camera|drone|espresso machine|robot vacuum", 90, 1500),
        ("smart watch|smartwatch|vacuum|microwave|tent", 50, 700),
        ("headphones|earbuds|speaker|air fryer|blender|coffee maker|kettle|toaster|"
         "keyboard|running shoes|shoes|sneakers|jacket|backpack", 18, 400),
        ("mouse|desk lamp|lamp|water bottle|mug|t-shirt|tshirt|socks|notebook|pen|"
         "yoga mat|phone case", 4, 90),
        ("hostel", 18, 90),
        ("hotel|inn|suites|resort|palace|motel|lodge", 60, 650),
        # after the hotels: a "Curry Hotel" is a hotel, a "Chicken Curry" a dish
        ("soup|curry|stir-fry|risotto|pasta|tacos|bowl|salad|stew|banana bread|pie|crumble|"
         "pancakes|cookies|brownies", 4, 40),
    ))
_HOTEL_WORDS = frozenset({"hotel", "hotels", "lodging", "accommodation", "accommodations",
                          "room", "rooms", "stay", "stays"})
_HOTEL = (re.compile(r"\bhotel\b", re.I), 60.0, 650.0)
_NAMES = ("name", "title", "product_name", "hotel_name", "product_title")
_PRICES = ("price", "price_per_night", "nightly_price", "unit_price", "sale_price")
_TOTALS = frozenset({"subtotal", "total_price", "total_amount", "grand_total"})


def _sums(key: str, value: Any) -> bool:
    """A field stating what the answer's lines add up to (a `total` of 3 counts them)."""
    return key in _TOTALS or (key == "total" and (isinstance(value, float | dict)))


@lru_cache(maxsize=8192)  # item names come from the pools and repeat across records
def price_range(name: str) -> tuple[float, float] | None:
    """What the thing `name` says costs, in US dollars (low, high), if known."""
    return next(((lo, hi) for rx, lo, hi in _CLASSES if rx.search(name)), None)


# How far outside what a thing costs a careful reader still believes a price (a sale, a
# luxury model): the judge flags only beyond it.
_SLACK = 3.0


class Money(NamedTuple):
    """A money figure of an object: where it is written (`holder[field]`), its amount,
    its currency as written and US dollars' worth of it at reference rates (None for a
    currency the rates do not know; 1.0 when none is written)."""

    holder: dict[str, Any]
    field: str
    amount: int | float
    currency: Any
    rate: float | None


def money_at(obj: dict[str, Any], key: str) -> Money | None:
    """The money `obj[key]` states, a number or `{amount, currency}`; None when it is no
    number."""
    value = obj.get(key)
    holder, field = (value, "amount") if isinstance(value, dict) else (obj, key)
    amount = holder.get(field)
    if isinstance(amount, bool) or not isinstance(amount, int | float):
        return None
    currency = holder.get("currency", obj.get("currency"))
    rate = PER_USD.get(currency.upper()) if isinstance(currency, str) else 1.0
    return Money(holder, field, amount, currency, rate)


def draw_into(money: Money, span: tuple[float, float], rng: random.Random) -> None:
    """`money` drawn again inside `span` (US dollars, log-uniform), in its own currency
    and form (a whole figure stays whole, and so does one in yen or won)."""
    lo, hi = span
    usd = math.exp(math.log(lo) + rng.random() * (math.log(hi) - math.log(lo)))
    drawn = usd * (money.rate or 1.0)
    code = money.currency if isinstance(money.currency, str) else ""
    money.holder[money.field] = written(drawn, code, isinstance(money.amount, int))


def mispriced(obj: dict[str, Any]) -> str | None:
    """Why the price of the named thing `obj` is no price such a thing has, or None
    (the judge's reading; hotels are known by their names here, not their endpoint)."""
    name = next((obj[k] for k in _NAMES if isinstance(obj.get(k), str)), None)
    found = price_range(name) if name is not None else None
    if found is None:
        return None
    for key in _PRICES:
        money = money_at(obj, key)
        if money is None or money.amount <= 0:
            continue
        if money.rate is None:
            return None
        amount, currency = money.amount, money.currency
        lo, hi = found
        if lo / _SLACK <= amount / money.rate <= hi * _SLACK * 4:
            return None
        said = f"{amount:g} {currency}" if isinstance(currency, str) else f"{amount:g}"
        return f"{name} at {said} is no price such a thing has"
    return None


def price_finish(endpoint: Endpoint) -> Finish:
    """The step for `endpoint`'s answers (see the module doc)."""
    hotel = bool(_HOTEL_WORDS & set(own_words(endpoint)))

    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        if isinstance(output, dict) and any(_sums(k, v) for k, v in output.items()):
            return
        nights = _nights(args) if hotel else 1
        for obj in objects_in(output):
            _fit(obj, hotel, nights, rng)

    return step


_NIGHTS = ("nights", "num_nights", "number_of_nights", "duration", "stay_length",
           "length_of_stay")


def _nights(args: dict[str, Any]) -> int:
    """The nights a hotel call books (a stay's price is that many nights')."""
    for key in _NIGHTS:
        value = args.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 60:
            return value
    return 1


# What a night costs by the hotel's stars, in US dollars: a one-star hotel in Mexico City
# at 5,598 MXN (about 300 dollars; BFCL seed 31 #63) is none.
_STARS = {1: (25.0, 90.0), 2: (40.0, 140.0), 3: (70.0, 240.0), 4: (110.0, 420.0),
          5: (200.0, 900.0)}
_STAR_KEYS = ("stars", "star_rating", "hotel_class", "hotel_stars", "star")


def night_at_stars(stars: Any) -> tuple[float, float] | None:
    """What a night costs in US dollars at a hotel of `stars` (1 to 5), else None."""
    if isinstance(stars, int | float) and not isinstance(stars, bool) and 1 <= stars <= 5:
        return _STARS[round(stars)]
    return None


def _starred(obj: dict[str, Any]) -> tuple[float, float] | None:
    """What a night costs at the hotel's stars, when `obj` states 1 to 5 of them."""
    return next((night for key in _STAR_KEYS
                 if (night := night_at_stars(obj.get(key))) is not None), None)


def _fit(obj: dict[str, Any], hotel: bool, nights: int, rng: random.Random) -> None:
    name = next((obj[k] for k in _NAMES if isinstance(obj.get(k), str)), None)
    if name is None:
        return
    cls = price_range(name)
    if cls is None and hotel:
        cls = (_HOTEL[1], _HOTEL[2])
    if cls is None:
        return
    night = hotel and cls == (_HOTEL[1], _HOTEL[2])
    if night:
        cls = _starred(obj) or cls
    if night and nights > 1 and "night" not in "".join(obj):
        cls = (cls[0] * nights, cls[1] * nights)  # a stay's price, not a night's
    for key in _PRICES:
        money = money_at(obj, key)
        if money is None:
            continue
        if money.rate is None:
            return
        if not cls[0] <= money.amount / money.rate <= cls[1]:
            draw_into(money, cls, rng)
        return
