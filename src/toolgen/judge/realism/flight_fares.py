"""Flight fares no airline charges for the route.

Auckland to Lisbon for 25 EUR, New York to Lisbon for 25.2 EUR, premium economy Munich to
Seattle for 61.02 GBP (bundled and BFCL seed 31), all scored 5.0. Kind
`flight_fare_misfit`, per answered call: an object naming a flight (`flight_number`,
`airline`, `flight_id`) whose two ends the judge can place (a city or airport of the
place and airport tables, by name or IATA code, under `origin`/`destination`,
`from`/`to`...) and whose seat fare (`price`, `fare`, `ticket_price`..., a figure or
`{"amount", "currency"}`) in a known currency is under 20 dollars plus 2 cents a
kilometre (a one-way seat sold at a loss: 412 dollars Auckland to Lisbon, 31 Edinburgh to
London) or over 400 dollars plus 1.2 a kilometre (a first-class seat and more). Totals
are left to the sums' own checks. The judge places the ends from the tables itself and
keeps its own bounds, apart from the executor's fare model.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.executor.entities.tables import AIRPORT
from toolgen.executor.exchange import PER_USD
from toolgen.executor.pools import IATA, PLACES
from toolgen.executor.world import City, great_circle_km
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.arguments import as_number
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_calls
from toolgen.judge.realism.values import _snake
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "flight_fares"

_FLIGHT = frozenset({"flight_number", "airline", "flight_id", "carrier", "flight_no"})
_FARE = frozenset({"price", "fare", "ticket_price", "base_fare", "seat_price",
                   "price_per_seat", "price_per_person", "price_per_passenger"})
_FROM = ("origin", "from", "origin_airport", "departure_airport", "from_airport",
         "origin_city", "from_city", "departure_city")
_TO = ("destination", "to", "destination_airport", "arrival_airport", "to_airport",
       "destination_city", "to_city", "arrival_city")
_FLOOR_USD, _FLOOR_PER_KM = 20.0, 0.02
_CEILING_USD, _CEILING_PER_KM = 400.0, 1.2

GATE = output_keys_gate(lambda key: _snake(key) in _FARE)


@lru_cache(maxsize=1)
def _places() -> dict[str, City]:
    """A place's name or IATA code (lower-cased) -> where it is."""
    out: dict[str, City] = {}
    for i, row in enumerate(PLACES):
        name, _country, iso, _money, lat, lon, tz, *_rest = row
        out[str(name).lower()] = City(str(name), str(iso), float(lat), float(lon), 0, str(tz))
        out[IATA[i].lower()] = out[str(name).lower()]
    for airport in AIRPORT.rows:
        at = City(str(airport["city"]), str(airport["country_code"]),
                  float(str(airport["lat"])), float(str(airport["lon"])), 0,
                  str(airport["timezone"]))
        out.setdefault(str(airport["iata"]).lower(), at)
        out.setdefault(str(airport["city"]).lower(), at)
    return out


def _end(keys: dict[str, str], obj: dict[str, Any], names: tuple[str, ...]) -> City | None:
    for name in names:
        value = obj.get(keys.get(name, ""))
        if isinstance(value, str):
            return _places().get(value.strip().lower())
    return None


def _fare(value: Any, obj: dict[str, Any]) -> tuple[float, str] | None:
    """(figure, currency) of a fare field, or None when either is unknown."""
    holder = value if isinstance(value, dict) else obj
    figure = as_number(value.get("amount") if isinstance(value, dict) else value)
    code = holder.get("currency")
    if figure is None or not isinstance(code, str) or code.upper() not in PER_USD:
        return None
    return figure, code.upper()


def misfit(obj: dict[str, Any]) -> str | None:
    """Why the fare of flight object `obj` is none an airline charges, or None."""
    keys = {_snake(k): k for k in obj if isinstance(k, str)}
    if not _FLIGHT & keys.keys():
        return None
    a, b = _end(keys, obj, _FROM), _end(keys, obj, _TO)
    if a is None or b is None or (a.latitude, a.longitude) == (b.latitude, b.longitude):
        return None
    km = great_circle_km(a, b)
    for name in _FARE & keys.keys():
        fare = _fare(obj[keys[name]], obj)
        if fare is None:
            continue
        usd = fare[0] / PER_USD[fare[1]]
        if not _FLOOR_USD + _FLOOR_PER_KM * km <= usd <= _CEILING_USD + _CEILING_PER_KM * km:
            return f"a {km:,.0f} km flight at {fare[0]:g} {fare[1]} ({usd:,.0f} USD) a seat"
    return None


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step, _args, at in answered_calls(view):
        for _held, obj in view.objects(step.call_id):
            why = misfit(obj)
            if why:
                out.append(finding(NAME, "flight_fare_misfit", at,
                                   f"{step.function_name}: {why}"))
                break
    return out
