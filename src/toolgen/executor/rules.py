"""Cross-field rules: values of one object (an output or a call's arguments) that must agree.

`settle(value, args, action)` walks every object of a generated output and fixes, in
place: date pairs out of order (start/end, check_in/check_out, departure/arrival,
from/to dates, valid_from/valid_to...), exchange rates (same currency -> 1, otherwise the
reference cross rate; a converted amount equals amount x rate), origin equal to
destination, counts smaller than the list they count, totals that are not the sum of
their items, and, for an answer to a create, a terminal status ("refunded", "cancelled")
on the new entity. `settle_arguments` applies the pair rules to a call's arguments.
Deterministic (no randomness), never touches the network.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from typing import Any

from toolgen.executor.pools import IATA, PLACES
from toolgen.executor.values import normalize_key

# (first, second): the second must not come before the first.
DATE_PAIRS = (
    ("start", "end"), ("check_in", "check_out"), ("checkin", "checkout"),
    ("departure", "arrival"), ("depart", "arrive"), ("from", "to"), ("begin", "end"),
    ("valid_from", "valid_to"), ("pickup", "dropoff"), ("since", "until"),
    ("created", "updated"), ("min", "max"), ("created", "expiry"), ("created", "expires"),
    ("created", "expiration"), ("issued", "expiry"), ("issued", "expires"),
    ("registered", "expiry"), ("published", "updated"), ("departure", "return"),
    ("outbound", "return"), ("after", "before"), ("arrival", "departure"),
)
# Currency units per US dollar: reference cross rates for generated quotes.
PER_USD = {
    "USD": 1.0, "EUR": 0.92, "GBP": 0.79, "JPY": 151.0, "CAD": 1.36, "AUD": 1.52,
    "CHF": 0.88, "SEK": 10.5, "NOK": 10.6, "DKK": 6.9, "PLN": 4.0, "CZK": 23.3, "TRY": 32.0,
    "MXN": 17.0, "BRL": 5.0, "ARS": 870.0, "KRW": 1340.0, "SGD": 1.35, "THB": 36.0,
    "INR": 83.0, "AED": 3.67, "NZD": 1.65, "ZAR": 18.6, "KES": 130.0, "EGP": 47.0,
    "CNY": 7.2, "HKD": 7.8, "CNH": 7.2, "COP": 3900.0, "IDR": 15700.0, "RUB": 92.0,
    "PHP": 56.0, "MYR": 4.7, "VND": 24500.0, "NGN": 1500.0, "PKR": 280.0, "SAR": 3.75,
    "ILS": 3.7, "HUF": 360.0, "RON": 4.6, "CLP": 930.0, "PEN": 3.7, "TWD": 32.0,
    "UAH": 39.0, "ISK": 138.0, "BGN": 1.8, "QAR": 3.64, "KWD": 0.31, "MAD": 10.0,
}
_FROM = ("from", "base", "source", "from_currency", "base_currency", "source_currency",
         "have", "from_symbol")
_TO = ("to", "target", "to_currency", "target_currency", "quote", "quote_currency", "want",
       "to_symbol")
_RATE = ("rate", "exchange_rate", "conversion_rate", "fx_rate")
_AMOUNT = ("amount", "from_amount", "value")
_CONVERTED = ("converted_amount", "converted", "result", "to_amount", "converted_value")
_ORIGIN = (("origin", "destination"), ("from_airport", "to_airport"),
           ("departure_airport", "arrival_airport"), ("origin_city", "destination_city"),
           ("source", "destination"), ("from_city", "to_city"), ("origin_code",
                                                                 "destination_code"))
_COUNTS_EXACT = frozenset({"count", "results_count", "num_results", "item_count",
                           "number_of_results"})
_COUNTS_AT_LEAST = frozenset({"total", "total_count", "total_results", "total_items"})
_ITEM_LISTS = frozenset({"items", "line_items", "order_items", "cart_items", "lines",
                         "products"})
_TOTALS = ("total", "subtotal", "total_price", "total_amount", "order_total")
TERMINAL = frozenset({"refunded", "cancelled", "canceled", "completed", "delivered",
                      "deleted", "expired", "failed", "closed", "returned", "rejected",
                      "declined", "archived", "finished", "voided", "shipped", "done",
                      "resolved", "inactive", "disabled", "suspended"})
FRESH = ("pending", "confirmed", "created", "active", "new", "open", "scheduled",
         "processing", "booked", "reserved", "submitted", "placed", "received", "queued")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def settle(value: Any, args: dict[str, Any] | None = None, action: str = "list") -> None:
    """Apply every rule to every object of `value`, in place."""
    stack = [value]
    top = True
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            _settle_object(node, args, action, top)
            stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend(v for v in node if isinstance(v, (dict, list)))
        top = False


def settle_arguments(args: dict[str, Any]) -> dict[str, Any]:
    """The arguments with pair rules applied (date order, origin != destination)."""
    out = dict(args)
    _date_pairs(out)
    _origin(out)
    _same_currency_args(out)
    return out


# Normalised keys that make a rule worth running; most objects carry none of them.
_ROUTE_KEYS = frozenset(n for pair in _ORIGIN for n in pair) | {
    "from_city", "departure_city", "to_city", "arrival_city"}
_RATE_KEYS = frozenset(_RATE)
_TOTAL_KEYS = frozenset(_TOTALS)
_CASE_KEYS = frozenset(("confirmed", "cases", "total_cases", "confirmed_cases"))


_NONE = object()


def _settle_object(obj: dict[str, Any], args: dict[str, Any] | None, action: str,
                   top: bool) -> None:
    """The rules whose keys the object has; a cheap key scan decides, per object."""
    numbers = dates = lists = 0
    names = set()
    for k, v in obj.items():
        names.add(normalize_key(k))
        if isinstance(v, str):
            if len(v) >= 10 and v[4:5] == "-" and v[:4].isdigit():
                dates += 1
        elif isinstance(v, (int, float)):
            numbers += 1
        elif isinstance(v, list):
            lists += 1
    if numbers >= 2 or dates >= 2:
        # Why: an argument echoed in the answer is what the user asked; a pair put in
        # order moves the made-up side, never the echo (`maxPrice` stays 40.62).
        fixed = frozenset(k for k in obj if args and (
            args.get(k, _NONE) == obj[k] or args.get(normalize_key(k), _NONE) == obj[k]))
        if numbers >= 2:
            _numeric_pairs(obj, fixed)
        if dates >= 2:
            _dated_pairs(obj, fixed)
            _stay_length(obj, fixed)
            _flight_times(obj, fixed)
    if names & _ROUTE_KEYS:
        if args:
            _route(obj, args)
        _origin(obj)
    if names & _RATE_KEYS:
        _rates(obj, args)
    if lists == 1 and numbers:
        _counts(obj)
        if names & _TOTAL_KEYS:
            _totals(obj)
    if names & _CASE_KEYS:
        _outcomes(obj)
    if action == "create" and top:
        _fresh(obj)


# -- dates --------------------------------------------------------------------------------


def _rest(nk: str, word: str) -> str | None:
    if nk == word or nk.startswith(word + "_"):
        return "S" + nk[len(word):]
    if nk.endswith("_" + word):
        return nk[: -len(word)] + "E"
    if f"_{word}_" in nk:
        return nk.replace(f"_{word}_", "_X_", 1)
    return None


_NUMERIC_PAIRS = (("start", "end"), ("min", "max"), ("from", "to"), ("low", "high"),
                  ("lower", "upper"))


def _numeric_pairs(obj: dict[str, Any], fixed: frozenset[str] = frozenset()) -> None:
    """A numeric range (`start_range` / `end_range`, `min_price` / `max_price`) in order."""
    nums = [(k, normalize_key(k)) for k, v in obj.items()
            if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if len(nums) < 2:
        return
    for first, second in _NUMERIC_PAIRS:
        firsts = {r: k for k, nk in nums if (r := _rest(nk, first)) is not None}
        for k2, nk2 in nums:
            r2 = _rest(nk2, second)
            k1 = firsts.get(r2) if r2 is not None else None
            if (k1 is not None and k1 != k2 and obj[k2] < obj[k1]
                    and type(obj[k1]) is type(obj[k2])):
                if k1 in fixed and k2 in fixed:
                    continue
                if k1 in fixed or k2 in fixed:
                    # Mirror the made-up side across the echoed one.
                    gap = obj[k1] - obj[k2]
                    if k1 in fixed:
                        high = obj[k1] + gap
                        obj[k2] = high if isinstance(high, int) else round(high, 4)
                    else:
                        low = obj[k2] - gap if obj[k2] - gap >= 0 else obj[k2] / 2
                        obj[k1] = int(low) if isinstance(obj[k2], int) else round(low, 2)
                    continue
                obj[k1], obj[k2] = obj[k2], obj[k1]


def _date_pairs(obj: dict[str, Any]) -> None:
    _numeric_pairs(obj)
    _dated_pairs(obj)
    _stay_length(obj)


def _shifted(text: str, days: float) -> str | None:
    """`text` moved by `days`, in its own format; None when the format is not a plain one."""
    when = _parse(text)
    if when is None:
        return None
    moved = when + _dt.timedelta(days=days)
    if len(text) == 10:
        return moved.date().isoformat()
    if text.endswith("Z") and len(text) == 20:
        return moved.isoformat(timespec="seconds") + "Z"
    if len(text) == 19:
        return moved.isoformat(timespec="seconds").replace("T", text[10])
    return None


def _paired(keys: list[tuple[str, str]], pairs: tuple[tuple[str, str], ...]
            ) -> Iterator[tuple[str, str]]:
    """(first key, second key) of `keys` (each with its normalised form) that name the two
    sides of a pair with the same rest (`check_in_date`, `check_out_date`)."""
    for first, second in pairs:
        firsts = {r: k for k, nk in keys if (r := _rest(nk, first)) is not None}
        if not firsts:
            continue
        for k2, nk2 in keys:
            r2 = _rest(nk2, second)
            k1 = firsts.get(r2) if r2 is not None else None
            if k1 is not None and k1 != k2:
                yield k1, k2


# Read as departure/arrival when both exist; never reversed.
_ORDERED_PAIRS = tuple(p for p in DATE_PAIRS if p != ("arrival", "departure"))


def _dated_pairs(obj: dict[str, Any], fixed: frozenset[str] = frozenset()) -> None:
    dated = [(k, normalize_key(k)) for k, v in obj.items()
             if isinstance(v, str) and _DATE.match(v)]
    if len(dated) < 2:
        return
    for k1, k2 in _paired(dated, _ORDERED_PAIRS):
        a, b = _parse(obj[k1]), _parse(obj[k2])
        if a is None or b is None or not b < a or (k1 in fixed and k2 in fixed):
            continue
        if k1 in fixed or k2 in fixed:
            gap = max(1.0, (a - b).total_seconds() / 86400)
            moved = (_shifted(obj[k1], gap) if k1 in fixed else _shifted(obj[k2], -gap))
            if moved is not None:
                obj[k2 if k1 in fixed else k1] = moved
                continue
        obj[k1], obj[k2] = _ordered(obj[k1], obj[k2])


_STAYS = (("check_in", "check_out"), ("checkin", "checkout"), ("pickup", "dropoff"),
          ("departure", "return"), ("outbound", "return"))
_LONGEST_STAY = 30


def _stay_length(obj: dict[str, Any], fixed: frozenset[str] = frozenset()) -> None:
    """A hotel stay, car hire or round trip lasts days, not months: an end more than a
    month after its start is moved to 1-14 days after it (the side the call sent stays).
    Why a rule: both dates are drawn on their own, so an 11-month stay was common."""
    dated = [(k, normalize_key(k)) for k, v in obj.items()
             if isinstance(v, str) and _DATE.match(v)]
    for k1, k2 in _paired(dated, _STAYS):
        if k1 in fixed and k2 in fixed:
            continue
        a, b = _parse(obj[k1]), _parse(obj[k2])
        if a is None or b is None or (b - a).days <= _LONGEST_STAY:
            continue
        # Each side keeps its own format: the moved one is shifted, not rewritten.
        drop = (b - a).days - (1 + (b - a).days % 14)
        moved = (_shifted(obj[k1], drop) if k2 in fixed else _shifted(obj[k2], -drop))
        if moved is not None:
            obj[k1 if k2 in fixed else k2] = moved


_LEGS = (("departure", "arrival"), ("depart", "arrive"))


def _flight_times(obj: dict[str, Any], fixed: frozenset[str]) -> None:
    """A trip lands within a day of leaving: an arrival months later is moved to a few
    hours after the departure (unless the call was sent that arrival)."""
    timed = [(k, normalize_key(k)) for k, v in obj.items()
             if isinstance(v, str) and len(v) >= 19 and _DATE.match(v)]
    for k1, k2 in _paired(timed, _LEGS):
        if k2 in fixed:
            continue
        a, b = _parse(obj[k1]), _parse(obj[k2])
        if a is None or b is None:
            continue
        hours = (b - a).total_seconds() / 3600
        if hours > 20:
            moved = _shifted(obj[k1], (1 + hours % 13) / 24)
            if moved is not None:
                obj[k2] = moved


def _parse(text: str) -> _dt.datetime | None:
    try:
        if len(text) == 10:
            return _dt.datetime.fromisoformat(text)
        return _dt.datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return None


def _ordered(early: str, late: str) -> tuple[str, str]:
    """The pair in order, each keeping its own format."""
    if len(early) == len(late):
        return late, early
    a, b = _parse(early), _parse(late)
    assert a is not None and b is not None
    start = b.isoformat()[: len(early)] if len(early) <= 19 else early
    end = (a + _dt.timedelta(days=1)).isoformat()[: len(late)] if len(late) <= 19 else late
    return (start if len(start) == len(early) else early,
            end if len(end) == len(late) else late)


# -- places, currencies ----------------------------------------------------------------------


_ASKED_FROM = ("from_city", "origin", "origin_city", "departure_city", "departure_location",
               "from_location", "source_city", "from_airport", "origin_airport")
_ASKED_TO = ("to_city", "destination", "destination_city", "arrival_city", "to_location",
             "arrival_location", "to_airport", "destination_airport")


def _route(obj: dict[str, Any], args: dict[str, Any]) -> None:
    """A route in the answer is the route the call asked for."""
    keys = {normalize_key(k): k for k in obj}
    for asked, names in ((_ASKED_FROM, ("origin", "from_city", "departure_city")),
                         (_ASKED_TO, ("destination", "to_city", "arrival_city"))):
        value = next((args[n] for n in asked if isinstance(args.get(n), str)), None)
        if value is None:
            continue
        for n in names:
            k = keys.get(n)
            if k is None or not isinstance(obj[k], str):
                continue
            # Same form only: an airport code for a code, a city for a city.
            if (len(obj[k]) == 3) == (len(value) == 3):
                obj[k] = value


def _origin(obj: dict[str, Any]) -> None:
    keys = {normalize_key(k): k for k in obj}
    for a, b in _ORIGIN:
        ka, kb = keys.get(a), keys.get(b)
        if ka is None or kb is None:
            continue
        va, vb = obj[ka], obj[kb]
        if isinstance(va, str) and isinstance(vb, str) and va.lower() == vb.lower():
            obj[kb] = _other_place(vb)


def _other_place(value: str) -> str:
    """Another place written like `value` (city, country, code or IATA)."""
    low = value.lower()
    for i, place in enumerate(PLACES):
        nxt = PLACES[(i + 7) % len(PLACES)]
        if place[0].lower() == low:
            return nxt[0]
        if place[1].lower() == low:
            return nxt[1]
        if IATA[i].lower() == low:
            return IATA[(i + 7) % len(IATA)]
        if place[2].lower() == low:
            return nxt[2]
    return "Lisbon" if low != "lisbon" else "Madrid"


def _currency(value: Any) -> str | None:
    if isinstance(value, str) and len(value) == 3 and value.upper() in PER_USD:
        return value.upper()
    return None


def _first(obj: dict[str, Any], keys: dict[str, str], names: tuple[str, ...]) -> str | None:
    for n in names:
        k = keys.get(n)
        if k is not None and (c := _currency(obj[k])) is not None:
            return c
    return None


def _rates(obj: dict[str, Any], args: dict[str, Any] | None) -> None:
    keys = {normalize_key(k): k for k in obj}
    rate_key = next((keys[n] for n in _RATE if n in keys), None)
    if rate_key is None:
        return
    a = _first(obj, keys, _FROM)
    b = _first(obj, keys, _TO)
    if args:
        # What the call asked for wins over what was generated.
        akeys = {normalize_key(k): k for k in args}
        a_arg, b_arg = _first(args, akeys, _FROM), _first(args, akeys, _TO)
        if a_arg is not None:
            _set_currency(obj, keys, _FROM, a_arg)
        if b_arg is not None:
            _set_currency(obj, keys, _TO, b_arg)
        a, b = a_arg or a, b_arg or b
    if a is None or b is None:
        return
    if a == b:
        asked = args is not None and _first(args, {normalize_key(k): k for k in args}, _TO)
        to_key = next((keys[n] for n in _TO if n in keys and _currency(obj[keys[n]])), None)
        if not asked and to_key is not None:
            # Why: a quote nobody asked for between a currency and itself reads as a bug.
            b = "EUR" if a != "EUR" else "USD"
            obj[to_key] = b
    if a == b:
        rate = 1.0
    elif a in PER_USD and b in PER_USD:
        rate = round(PER_USD[b] / PER_USD[a], 4)
    else:
        return  # no reference rate: leave the generated quote alone
    if isinstance(obj[rate_key], (int, float)) and not isinstance(obj[rate_key], bool):
        obj[rate_key] = 1 if a == b and isinstance(obj[rate_key], int) else rate
    elif isinstance(obj[rate_key], str):
        obj[rate_key] = str(rate)
    amount_key = next((keys[n] for n in _AMOUNT if n in keys), None)
    conv_key = next((keys[n] for n in _CONVERTED if n in keys), None)
    if amount_key is None or conv_key is None:
        return
    amount = obj[amount_key]
    if not isinstance(amount, (int, float)) or isinstance(amount, bool):
        return
    conv = obj[conv_key]
    if isinstance(conv, (int, float)) and not isinstance(conv, bool):
        obj[conv_key] = round(amount * rate, 2)
    elif isinstance(conv, dict) and isinstance(conv.get("amount"), (int, float)):
        # `converted: {amount, currency}` is the same money in the target currency.
        conv["amount"] = round(amount * rate, 2)
        if _currency(conv.get("currency")) is not None:
            conv["currency"] = b


def _set_currency(obj: dict[str, Any], keys: dict[str, str], names: tuple[str, ...],
                  code: str) -> None:
    for n in names:
        k = keys.get(n)
        if k is not None and _currency(obj[k]) is not None:
            obj[k] = code


def _same_currency_args(args: dict[str, Any]) -> None:
    """A conversion the user asks for goes between two different currencies."""
    keys = {normalize_key(k): k for k in args}
    ka = next((keys[n] for n in _FROM if n in keys and _currency(args[keys[n]])), None)
    kb = next((keys[n] for n in _TO if n in keys and _currency(args[keys[n]])), None)
    if ka is None or kb is None or _currency(args[ka]) != _currency(args[kb]):
        return
    cur = _currency(args[kb])
    other = "EUR" if cur != "EUR" else "USD"
    value = args[kb]
    args[kb] = other if value.isupper() else other.lower()


# -- counts, totals, status ----------------------------------------------------------------


def _counts(obj: dict[str, Any]) -> None:
    lists = [v for v in obj.values() if isinstance(v, list)]
    if len(lists) != 1:
        return
    n = len(lists[0])
    for k, v in obj.items():
        if not isinstance(v, int) or isinstance(v, bool):
            continue
        nk = normalize_key(k)
        if nk in _COUNTS_EXACT or (nk in _COUNTS_AT_LEAST and v < n):
            obj[k] = n


def _line_value(item: Any) -> float | None:
    if not isinstance(item, dict):
        return None
    price = None
    qty: Any = 1
    for k, v in item.items():
        nk = normalize_key(k)
        if nk in ("price", "unit_price", "amount") and isinstance(v, (int, float)):
            price = v
        elif nk in ("price", "unit_price") and isinstance(v, dict):
            amount = v.get("amount", v.get("value"))
            if isinstance(amount, (int, float)):
                price = amount
        elif nk in ("quantity", "qty") and isinstance(v, int):
            qty = v
    if price is None or isinstance(price, bool):
        return None
    return float(price) * (qty if not isinstance(qty, bool) else 1)


def _totals(obj: dict[str, Any]) -> None:
    items = next((v for k, v in obj.items() if normalize_key(k) in _ITEM_LISTS
                  and isinstance(v, list) and v), None)
    if items is None:
        return
    values = [_line_value(i) for i in items]
    if any(v is None for v in values):
        return
    total = round(sum(v for v in values if v is not None), 2)
    for k, v in obj.items():
        if normalize_key(k) in _TOTALS:
            if isinstance(v, float) or (isinstance(v, int) and not isinstance(v, bool)):
                obj[k] = total if isinstance(v, float) else round(total)
            elif isinstance(v, dict):
                for kk, vv in v.items():
                    if normalize_key(kk) in ("amount", "value") and isinstance(vv, (int, float)):
                        v[kk] = total
            break


_CASES = ("confirmed", "cases", "total_cases", "confirmed_cases")
_OUTCOMES = ("deaths", "recovered", "total_deaths", "total_recovered")


def _outcomes(obj: dict[str, Any]) -> None:
    """Deaths and recoveries are part of the confirmed cases, never more than them."""
    keys = {normalize_key(k): k for k, v in obj.items()
            if isinstance(v, int) and not isinstance(v, bool)}
    total_key = next((keys[n] for n in _CASES if n in keys), None)
    if total_key is None:
        return
    parts = sum(obj[keys[n]] for n in _OUTCOMES if n in keys)
    if obj[total_key] < parts:
        obj[total_key] = parts + obj[total_key]


def _fresh(obj: dict[str, Any]) -> None:
    for k, v in obj.items():
        if "status" in normalize_key(k) and isinstance(v, str) and v.lower() in TERMINAL:
            obj[k] = "confirmed" if v[:1].islower() else "Confirmed"
