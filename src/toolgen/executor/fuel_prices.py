"""A fuel price is what a litre of that fuel costs where it is sold.

`city_wise_data_for_indian_fuel(city="Mumbai")` answered `{"diesel": "247.31", "petrol":
"16.22"}` (ToolBench seed 31 #120): drawn as any number, petrol at a sixth of diesel and
neither near the 90-110 rupees a litre costs in India. `fuel_finish(endpoint)` returns a
step that reads each object's fuel fields (`petrol`, `diesel`, `gasoline`, `lpg`, `cng`,
`kerosene`, `petrol_price`...), and where one lies outside what that fuel costs, draws it
again inside its range in the object's currency: the object's own `currency`, else that of
the country the endpoint is scoped to (`registry.scope`) or the call names, else US
dollars. Diesel beside petrol is priced against it as the country prices it (below it
in India, above it in the US). A US price of petrol is per gallon. Its type is kept: a
figure sent as text stays text with two decimals. In place; deterministic for the call's
random stream.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from typing import Any

from toolgen.executor.currency_scale import written
from toolgen.executor.exchange import PER_USD
from toolgen.executor.objects import objects_in
from toolgen.executor.place_currency import currency_of, named_country
from toolgen.executor.read_figure import read_figure
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint
from toolgen.registry.scope import scoped_country

Finish = Callable[[Any, dict[str, Any], random.Random], None]

# US dollars a litre (CNG a kilogram): what the fuel costs at the pump across countries.
_PER_LITRE = {"petrol": (0.9, 1.9), "gasoline": (0.9, 1.9), "diesel": (0.85, 1.9),
              "lpg": (0.4, 1.2), "cng": (0.6, 1.6), "kerosene": (0.5, 1.6)}
# About what a litre of petrol cost at the pump in 2024-25 (US dollars): a scoped tool's
# prices lie within a tenth of its country's, its other fuels in the same proportion.
_PETROL_AT = {"IN": 1.23, "US": 0.95, "GB": 1.8, "DE": 1.9, "FR": 1.95, "IT": 1.95,
              "ES": 1.7, "NL": 2.1, "JP": 1.15, "CN": 1.1, "CA": 1.2, "AU": 1.25, "BR": 1.15,
              "MX": 1.3, "ZA": 1.25, "PK": 0.95, "VN": 0.9, "ID": 0.65, "PH": 1.05,
              "MY": 0.45, "TH": 1.1, "KE": 1.4, "NG": 0.65, "EG": 0.4, "AE": 0.8,
              "SA": 0.6, "TR": 1.3, "PL": 1.6, "SE": 1.8, "CH": 1.95, "NZ": 1.6, "SG": 2.0,
              "KR": 1.25, "AR": 1.0, "RU": 0.65}
_LOCAL = 1.06
_GALLON = 3.785
_SLACK = 1.1
# Diesel against petrol at the same pump, 2024-25: cheaper in most places (India's diesel
# about 88 rupees to petrol's 102), dearer in the US, the UK and Australia.
_DIESEL_TO_PETROL = {"IN": 0.87, "US": 1.12, "GB": 1.05, "AU": 1.02, "CA": 1.05,
                     "CH": 1.03, "DE": 0.93, "NL": 0.88, "JP": 0.87, "PK": 1.02, "FR": 0.97,
                     "IT": 0.97, "ES": 0.95}
_DIESEL_ELSEWHERE = 0.94
_NEAR = 1.03  # a diesel price lies within 3 % of that ratio to the petrol beside it
_PETROL = frozenset({"petrol", "gasoline"})
_PRICE_WORDS = frozenset({"price", "prices", "rate", "cost", "today", "current", "latest"})


def fuel_of(key: str) -> str | None:
    """The fuel a field's price is of (`diesel`, `petrol_price` -> petrol), or None."""
    words = normalize_key(key).split("_")
    fuels = [w for w in words if w in _PER_LITRE]
    if len(fuels) != 1 or any(w not in _PER_LITRE and w not in _PRICE_WORDS for w in words):
        return None
    return fuels[0]




def fuel_finish(endpoint: Endpoint) -> Finish:
    """The step fitting an endpoint's fuel prices (see the module docstring)."""
    scoped = scoped_country(endpoint.function_name) or ""

    def fit(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        country = scoped or named_country(args)
        for obj in objects_in(output):
            fields = [(k, fuel) for k in obj if (fuel := fuel_of(k)) is not None]
            if not fields:
                continue
            own = obj.get("currency")
            code = own if isinstance(own, str) and own in PER_USD else (
                currency_of(country) or "USD")
            gallon = code == "USD" and country in ("", "US")
            # known pump prices leave no slack: 119.4 rupees is no Bengaluru petrol
            slack = 1.0 if country in _PETROL_AT else _SLACK
            petrol: float | None = None
            for key, fuel in sorted(fields, key=lambda f: f[1] not in _PETROL):
                span = _span(_local(_PER_LITRE[fuel], country), code, gallon)
                if petrol is not None and fuel == "diesel":
                    at = petrol * _DIESEL_TO_PETROL.get(country, _DIESEL_ELSEWHERE)
                    span = (at / _NEAR, at * _NEAR)
                value = _fit(obj, key, span, code, rng, slack)
                if petrol is None and fuel in _PETROL:
                    petrol = value

    return fit


def _local(span: tuple[float, float], country: str) -> tuple[float, float]:
    """A fuel's span narrowed to a country whose petrol price is known."""
    petrol = _PETROL_AT.get(country)
    if petrol is None:
        return span
    centre = petrol * math.sqrt(span[0] * span[1]) / math.sqrt(
        _PER_LITRE["petrol"][0] * _PER_LITRE["petrol"][1])
    return centre / _LOCAL, centre * _LOCAL


def _span(per_litre: tuple[float, float], code: str, gallon: bool) -> tuple[float, float]:
    scale = PER_USD[code] * (_GALLON if gallon else 1.0)
    return per_litre[0] * scale, per_litre[1] * scale


def _fit(obj: dict[str, Any], key: str, span: tuple[float, float], code: str,
         rng: random.Random, slack: float = _SLACK) -> float | None:
    """The field's figure after fitting it into `span`, `slack` either side (None when it
    holds no figure)."""
    value = read_figure(obj[key])
    lo, hi = span
    if value is None or lo / slack <= value <= hi * slack:
        return value
    drawn = math.exp(math.log(lo) + rng.random() * (math.log(hi) - math.log(lo)))
    amount = written(drawn, code, isinstance(obj[key], int))
    obj[key] = f"{amount:.2f}" if isinstance(obj[key], str) else amount
    return float(amount)
