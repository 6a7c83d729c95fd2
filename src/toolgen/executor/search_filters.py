"""A search's results honour the ranges and values its call filtered by.

`search_hotels(city="Paris", max_price=101.36)` answered with a 598.50 EUR room,
`search_events(start_date="2026-03-19")` with an event of 2025-05-03, and
`list_ticket_orders(status="issued")` with a reserved order. `filters_finish(endpoint)`
returns, for a listing endpoint with such filter parameters, a step that brings every
result item inside what was sent:

- a price (`price`, `price_per_night`, `fare`... a number or `{amount}`) lies within
  `min_price` / `max_price` (`price_min`, `budget`...);
- a date (`starts_at`, `date`, `created_at`...) lies within `start_date` / `end_date`
  (`from_date`, `date_from`, `since`...); the item's other dates move with it, so an
  event still ends after it starts;
- stars and a rating are at least `min_stars` / `min_rating`; stops at most `max_stops`;
- a capacity (`max_guests`, `capacity`, `seats`) holds the `guests` / `party_size` sent;
- a `status` is the status filtered by.

Years and courts are `asked_filters`' (a search's years, a court's place). In place;
deterministic for the call's random stream; never touches the network.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re
from collections.abc import Callable
from typing import Any

from toolgen.executor.actions import endpoint_info
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]

_PRICE_LO = ("min_price", "price_min", "minprice", "min_amount", "price_from", "min_budget")
_PRICE_HI = ("max_price", "price_max", "maxprice", "max_amount", "price_to", "budget",
             "max_budget")
_PRICES = frozenset({"price", "price_per_night", "nightly_price", "fare", "cost",
                     "price_per_person", "unit_price", "sale_price"})
# `from` / `to` count only when they hold a date (a conversion's `from` is a currency).
_DATE_LO = ("start_date", "from_date", "date_from", "since", "after", "min_date", "start",
            "from")
_DATE_HI = ("end_date", "to_date", "date_to", "until", "before", "max_date", "end", "to")
_DATES = ("starts_at", "start_date", "date", "event_date", "start_time", "created_at",
          "placed_at", "published_at", "published_date", "release_date", "posted_at",
          "date_posted", "departure_time", "departure_date", "timestamp")
_MINIMA = (("min_stars", "stars"), ("stars_min", "stars"), ("min_rating", "rating"),
           ("rating_min", "rating"), ("minimum_rating", "rating"))
_MAXIMA = (("max_stops", "stops"),)
_PARTY = ("guests", "adults", "party_size", "people", "travelers", "travellers",
          "occupancy", "num_guests", "number_of_guests")
_CAPACITY = ("max_guests", "capacity", "max_occupancy", "seats", "sleeps", "guests")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_PLAIN = re.compile(r"[a-z][a-z_ ]{1,30}")

_FILTER_KEYS = frozenset([*_PRICE_LO, *_PRICE_HI, *_DATE_LO, *_DATE_HI, *_PARTY, "status",
                          *(k for k, _ in _MINIMA), *(k for k, _ in _MAXIMA)])


def filters_finish(endpoint: Endpoint) -> Finish | None:
    """The step keeping `endpoint`'s results within its filters; None when it has none
    or is no listing."""
    params = {normalize_key(p.name) for p in endpoint.parameters}
    if not params & _FILTER_KEYS or endpoint_info(endpoint).action != "list":
        return None
    return within_sent


def within_sent(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Bring each item of `output`'s result list inside the filters `args` sent."""
    items = _items(output)
    if not items or not any(k in args for k in _FILTER_KEYS):
        return
    lo, hi = _number(args, _PRICE_LO), _number(args, _PRICE_HI)
    first, last = _day(args, _DATE_LO), _day(args, _DATE_HI)
    party = _number(args, _PARTY)
    status = args.get("status")
    for item in items:
        if lo is not None or hi is not None:
            _priced(item, lo, hi, rng)
        if first is not None or last is not None:
            _dated(item, first, last, rng)
        for arg, key in _MINIMA:
            _at_least(item, key, _number(args, (arg,)), rng)
        for arg, key in _MAXIMA:
            most = _number(args, (arg,))
            if most is not None and _num(item.get(key)) is not None and item[key] > most:
                item[key] = rng.randint(0, int(most))
        if party is not None:
            _holds(item, party, rng)
        if isinstance(status, str) and _PLAIN.fullmatch(status) and status not in (
                "all", "any") and isinstance(item.get("status"), str):
            item["status"] = status


