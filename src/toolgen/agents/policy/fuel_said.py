"""A fuel's price is said with its money and its measure.

"its diesel is 95.17, with a petrol of 106.56" (ToolBench seeds 71 and 97, Indian Fuel's
city-wise data) gives two bare figures: a reader asks, in what, for how much? A fuel
priced where the endpoint or the call's place says is said as people there say it:
"the diesel price is ₹95.17 a litre" in India, "$3.49 a gallon" in the US, "1.79 EUR a
litre" elsewhere. `fuel_priced(facts, function_name, args)` rewrites those facts; others
pass unchanged. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from toolgen.agents.offline import Fact
from toolgen.executor.place_currency import currency_of, named_country
from toolgen.registry.scope import scoped_country

_FUELS = frozenset({"petrol", "diesel", "gasoline", "lpg", "cng", "kerosene",
                    "petrol price", "diesel price", "gasoline price"})
# Money said by its sign where people write it so.
_SIGNS = {"INR": "₹", "USD": "$", "GBP": "£"}


def fuel_priced(facts: list[Fact], function_name: str, args: Mapping[str, Any]) -> list[Fact]:
    """`facts` with each fuel price said in its money and measure (module doc)."""
    if not any(f.label.lower() in _FUELS for f in facts):
        return facts
    country = scoped_country(function_name) or named_country(dict(args))
    currency = currency_of(country) if country else None
    if currency is None:
        return facts
    return [_priced(f, currency, country) if f.label.lower() in _FUELS else f for f in facts]


def _priced(fact: Fact, currency: str, country: str) -> Fact:
    try:
        float(fact.value)
    except ValueError:
        return fact
    measure = "a gallon" if country == "US" else "a litre"
    sign = _SIGNS.get(currency)
    money = f"{sign}{fact.value}" if sign else f"{fact.value} {currency}"
    fuel = fact.label.lower().removesuffix(" price")
    return Fact(label=f"{fuel} price", value=f"{money} {measure}")
