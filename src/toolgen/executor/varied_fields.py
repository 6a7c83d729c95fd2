"""Fields whose value differs from thing to thing, which one corpus example must not pin.

The bundled hotel API's example names its guest "Ana Silva" and its restaurant search
shows one "italian" place: drawn from a pool of that one value, every reservation of every
record was Ana Silva's and every unfiltered search came back all Italian. A pool of fewer
than `FEW` values is no sample of such a field; its own generator (a person's name, a
cuisine) varies it. Fields that are the same for every record of an API (a currency, a
status, a country code, a unit) keep their one example. `pinned(key, schema, values)`
says whether a pool is too small for its field. Pure, keyed on the field's key.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.field_values import field_kind
from toolgen.executor.values import normalize_key, string_kind

FEW = 2
# Value kinds (`field_values.field_kind`) of which every thing has its own.
_OWN_KINDS = frozenset({"cuisine", "ingredient", "street", "file"})
# Whose name a `<role>_name` key holds: a person, different on every booking.
_PEOPLE = frozenset({"guest", "passenger", "customer", "traveler", "traveller", "holder",
                     "cardholder", "card_holder", "contact", "owner", "driver", "patient",
                     "member", "attendee", "recipient", "sender", "buyer", "seller", "client",
                     "student", "employee", "author", "host", "user"})


def _a_persons_name(key: str, schema: dict[str, Any]) -> bool:
    if string_kind(key, schema) == "person":
        return True
    nk = normalize_key(key)
    return nk.endswith("_name") and nk[: -len("_name")] in _PEOPLE


def pinned(key: str, schema: dict[str, Any], values: tuple[Any, ...]) -> bool:
    """Whether `values` are too few to draw `key` from: one example of a field every
    thing has its own value of (a guest's name, a cuisine)."""
    if len(values) >= FEW or not all(isinstance(v, str) for v in values):
        return False
    return _a_persons_name(key, schema) or field_kind(key) in _OWN_KINDS