def _items(output: Any) -> list[dict[str, Any]]:
    if isinstance(output, list):
        return [o for o in output if isinstance(o, dict)]
    if isinstance(output, dict):
        for value in output.values():
            if isinstance(value, list) and value and all(isinstance(o, dict) for o in value):
                return value
    return []


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _number(args: dict[str, Any], keys: tuple[str, ...]) -> float | None:
    for key in keys:
        value = args.get(key)
        if isinstance(value, str):
            try:
                value = float(value)
            except ValueError:
                continue
        number = _num(value)
        if number is not None and number > 0:
            return number
    return None


def _priced(item: dict[str, Any], lo: float | None, hi: float | None,
            rng: random.Random) -> None:
    for key, value in item.items():
        if normalize_key(key) not in _PRICES:
            continue
        holder, field = (value, "amount") if isinstance(value, dict) else (item, key)
        price = _num(holder.get(field))
        if price is None or ((lo is None or price >= lo) and (hi is None or price <= hi)):
            continue
        bottom = lo if lo is not None else (hi or 0) * 0.5
        top = hi if hi is not None else bottom * 1.5
        drawn = rng.uniform(bottom, max(bottom, top))
        holder[field] = round(drawn) if isinstance(holder[field], int) else round(drawn, 2)


def _day(args: dict[str, Any], keys: tuple[str, ...]) -> dt.date | None:
    for key in keys:
        value = args.get(key)
        if isinstance(value, str) and (m := _ISO_DAY.match(value)):
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
    return None


def _dated(item: dict[str, Any], first: dt.date | None, last: dt.date | None,
           rng: random.Random) -> None:
    """Move the item's dates together so its main one lies in [first, last]."""
    key = next((k for k in _DATES if isinstance(item.get(k), str)
                and _ISO_DAY.match(item[k])), None)
    if key is None:
        return
    day = _day(item, (key,))
    if day is None or ((first is None or day >= first) and (last is None or day <= last)):
        return
    if first is not None and last is not None and last >= first:
        target = first + dt.timedelta(days=rng.randint(0, (last - first).days))
    elif first is not None:
        target = first + dt.timedelta(days=rng.randint(0, 30))
    elif last is not None:
        target = last - dt.timedelta(days=rng.randint(0, 30))
    else:
        return
    shift = target - day
    for k, v in item.items():
        if isinstance(v, str) and _ISO_DAY.match(v):
            item[k] = _shifted(v, shift)


def _shifted(text: str, shift: dt.timedelta) -> str:
    m = _ISO_DAY.match(text)
    assert m is not None
    try:
        day = dt.date(int(m[1]), int(m[2]), int(m[3])) + shift
    except (ValueError, OverflowError):
        return text
    return day.isoformat() + text[m.end():]


def _at_least(item: dict[str, Any], key: str, least: float | None, rng: random.Random) -> None:
    value = _num(item.get(key))
    if least is None or value is None or value >= least:
        return
    if isinstance(item[key], int):
        item[key] = rng.randint(math.ceil(least), max(math.ceil(least), 5))
    else:
        top = 5.0 if least <= 5 else 10.0
        item[key] = round(rng.uniform(least, max(least, top)), 1)


def _holds(item: dict[str, Any], party: float, rng: random.Random) -> None:
    for key in _CAPACITY:
        value = _num(item.get(key))
        if value is not None and value < party:
            item[key] = int(party) + rng.randint(0, 2)
            return
