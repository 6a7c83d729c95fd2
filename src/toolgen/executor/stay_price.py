"""A stay's price pays for its nights: fourteen nights do not cost 163 dollars.

A hotel booking answers one `price` for the whole stay (`{booking_id, price, currency,
from_date, to_date}`, or a `duration` of nights), drawn as one night's; BFCL seed 7 had
17 of 21 stays under 40 dollars a night (#21: fourteen nights in Melbourne for 247 AUD).
`stay_price_finish(endpoint)` returns, for an endpoint whose own name speaks of hotels,
rooms or stays, a step that reads each object holding a stay's length (its check-in and
check-out style dates, or a `nights` / `duration` count in it or the call) and a price
for the stay (`price`, `total_price`, `total`..., a number or `{amount, currency}`; not a
per-night figure), and, when that price a night in US dollars at reference rates lies
outside what a hotel night costs, draws the stay's price again in its own currency
(`price_scale.draw_into`). A price the call sent stays. In place; deterministic for the
call's random stream; never touches the network.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from toolgen.executor.date_text import DATE, parse
from toolgen.executor.objects import objects_in
from toolgen.executor.price_scale import draw_into, money_at
from toolgen.executor.result_kinds import own_words, own_words_of
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]

_STAY_WORDS = frozenset({"hotel", "hotels", "room", "rooms", "stay", "stays", "lodging",
                         "accommodation", "accommodations", "hostel", "resort"})
_PAIRS = (("check_in", "check_out"), ("checkin", "checkout"), ("check_in_date",
          "check_out_date"), ("from_date", "to_date"), ("date_from", "date_to"),
          ("start_date", "end_date"), ("arrival_date", "departure_date"))
_COUNTS = ("nights", "num_nights", "number_of_nights", "duration", "stay_length",
           "length_of_stay")
_TOTALS = ("price", "total_price", "total", "total_amount", "amount", "cost", "total_cost")
_NIGHT = (40.0, 700.0)  # what a careful reader believes a hotel night costs, in dollars
_DRAWN = (70.0, 350.0)  # a night drawn again


def speaks_of_stays(words: tuple[str, ...] | list[str]) -> bool:
    """Whether an endpoint's own name words speak of hotels, rooms or stays."""
    return not _STAY_WORDS.isdisjoint(words)


def night_price(obj: dict[str, Any], nights: int) -> tuple[str, float, float] | None:
    """(the key of stay `obj`'s price, its amount, that price a night in US dollars), if
    it has one."""
    key = next((k for k in obj if isinstance(k, str) and normalize_key(k) in _TOTALS), None)
    money = money_at(obj, key) if key is not None else None
    if key is None or money is None or money.rate is None or money.amount <= 0:
        return None
    return key, money.amount, money.amount / money.rate / nights


def stay_price_finish(endpoint: Endpoint) -> Finish | None:
    """The step for `endpoint`'s answers, or None when neither its name nor its tool's
    speaks of a stay (StayFinder Hotels' `list_reservations`: 22 nights for 200.9 EUR,
    bundled seed 59 #15)."""
    if not (speaks_of_stays(own_words(endpoint))
            or speaks_of_stays(own_words_of(endpoint.tool_name))):
        return None

    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        sent = {v for v in args.values() if isinstance(v, int | float)}
        for obj in objects_in(output):
            nights = stay_nights(obj, args)
            if nights is not None:
                _fit(obj, nights, sent, rng)

    return step


def stay_nights(obj: dict[str, Any], args: dict[str, Any]) -> int | None:
    """The nights the stay `obj` lasts (its dates, else a count in it or the call),
    None when it says none or is priced by the night."""
    names = {normalize_key(k): k for k in obj if isinstance(k, str)}
    if any("night" in n and "nights" not in n.split("_") for n in names):
        return None  # `price_per_night`: priced by the night already
    for a, b in _PAIRS:
        if a in names and b in names:
            start, end = obj[names[a]], obj[names[b]]
            if isinstance(start, str) and isinstance(end, str) and DATE.match(start) \
                    and DATE.match(end) and (x := parse(start)) and (y := parse(end)):
                days = (y - x).days
                return days if 1 <= days <= 60 else None
    for holder in (obj, args):
        for key in _COUNTS:
            value = holder.get(key)
            if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 60:
                return value
    return None


def _fit(obj: dict[str, Any], nights: int, sent: set[Any], rng: random.Random) -> None:
    priced = night_price(obj, nights)
    if priced is None or priced[1] in sent or _NIGHT[0] <= priced[2] <= _NIGHT[1]:
        return
    money = money_at(obj, priced[0])
    if money is not None:
        draw_into(money, (_DRAWN[0] * nights, _DRAWN[1] * nights), rng)
