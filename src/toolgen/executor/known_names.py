"""Real names of kinds of thing everyone knows by name, and a currency's name by its code.

A currency list answered `{"code": "EUR", "name": "Silver Ridge", "symbol": "€"}`, a
medicine lookup "Open Bridge": made-up names where the world has real ones. `CURRENCIES`
maps ISO 4217 codes to their English names (the common ones; no pycountry or babel in the
environment), `MEDICINES` lists common generic medicines. `named_currencies` is the
finishing step that names each currency object of an answer, and signs it, by its code. Pure tables;
never touches the network.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.entities.countries import CURRENCIES as CURRENCY_ROWS

CURRENCIES: dict[str, str] = {
    "EUR": "Euro", "USD": "US Dollar", "GBP": "British Pound", "JPY": "Japanese Yen",
    "CHF": "Swiss Franc", "CAD": "Canadian Dollar", "AUD": "Australian Dollar",
    "NZD": "New Zealand Dollar", "SEK": "Swedish Krona", "NOK": "Norwegian Krone",
    "DKK": "Danish Krone", "PLN": "Polish Zloty", "CZK": "Czech Koruna",
    "HUF": "Hungarian Forint", "MXN": "Mexican Peso", "BRL": "Brazilian Real",
    "ARS": "Argentine Peso", "CLP": "Chilean Peso", "COP": "Colombian Peso",
    "INR": "Indian Rupee", "CNY": "Chinese Yuan", "HKD": "Hong Kong Dollar",
    "SGD": "Singapore Dollar", "KRW": "South Korean Won", "THB": "Thai Baht",
    "IDR": "Indonesian Rupiah", "MYR": "Malaysian Ringgit", "PHP": "Philippine Peso",
    "VND": "Vietnamese Dong", "TRY": "Turkish Lira", "ZAR": "South African Rand",
    "AED": "UAE Dirham", "SAR": "Saudi Riyal", "ILS": "Israeli New Shekel",
    "EGP": "Egyptian Pound", "NGN": "Nigerian Naira", "KES": "Kenyan Shilling",
    "RUB": "Russian Ruble", "UAH": "Ukrainian Hryvnia", "LKR": "Sri Lankan Rupee",
    "PKR": "Pakistani Rupee", "BDT": "Bangladeshi Taka", "TWD": "New Taiwan Dollar",
    "MAD": "Moroccan Dirham", "QAR": "Qatari Riyal", "ISK": "Icelandic Krona",
}
CURRENCY_NAMES: tuple[str, ...] = tuple(CURRENCIES.values())
MEDICINES: tuple[str, ...] = (
    "Ibuprofen", "Paracetamol", "Amoxicillin", "Metformin", "Atorvastatin", "Omeprazole",
    "Lisinopril", "Cetirizine", "Amlodipine", "Salbutamol", "Levothyroxine", "Loratadine")

# Keys of a currency object that hold its ISO code. `currency` names a currency only
# beside a `currency_name`: a product's `currency: "EUR"` leaves its `name` alone.
_CODE_KEYS = ("code", "iso_code", "currency_code", "iso")


def _code(obj: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for k in keys:
        value = obj.get(k)
        if isinstance(value, str) and value.upper() in CURRENCIES:
            return value.upper()
    return None


def _named(obj: dict[str, Any]) -> None:
    if isinstance(obj.get("currency_name"), str):
        code = _code(obj, (*_CODE_KEYS, "currency"))
        if code is not None:
            obj["currency_name"] = CURRENCIES[code]
            _signed(obj, "currency_symbol", code)
    elif isinstance(obj.get("name"), str):
        code = _code(obj, _CODE_KEYS)
        if code is not None:
            obj["name"] = CURRENCIES[code]
            _signed(obj, "symbol", code)


def _signed(obj: dict[str, Any], key: str, code: str) -> None:
    """A currency's symbol is its sign ("¥"), never a stock's ticker drawn for the key
    (`{"code": "JPY", "name": "Japanese Yen", "symbol": "NFLX"}`)."""
    if isinstance(obj.get(key), str):
        obj[key] = _SIGNS.get(code, code)


_SIGNS = {code: sign for code, _, sign in CURRENCY_ROWS}


def named_currencies(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Name every object of `output` that carries a known currency code by that code's
    currency (`{"code": "EUR", "name": ...}` -> "Euro")."""
    stack = [output]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            _named(node)
            stack.extend(v for v in node.values() if isinstance(v, dict | list))
        elif isinstance(node, list):
            stack.extend(v for v in node if isinstance(v, dict | list))
