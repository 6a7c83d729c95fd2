"""Reading generated records as a reviewer would: listings that say what they list, venue
names that vary, prices that fit what is priced, argument values in believable ranges.

Independent of toolgen: plain JSON dicts in, findings out. Used by
`test_listing_values.py` and by `bench/listing_values.py`. Each finding is
`(kind, where, detail)`; the kinds:

- `thin_listing`: an answer reports a search's count ("there are 4 in all", "10 came
  back") but names at most one thing of the first item, although that item has two or
  more things a person asks about (a flight's airline and number and departure time, a
  showing's title and time and cinema); "4 in all, the first with airline Qantas".
- `price_off`: an item named as a thing of known price class (a laptop, a hotel, a
  coffee maker, a cinema ticket) priced outside what such a thing costs, in US dollars
  at reference rates (a 11.41 GBP 4K monitor, a 16.68 USD hotel night).
- `absurd_arg`: an argument the assistant sent outside any believable range for what
  its name means: a holding period of 696 years, a revenue of 2025 (a year), a range
  whose end is before its start, a dividend of 574 per share, a hotel budget under 30 USD,
  a company's income many times the equity or assets it is a return on (a return on
  equity of 79,339,708 over an equity of 369: 21,501,275 %).
- `same_venue` is a file-level count (`same_venues`): one venue name (a cinema, a
  theatre) given in several different cities ("Le Grand Rex" in Chicago and Sao Paulo).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

Rec = dict[str, Any]
Finding = tuple[str, str, str]

_COUNT_SAID = re.compile(r"\b(\d[\d,]*) (?:in all|came back|turned up)|heads a list of "
                         r"(\d[\d,]*)|\((\d[\d,]*) in all\)")
_COUNT_KEYS = ("total", "count", "total_count", "total_results", "num_results")
# What a person asks of a listed item: these keys' values, when the item has them.
_CARED = ("name", "title", "airline", "flight_number", "departure_time", "starts_at",
          "start_time", "showtime", "cinema", "theater", "venue", "hotel_name", "stars",
          "price", "amount", "rating", "city", "date", "author", "artist", "brand",
          "full_name", "username", "headline", "scheme", "status", "description")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# USD ranges of things a reader knows the price of, by a word of their name (generous:
# only what no shop or hotel would ask is flagged).
_PRICE_CLASSES: tuple[tuple[re.Pattern[str], float, float], ...] = tuple(
    (re.compile(rf"\b(?:{words})\b", re.I), lo, hi) for words, lo, hi in (
        ("laptop|notebook computer|macbook|gaming pc|4k monitor|monitor|television|tv|"
         "smartphone|iphone", 80, 5000),
        ("camera|smart watch|smartwatch|headphones|speaker|tablet|air fryer|blender|"
         "coffee maker|espresso machine|keyboard|vacuum|microwave|tent", 12, 2500),
        ("hotel|inn|suites|resort|palace|hostel|motel", 30, 2500),
        ("water bottle|mug|notebook|pen|socks|t-shirt|backpack|desk lamp", 2, 400),
    ))
_HOTEL_ENDPOINT = re.compile(r"hotel|lodging|accommodation|stay", re.I)
# Currency units per US dollar (reference rates, rounded).
_PER_USD = {"USD": 1.0, "EUR": 0.92, "GBP": 0.79, "JPY": 151.0, "CAD": 1.36, "AUD": 1.52,
            "CHF": 0.88, "SEK": 10.5, "NOK": 10.6, "DKK": 6.9, "PLN": 4.0, "INR": 83.0,
            "KRW": 1340.0, "CNY": 7.2, "HKD": 7.8, "MXN": 17.0, "BRL": 5.0, "EGP": 47.0,
            "SGD": 1.35, "TRY": 32.0, "ZAR": 18.6, "AED": 3.67, "THB": 36.0, "NZD": 1.65,
            "IDR": 15700.0, "CZK": 23.3, "HUF": 360.0}
_VENUE_KEYS = frozenset({"cinema", "theater", "theatre", "venue", "venue_name", "cinema_name"})


def _snake(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", _CAMEL.sub("_", name).lower()).strip("_")


def _calls(record: Rec) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(function name, arguments, output) of each call, its output parsed."""
    outputs = {m.get("tool_call_id"): m.get("content") for m in record["messages"]
               if m["role"] == "tool"}
    for m in record["messages"]:
        for c in m.get("tool_calls") or []:
            try:
                args = json.loads(c["function"]["arguments"])
                out = json.loads(outputs.get(c["id"]) or "null")
            except (ValueError, TypeError):
                continue
            yield c["function"]["name"], args if isinstance(args, dict) else {}, out


