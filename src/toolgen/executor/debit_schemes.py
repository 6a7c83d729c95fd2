"""A direct debit is in its scheme's currency: SEPA collects euros, Bacs pounds, ACH
dollars.

BFCL seed 83 #17: a mandate under "SEPA Direct Debit" for 74.00 GBP; the scheme and the
currency were drawn apart. `scheme_currency` sets the currency of each record naming one
of these schemes to the scheme's own; an amount keeps its figure (the three currencies are
of one scale). In place, deterministic.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.objects import objects_in

_CURRENCY = {"SEPA Direct Debit": "EUR", "SEPA": "EUR", "Bacs": "GBP", "BACS": "GBP",
             "ACH": "USD"}


def scheme_currency(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Each record naming a debit scheme is in that scheme's currency."""
    for obj in objects_in(output):
        own = _CURRENCY.get(str(obj.get("scheme") or ""))
        if own is not None and isinstance(obj.get("currency"), str):
            obj["currency"] = own
