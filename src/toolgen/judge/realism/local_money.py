"""Money in another currency than the place the call named.

`place_delivery_order(delivery_address="..., Sao Paulo, Brazil")` answered a total of
39.2 EUR: a Brazilian restaurant does not bill in euros. Kind `place_currency`: the call
names a place (a city, a country, an address ending in one, a region such as "Masovia";
`executor.place_currency`) and sends no currency, and its answer prices things in one
currency that is not that place's. Left alone: an answer quoting several currencies (a
conversion), an object holding an amount the call sent, and a cart, order or booking
the call names by id shipped to an address (a cart checked out to Zurich stays in its
euros).
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.place_currency import currency_of, named_country
from toolgen.executor.shipped_to import PRICED, addressed_only
from toolgen.executor.values import id_entity
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import all_of, argument_keys_gate, output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_calls
from toolgen.judge.realism.values import _snake
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "local_money"

_CURRENCY = frozenset({"currency", "currency_code", "currencycode"})
_PLACE_ARGS = frozenset({"city", "city_name", "location", "delivery_address",
                         "shipping_address", "address", "venue_address", "billing_address",
                         "country", "country_code", "country_name",
                         "region", "region_name", "state", "state_name", "province"})


def reason(args: dict[str, Any], objects: list[tuple[str, dict[str, Any]]]) -> str | None:
    """Why the money of a call's answer is in the wrong currency, or None."""
    if any("currenc" in _snake(k) for k in args) or _record_shipped(args):
        return None
    codes = {v.upper() for _, obj in objects for k, v in obj.items()
             if _snake(k) in _CURRENCY and isinstance(v, str) and len(v) == 3 and v.isalpha()}
    if len(codes) != 1:
        return None
    country = named_country(args)
    local = currency_of(country) if country else None
    shown = codes.pop()
    if local is None or shown == local:
        return None
    sent = [v for v in args.values() if isinstance(v, (int, float)) and not isinstance(v, bool)]
    for _, obj in objects:
        if any(isinstance(v, (int, float)) and v in sent for v in obj.values()):
            return None
    return f"priced in {shown} for a place in {country} (its currency is {local})"


def _record_shipped(args: dict[str, Any]) -> bool:
    """A known record shipped to an address (`checkout(cart_id=..., shipping_address=...)`):
    it is priced in its own currency (`executor.shipped_to`), not the address's."""
    return addressed_only(args) and any(id_entity(k) in PRICED for k in args)


GATE = all_of(argument_keys_gate(lambda key: _snake(key) in _PLACE_ARGS),
              output_keys_gate(lambda key: _snake(key) in _CURRENCY))


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step, args, at in answered_calls(view):
        why = reason(args, view.objects(step.call_id))
        if why:
            out.append(finding(NAME, "place_currency", at, why))
    return out