def _objects(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from _objects(v)
    elif isinstance(node, list):
        for v in node:
            yield from _objects(v)


def _listing(output: Any) -> tuple[int, dict[str, Any]] | None:
    """(count, first item) of a search's answer: a list of objects beside a count."""
    if not isinstance(output, dict):
        return None
    items = next((v for v in output.values() if isinstance(v, list) and v
                  and isinstance(v[0], dict)), None)
    total = next((output[k] for k in _COUNT_KEYS if isinstance(output.get(k), int)
                  and not isinstance(output.get(k), bool)), None)
    if items is None or total is None:
        return None
    return total, items[0]


def _cared(item: dict[str, Any]) -> list[str]:
    """The texts of an item's fields a person asks about (a nested price's amount too)."""
    out: list[str] = []
    for k, v in item.items():
        nk = _snake(str(k))
        if isinstance(v, dict) and nk == "price":
            v = v.get("amount")
        if not any(nk == c or nk.endswith("_" + c) for c in _CARED):
            continue
        if isinstance(v, str) and 1 < len(v) <= 60 and not re.fullmatch(r"[a-z]{2,6}_\w+", v):
            out.append(v)
        elif isinstance(v, int | float) and not isinstance(v, bool):
            out.append(str(v))
    return out


def _said(value: str, text: str) -> bool:
    """Whether the answer says `value` (an ISO time as its clock reading "08:18")."""
    if value in text:
        return True
    m = re.fullmatch(r"\d{4}-\d{2}-\d{2}T(\d{2}:\d{2}).*", value)
    return m is not None and m.group(1) in text


def thin_listings(record: Rec) -> list[Finding]:
    """`thin_listing` findings of one record (see the module doc)."""
    found: list[Finding] = []
    msgs = record["messages"]
    for i, m in enumerate(msgs):
        if m["role"] != "assistant" or not m.get("content") or m.get("tool_calls"):
            continue
        said = {next(g for g in mt.groups() if g).replace(",", "")
                for mt in _COUNT_SAID.finditer(m["content"])}
        if not said:
            continue
        j = i - 1
        while j >= 0 and msgs[j]["role"] in ("tool", "assistant") and not (
                msgs[j]["role"] == "assistant" and msgs[j].get("content")
                and not msgs[j].get("tool_calls")):
            j -= 1
        for t in msgs[j + 1:i]:
            if t["role"] != "tool":
                continue
            try:
                output = json.loads(t["content"])
            except ValueError:
                continue
            if isinstance(output, dict) and output.get("page") not in (None, 1):
                continue  # a later page: the answer names the first page's first result
            listing = _listing(output)
            if listing is None or str(listing[0]) not in said:
                continue
            cared = _cared(listing[1])
            named = [v for v in cared if _said(v, m["content"])]
            if len(cared) >= 2 and len(named) < 2:
                found.append(("thin_listing", str(t.get("name")), m["content"][:160]))
    return found


def _usd(amount: float, currency: str | None) -> float | None:
    rate = _PER_USD.get((currency or "USD").upper())
    return None if rate is None else amount / rate


def _price_of(obj: dict[str, Any]) -> tuple[float, str | None] | None:
    for k in ("price", "price_per_night", "nightly_price", "unit_price", "sale_price"):
        v = obj.get(k)
        if isinstance(v, dict) and isinstance(v.get("amount"), int | float):
            return float(v["amount"]), v.get("currency") or obj.get("currency")
        if isinstance(v, int | float) and not isinstance(v, bool):
            return float(v), obj.get("currency")
    return None


_STAY_DATES = (("check_in_date", "check_out_date"), ("check_in", "check_out"),
               ("from_date", "to_date"), ("start_date", "end_date"))


def _nights(obj: dict[str, Any]) -> int:
    """The nights a hotel object's dates span, or its count of nights (BFCL seed 7 #156: 14
    nights at Franco Hotel for 3124.36 EUR); 1 when it states none."""
    count = next((v for k in ("nights", "num_nights", "number_of_nights", "stay_length")
                  if isinstance(v := obj.get(k), int) and not isinstance(v, bool)), None)
    if count is not None and count >= 1 and "per_night" not in obj and (
            "price_per_night" not in obj):
        return count
    for a, b in _STAY_DATES:
        start, end = obj.get(a), obj.get(b)
        if isinstance(start, str) and isinstance(end, str):
            try:
                days = (dt.date.fromisoformat(end[:10]) - dt.date.fromisoformat(start[:10])).days
            except ValueError:
                continue
            if days >= 1 and "per_night" not in obj and "price_per_night" not in obj:
                return days
    return 1


def prices_off(record: Rec) -> list[Finding]:
    """`price_off` findings of one record (see the module doc)."""
    found: list[Finding] = []
    for fn, _, output in _calls(record):
        for obj in _objects(output):
            name = next((obj[k] for k in ("name", "title", "product_name", "hotel_name")
                         if isinstance(obj.get(k), str)), None)
            price = _price_of(obj)
            if name is None or price is None:
                continue
            words = name if not _HOTEL_ENDPOINT.search(fn) else f"{name} hotel"
            cls = next(((lo, hi) for rx, lo, hi in _PRICE_CLASSES if rx.search(words)), None)
            usd = _usd(*price)
            if usd is not None and _HOTEL_ENDPOINT.search(fn):
                usd /= _nights(obj)  # a stay's price pays for its nights
            if cls is not None and usd is not None and not cls[0] <= usd <= cls[1]:
                found.append(("price_off", fn, f"{name}: {price[0]} {price[1]}"))
    return found


_YEARS_WORDS = re.compile(r"(?:^|_)(?:holding_period|period|years|term|loan_term|duration_years"
                          r"|time_years|num_years|investment_period)$")
_MONEY_NOT_YEAR = re.compile(r"revenue|income|sales|profit|earnings|salary|price|amount|cost")
_PER_SHARE = re.compile(r"per_share|dividend$")
_BOOL_NAME = re.compile(r"^(?:enabled|disabled|admin|active|is_\w+|has_\w+|verified)$")
_PAIRS = (("start", "end"), ("from", "to"), ("min", "max"), ("start_year", "end_year"),
          ("from_year", "to_year"), ("year1", "year2"), ("min_price", "max_price"))


def absurd_args(record: Rec) -> list[Finding]:
    """`absurd_arg` findings of one record (see the module doc)."""
    found: list[Finding] = []
    for fn, args, _ in _calls(record):
        flat = {_snake(k): v for k, v in args.items()}
        for k, v in args.items():
            if isinstance(v, dict):
                flat.update({f"{_snake(k)}_{_snake(kk)}": vv for kk, vv in v.items()})
        for name, v in flat.items():
            if isinstance(v, bool) or not isinstance(v, int | float):
                continue
            why = None
            if _YEARS_WORDS.search(name) and "month" not in name and "day" not in name and (
                    v > 100):
                why = "a period of more than a century"
            elif _MONEY_NOT_YEAR.search(name) and "year" in name and float(v).is_integer() and (
                    1800 <= v <= 2100):
                why = "a sum of money drawn as a year"
            elif _PER_SHARE.search(name) and v > 100:
                why = "more than 100 per share"
            elif _BOOL_NAME.match(name) and v not in (0, 1):
                why = "a yes/no flag sent as a figure"
            elif name in ("max_price", "budget_max", "price_max") and _HOTEL_ENDPOINT.search(
                    fn) and v < 30:
                why = "a hotel budget under 30"
            if why:
                found.append(("absurd_arg", fn, f"{name}={v}: {why}"))
        for lo, hi in _PAIRS:
            for pre in ("", *{k[: -len(lo)] for k in flat if k.endswith("_" + lo)}):
                a, b = flat.get(pre + lo), flat.get(pre + hi)
                if (isinstance(a, int | float) and isinstance(b, int | float)
                        and not isinstance(a, bool) and not isinstance(b, bool) and b < a):
                    found.append(("absurd_arg", fn, f"{pre}{lo}={a} after {pre}{hi}={b}"))
        found.extend(_returns_beyond_belief(fn, flat))
    return found


_INCOME = re.compile(r"(?:^|_)(?:net_)?(?:income|profit|earnings)$")
_BASE = re.compile(r"(?:^|_)(?:shareholders?_equity|equity|total_assets|assets)$")


def _returns_beyond_belief(fn: str, flat: dict[str, Any]) -> list[Finding]:
    """An income more than twice the equity or assets it is measured against (a return
    on them of over 200 %, which no company reports)."""
    incomes = [(k, v) for k, v in flat.items() if _INCOME.search(k) and _figure(v)]
    bases = [(k, v) for k, v in flat.items() if _BASE.search(k) and _figure(v) and v > 0]
    return [("absurd_arg", fn, f"{ki}={vi} over {kb}={vb}: a return of over 200 %")
            for ki, vi in incomes for kb, vb in bases if vi > 2 * vb]


def _figure(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def findings(record: Rec) -> list[Finding]:
    return [*thin_listings(record), *prices_off(record), *absurd_args(record)]


def same_venues(records: list[Rec]) -> int:
    """How many venue leaves name a venue that the file gives in two or more cities."""
    cities: dict[str, set[str]] = defaultdict(set)
    uses: dict[str, int] = defaultdict(int)
    for r in records:
        for _, _, output in _calls(r):
            for obj in _objects(output):
                city = obj.get("city")
                for k, v in obj.items():
                    if _snake(str(k)) in _VENUE_KEYS and isinstance(v, str):
                        uses[v] += 1
                        if isinstance(city, str):
                            cities[v].add(city)
    return sum(n for v, n in uses.items() if len(cities[v]) >= 2)


KINDS = ("thin_listing", "price_off", "absurd_arg")
