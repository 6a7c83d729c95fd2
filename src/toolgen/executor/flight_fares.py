"""A seat on a flight costs what its route and cabin cost.

Auckland to Lisbon for 25 EUR, New York to Lisbon for 25.2 EUR beside 375.5 on the same
day, a business seat under an economy one, premium economy Munich to Seattle for 61.02
GBP (bundled seed 31 #22, #70, #75; BFCL seed 31 #10): fares were drawn from the
examples' figures, whatever the route. `fit_flight_fares(output, args)` reads each
flight object whose two ends are known (`flight_ends.route`) and whose fare is a figure
(`price`, `fare`, `ticket_price`..., a number, a figure in text or `{"amount": ...}`), and
where that fare lies far from what the distance costs in its cabin, draws it again near
that: about 35 US dollars plus 7 cents a kilometre a seat in economy, times 1.7 in
premium economy, 3.5 in business and 6 in first, in the object's own currency. A total
(`total_price`...) is the fare times the passengers the call sent. A flight object
naming no ends (a booking read by its id: a premium seat for 26.2 EUR, bundled seed 59
#0) is priced as a flight of 700 to 7,000 km, where in that range following from the
flight; one whose ends are named but not placeable is left. The type of each field is
kept. Where in its band a fare falls follows from the flight (its id, route and cabin),
so a flight read twice costs the same. In place, deterministic.
"""

from __future__ import annotations

import math
import zlib
from typing import Any

from toolgen.executor.currency_scale import written
from toolgen.executor.exchange import PER_USD
from toolgen.executor.flight_ends import names_ends, normal_keys, route
from toolgen.executor.objects import objects_in
from toolgen.executor.read_figure import read_figure
from toolgen.executor.values import normalize_key
from toolgen.executor.world import great_circle_km

_UNIT = ("price", "fare", "ticket_price", "base_fare", "seat_price", "price_per_seat",
         "price_per_person", "price_per_passenger", "lowest_price", "min_price", "travel_cost",
         "flight_cost", "ticket_cost")
_TOTAL = ("total_price", "total_fare", "total_amount", "total_cost", "total")
_CABIN = ("cabin_class", "cabin", "flight_class", "class", "seat_class", "travel_class",
          "fare_class", "class_type", "ticket_class")
_PASSENGERS = ("passengers", "adults", "num_passengers", "number_of_passengers",
               "passenger_count", "travelers", "travellers", "seats", "tickets")
_IDENTITY = ("flight_id", "id", "flight_number", "flight_no", "number")
_CURRENCY_KEYS = ("currency", "currency_code", "currencyCode")
_FLIGHT_KEYS = ("flight_id", "flight_number", "flight_no")
_SPAN_KM = (700.0, 7000.0)  # an unknown route's length, between a short hop and a long haul
_BASE_USD = 35.0
_PER_KM_USD = 0.07
# What a cabin costs against economy on the same route, first match wins.
_CABINS = (("first", 6.0), ("business", 3.5), ("premium", 1.7))
_LOW, _HIGH = 0.8, 1.35  # a fare is drawn again in this band around the route's cost
_FAR = 1.6  # ... when it lies further than this outside the band


def fit_flight_fares(output: Any, args: dict[str, Any]) -> None:
    """Every flight fare of `output` fits its route and cabin (module docstring)."""
    sent = {normalize_key(k): v for k, v in args.items()}
    cabin_sent = next((v for k in _CABIN if isinstance(v := sent.get(k), str)), None)
    seats = next((v for k in _PASSENGERS if isinstance(v := sent.get(k), int)
                  and not isinstance(v, bool) and 0 < v < 10), 1)
    for obj in objects_in(output):
        _fit(obj, cabin_sent, seats)


def fare_usd(km: float, cabin: str | None) -> float:
    """What a seat costs on a flight of `km` in `cabin`, in US dollars."""
    factor = next((f for word, f in _CABINS if cabin and word in cabin.lower()), 1.0)
    return (_BASE_USD + _PER_KM_USD * km) * factor


def _fit(obj: dict[str, Any], cabin_sent: str | None, seats: int) -> None:
    keys = normal_keys(tuple(obj))
    unit = next((keys[k] for k in _UNIT if k in keys), None)
    total = next((keys[k] for k in _TOTAL if k in keys), None)
    if unit is None and total is None:
        return
    ends = route(obj)
    if ends is None and (names_ends(obj) or not any(k in keys for k in _FLIGHT_KEYS)):
        return  # ends named but not placeable ("Gate 4"), or no flight at all
    cabin = next((v for k in _CABIN if isinstance(v := obj.get(keys.get(k, "")), str)),
                 cabin_sent)
    # One flight read twice (a search row, then its details) costs the same both times:
    # where in the band its fare falls follows from the flight itself, not the call.
    ident = next((str(obj[keys[k]]) for k in _IDENTITY if k in keys), "")
    if ends is None:
        km = _unknown_length(ident)
        at = zlib.crc32(f"{ident}|{cabin}".encode()) / 2**32
    else:
        km = great_circle_km(*ends)
        at = zlib.crc32(f"{ident}|{ends[0].name}|{ends[1].name}|{cabin}".encode()) / 2**32
    cost = fare_usd(km, cabin)
    fare: float | None = None
    if unit is not None:
        fare = _fitted(obj, unit, cost, at)
    if total is not None:
        _fitted(obj, total, cost * seats, at, fare * seats if fare is not None else None)


def _unknown_length(ident: str) -> float:
    """A flight's length in km when its ends are unknown: log-uniform over `_SPAN_KM`,
    where following from the flight's id."""
    return _log_between(*_SPAN_KM, zlib.crc32(f"length|{ident}".encode()) / 2**32)


def _log_between(lo: float, hi: float, at: float) -> float:
    """The figure at fraction `at` of the way from `lo` to `hi` on a log scale."""
    return math.exp(math.log(lo) + at * (math.log(hi) - math.log(lo)))


def _fitted(obj: dict[str, Any], key: str, cost_usd: float, at: float,
            exact: float | None = None) -> float | None:
    """The field's figure after fitting it near `cost_usd` (or setting it to `exact`, in
    the object's currency), None when it holds no figure."""
    holder, field = (obj[key], "amount") if isinstance(obj[key], dict) else (obj, key)
    value = read_figure(holder.get(field))
    if value is None:
        return None
    code = _currency(holder) or _currency(obj) or "USD"
    rate = PER_USD[code]
    lo, hi = cost_usd * _LOW * rate, cost_usd * _HIGH * rate
    if exact is None and lo / _FAR <= value <= hi * _FAR:
        return value
    drawn = exact if exact is not None else _log_between(lo, hi, at)
    amount = written(drawn, code, isinstance(holder[field], int))
    holder[field] = f"{amount:.2f}" if isinstance(holder[field], str) else amount
    return float(amount)


def _currency(obj: dict[str, Any]) -> str | None:
    """The currency code `obj` states that the reference rates know, or None."""
    for key in _CURRENCY_KEYS:
        code = obj.get(key)
        if isinstance(code, str) and code.upper() in PER_USD:
            return code.upper()
    return None
