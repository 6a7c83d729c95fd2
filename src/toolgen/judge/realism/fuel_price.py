"""Fuel prices no pump charges.

`city_wise_data_for_indian_fuel(city="Mumbai")` answered diesel at 247.31 and petrol at
16.22 rupees a litre (ToolBench seed 31 #120: about 2.98 and 0.20 dollars), and the record
scored 5.0. Kind `fuel_price_misfit`, per answered call: an object's petrol, diesel or
gasoline price (`petrol`, `diesel_price`...), in the object's currency or that of the
country its tool is scoped to (`registry.scope`), worth under 0.3 or over 3 dollars a
litre (a US dollar price may be per gallon), or petrol and diesel side by side more than
1.6 times apart. A price with no known currency is held to the second rule only.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.exchange import PER_USD
from toolgen.executor.place_currency import currency_of
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.arguments import as_number
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_calls
from toolgen.judge.realism.values import _snake
from toolgen.judge.view import RecordView
from toolgen.records import Finding
from toolgen.registry.scope import scoped_country

NAME = "fuel_price"

_FUELS = frozenset({"petrol", "diesel", "gasoline"})
_PRICE_WORDS = frozenset({"price", "prices", "rate", "cost", "today", "current", "latest"})
_LEAST, _MOST = 0.3, 3.0  # dollars a litre
_GALLON = 3.785
_APART = 1.6


def _fuel(key: str) -> str | None:
    words = _snake(key).split("_")
    fuels = [w for w in words if w in _FUELS]
    if len(fuels) != 1 or any(w not in _FUELS and w not in _PRICE_WORDS for w in words):
        return None
    return "petrol" if fuels[0] == "gasoline" else fuels[0]


GATE = output_keys_gate(lambda key: _fuel(key) is not None)




def misfit(obj: dict[str, Any], country_code: str | None) -> str | None:
    """Why the fuel prices of `obj` are none a pump charges, or None."""
    prices = {fuel: figure for k, v in obj.items()
              if (fuel := _fuel(k)) is not None and (figure := as_number(v)) is not None}
    if not prices:
        return None
    own = obj.get("currency")
    code = own.upper() if isinstance(own, str) and own.upper() in PER_USD else country_code
    if code is not None:
        most = _MOST * (_GALLON if code == "USD" else 1.0)
        for fuel, figure in prices.items():
            usd = figure / PER_USD[code]
            if not _LEAST <= usd <= most:
                return f"{fuel} at {figure:g} {code} is {usd:.2f} USD a litre"
    if len(prices) == 2 and min(prices.values()) > 0:
        low, high = sorted(prices.values())
        if high / low > _APART:
            return f"petrol {prices['petrol']:g} and diesel {prices['diesel']:g} side by side"
    return None


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step, _args, at in answered_calls(view):
        country = scoped_country(step.function_name)
        code = currency_of(country) if country else None
        for _held, obj in view.objects(step.call_id):
            why = misfit(obj, code)
            if why:
                out.append(finding(NAME, "fuel_price_misfit", at,
                                   f"{step.function_name}: {why}"))
                break
    return out
