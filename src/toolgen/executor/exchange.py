"""Exchange quotes: a rate between two currencies is the reference cross rate.

`PER_USD` holds reference units per US dollar. `settle_rates(obj, args)` makes a quote
agree: the currencies the call asked for win, a same-currency quote nobody asked for
moves to another target, the rate is 1 for one currency and the cross rate otherwise,
and a converted amount equals amount x rate. `split_currencies(args)` keeps a
conversion the user asks for between two different currencies. In place, deterministic.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.values import normalize_key

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
FROM_KEYS = ("from", "base", "source", "from_currency", "base_currency", "source_currency",
         "have", "from_symbol")
TO_KEYS = ("to", "target", "to_currency", "target_currency", "quote", "quote_currency", "want",
       "to_symbol")
_RATE = ("rate", "exchange_rate", "conversion_rate", "fx_rate")
_AMOUNT = ("amount", "from_amount", "value")
_CONVERTED = ("converted_amount", "converted", "result", "to_amount", "converted_value")
# Normalised keys that make the rate rule worth running.
RATE_KEYS = frozenset(_RATE)


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


def settle_rates(obj: dict[str, Any], args: dict[str, Any] | None) -> None:
    """The quote of `obj` (currencies, rate, converted amount) made to agree."""
    keys = {normalize_key(k): k for k in obj}
    rate_key = next((keys[n] for n in _RATE if n in keys), None)
    if rate_key is None:
        return
    a = _first(obj, keys, FROM_KEYS)
    b = _first(obj, keys, TO_KEYS)
    if args:
        # What the call asked for wins over what was generated.
        akeys = {normalize_key(k): k for k in args}
        a_arg, b_arg = _first(args, akeys, FROM_KEYS), _first(args, akeys, TO_KEYS)
        if a_arg is not None:
            _set_currency(obj, keys, FROM_KEYS, a_arg)
        if b_arg is not None:
            _set_currency(obj, keys, TO_KEYS, b_arg)
        a, b = a_arg or a, b_arg or b
    if a is None or b is None:
        return
    if a == b:
        asked = args is not None and _first(args, {normalize_key(k): k for k in args}, TO_KEYS)
        to_key = next((keys[n] for n in TO_KEYS if n in keys and _currency(obj[keys[n]])), None)
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


def split_currencies(args: dict[str, Any]) -> None:
    """A conversion the user asks for goes between two different currencies."""
    keys = {normalize_key(k): k for k in args}
    ka = next((keys[n] for n in FROM_KEYS if n in keys and _currency(args[keys[n]])), None)
    kb = next((keys[n] for n in TO_KEYS if n in keys and _currency(args[keys[n]])), None)
    if ka is None or kb is None or _currency(args[ka]) != _currency(args[kb]):
        return
    cur = _currency(args[kb])
    other = "EUR" if cur != "EUR" else "USD"
    value = args[kb]
    args[kb] = other if value.isupper() else other.lower()
