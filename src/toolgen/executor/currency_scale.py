"""Money is written in its currency's scale: a Seoul stay costs hundreds of thousands of won.

Money leaves draw dollar-sized figures (tens to hundreds: `number_leaves`, `magnitudes`)
whatever currency the object states, so a 13-night stay in Seoul came back at 296.19 KRW
(under a quarter of a dollar, with cents the won does not have; BFCL seed 7 #163) and a
Walmart price at 17.58 ARS. Owned here:

- `WHOLE` and `written(amount, currency, whole)`: an amount in its currency's minor
  units (none for the yen, the won, the dong...; cents for the rest), shared by every
  step that converts or redraws money (`place_currency`, `price_scale`).
- `scaler_for(keys, drawn)`: at compile time, for an object with a `currency` field
  among `keys` and drawn money fields `drawn` (`is_money_key`; not corpus examples, enums
  or bounded figures: the compiler says which), a step that on each call reads those
  figures as dollars and written in the object's currency at reference rates (`exchange.PER_USD`),
  before the object is linked, so the session remembers the figures it shows. A currency
  within a factor of `_NEAR` of the dollar keeps its figures (a 120 EUR or 90 CAD price
  reads right). A figure the call sent is the user's own and stays.
- `per_usd(obj)`: units of an object's currency per dollar, for a reader (the judge's
  `quantities`) holding a figure to a range in dollars.

Deterministic, draws nothing, never touches the network.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from toolgen.executor.exchange import PER_USD
from toolgen.executor.values import normalize_key

# Currencies written with no minor unit in everyday prices (ISO 4217 gives the yen, the
# won, the dong, the peso chileno and the krona none; the rest are priced whole).
WHOLE = frozenset({"JPY", "KRW", "HUF", "ISK", "CLP", "COP", "IDR", "VND", "ARS"})
# The last word of a field holding money (not `rate`: an exchange rate is a ratio).
_MONEY_WORDS = frozenset({"price", "amount", "total", "subtotal", "cost", "fee", "fees",
                          "fare", "tax", "tip", "charge", "balance", "paid", "due", "refund",
                          "deposit", "payout", "revenue", "budget", "salary", "income",
                          "premium"})
_CURRENCY_KEYS = ("currency", "currency_code", "currencycode", "currencyCode")
_CODES = frozenset(code.lower() for code in PER_USD)
# A currency whose unit is worth between a third of a dollar and three dollars reads
# right at the dollar figures drawn.
_NEAR = 3.0

Scaler = Callable[[dict[str, Any], dict[str, Any]], None]


def written(amount: float, currency: str, whole: bool = False) -> int | float:
    """`amount` of `currency` in its minor units: whole for `WHOLE` currencies and when
    `whole` (an integer field), else to the cent."""
    if whole or currency.upper() in WHOLE:
        return round(amount)
    return round(amount, 2)


@lru_cache(maxsize=4096)  # keys repeat across every object of an endpoint and record
def is_money_key(nk: str) -> bool:
    """Whether the normalised key `nk` holds money in the object's own currency:
    `price`, `total_amount`, `price_per_night`; not `usd_price` (another currency's),
    `price_change` or `last_price_time`."""
    words = nk.split("_")
    if "per" in words:  # `price_per_night`: the money word stands before the unit
        words = words[:words.index("per")]
    return bool(words) and words[-1] in _MONEY_WORDS and _CODES.isdisjoint(words)


def per_usd(obj: dict[str, Any]) -> float:
    """Units of `obj`'s own currency per US dollar (1.0 when it states none the reference
    rates know): what a dollar range is multiplied by to read its figures."""
    for key in _CURRENCY_KEYS:
        code = obj.get(key)
        if isinstance(code, str):
            return PER_USD.get(code.upper(), 1.0)
    return 1.0


def scaler_for(keys: list[str], drawn: list[tuple[str, str]]) -> Scaler | None:
    """The per-call step of an object with `keys` whose drawn money fields are `drawn`
    (key, normalised key), or None when it states no currency or draws no money."""
    names = {normalize_key(k): k for k in keys}
    cur_key = next((names[n] for n in _CURRENCY_KEYS if n in names), None)
    if cur_key is None or not drawn:
        return None
    return _scaler(cur_key, tuple(drawn))


def _scaler(cur_key: str, keys: tuple[tuple[str, str], ...]) -> Scaler:

    def scale(obj: dict[str, Any], args: dict[str, Any]) -> None:
        code = obj.get(cur_key)
        code = code.upper() if isinstance(code, str) else ""
        rate = PER_USD.get(code)
        if rate is None or 1 / _NEAR < rate < _NEAR:
            return
        for key, nk in keys:
            value = obj.get(key)
            if isinstance(value, bool) or not isinstance(value, int | float):
                continue
            if nk in args and args[nk] == value:
                continue  # the user's own figure
            obj[key] = written(value * rate, code, isinstance(value, int))

    return scale
