"""Whether a call names its place only by an address it ships, bills or delivers to.

`checkout(cart_id="crt_2ea2b9", shipping_address="Wegmannstrasse 785, Zurich,
Switzerland")` charged 80.54 CHF for a cart read at 81.7 EUR (bundled seed 21 #10): the
address says where the parcel goes, not the currency the cart is priced in.
`addressed_only(args)` is True when the call's place arguments are addresses only (no
city, country, location or region of its own), so `place_currency.call_currency` keeps a
known record's currency over the address's; `PRICED` names the records whose money keeps
one currency. Pure.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.values import normalize_key

# The records whose money has one currency for life (a cart, an order, a booking).
PRICED = frozenset({"cart", "basket", "order", "purchase", "booking", "reservation",
                    "invoice", "payment", "transaction", "checkout", "bill", "quote",
                    "subscription"})
_ADDRESS = frozenset({"delivery_address", "shipping_address", "address",
                      "billing_address", "venue_address"})
_PLACE = frozenset({"city", "city_name", "location", "country", "country_code",
                    "country_name", "region", "region_name", "state", "state_name",
                    "province"})


def addressed_only(args: dict[str, Any]) -> bool:
    """Whether the call's place arguments are addresses only (module doc)."""
    keys = [normalize_key(k) for k, v in args.items() if isinstance(v, str) and v.strip()]
    return any(k in _ADDRESS for k in keys) and not any(k in _PLACE for k in keys)
