"""A flight is flown by an airline of one of the countries it links.

A booking from Edinburgh to Rome came back on Qantas, and Seattle to Dublin on Swiss: the
airline was drawn from the pool whatever the route. `route_airlines(output, args, rng)`
walks every object holding an airline (`airline`, `carrier`) and both ends of a route
(an origin and a destination, as a known city or an airport code); when the airline is
based in neither end's country (`HOME`), it becomes a carrier of the origin's country,
else of the destination's (`CARRIERS`), chosen by the old name so the record's random
stream is untouched. An airline the call sent stays, and so does one on a route whose
ends are not known. Runs before `flight_codes`, which then numbers the flight. In place,
deterministic.
"""

from __future__ import annotations

import random
from functools import lru_cache
from typing import Any

from toolgen.executor.entities.tables import AIRPORT
from toolgen.executor.gen_context import CITY_INDEX
from toolgen.executor.objects import objects_in
from toolgen.executor.pools import PLACES
from toolgen.executor.values import normalize_key

# The carriers based in each country of the place list.
CARRIERS: dict[str, tuple[str, ...]] = {
    "AR": ("Aerolineas Argentinas",), "AU": ("Qantas",), "AT": ("Austrian Airlines",),
    "BR": ("LATAM",), "CA": ("Air Canada", "WestJet"), "DK": ("SAS",), "EG": ("EgyptAir",),
    "FR": ("Air France",), "DE": ("Lufthansa",), "IN": ("Air India",),
    "IE": ("Aer Lingus", "Ryanair"), "IT": ("ITA Airways",),
    "JP": ("ANA", "Japan Airlines"), "KE": ("Kenya Airways",), "MX": ("Aeromexico",),
    "NL": ("KLM",), "NZ": ("Air New Zealand",), "NO": ("Norwegian",),
    "PL": ("LOT Polish Airlines",), "PT": ("TAP Air Portugal",),
    "SG": ("Singapore Airlines",), "ZA": ("South African Airways",), "KR": ("Korean Air",),
    "ES": ("Iberia", "Vueling"), "SE": ("SAS",), "CH": ("Swiss",), "TH": ("Thai Airways",),
    "TR": ("Turkish Airlines",), "AE": ("Emirates", "Etihad Airways"),
    "GB": ("British Airways", "easyJet"), "US": ("Delta Air Lines", "United Airlines",
                                                  "American Airlines"),
    "QA": ("Qatar Airways",), "CN": ("Air China",), "CZ": ("Czech Airlines",),
}
# Where each carrier is based, by the names the pools and corpora use.
HOME = {name.lower(): code for code, names in CARRIERS.items() for name in names} | {
    "delta": "US", "united": "US", "american": "US", "qatar": "QA", "etihad": "AE",
    "southwest": "US", "southwest airlines": "US", "jetblue": "US", "alaska airlines": "US",
    "all nippon airways": "JP", "cathay pacific": "HK", "virgin atlantic": "GB",
    "finnair": "FI", "wizz air": "HU", "spirit airlines": "US", "frontier airlines": "US",
    "hawaiian airlines": "US", "avianca": "CO", "singapore": "SG", "turkish": "TR"}
_AIRLINE = ("airline", "airlines", "carrier", "airline_name", "operating_airline")
_FROM = ("origin", "from", "departure_location", "from_city", "departure_city",
         "origin_airport", "departure_airport", "from_airport", "source")
_TO = ("destination", "to", "destination_location", "to_city", "arrival_city",
       "destination_airport", "arrival_airport", "to_airport")
_BY_CODE = {str(r["iata"]).lower(): str(r["country_code"]) for r in AIRPORT.rows}


def country_of_end(value: Any) -> str | None:
    """The country a route's end names: a listed city or an airport code."""
    if not isinstance(value, str):
        return None
    text = value.strip().lower()
    row = CITY_INDEX.get(text)
    return PLACES[row][2] if row is not None else _BY_CODE.get(text)


@lru_cache(maxsize=8192)  # objects one endpoint answers with share their keys
def route_keys(keys: tuple[Any, ...]) -> tuple[str, str, str] | None:
    """The airline, origin and destination keys of an object with these keys."""
    names = {normalize_key(k): k for k in keys if isinstance(k, str)}
    found = [next((names[n] for n in group if n in names), None)
             for group in (_AIRLINE, _FROM, _TO)]
    airline, start, end = found
    if airline is None or start is None or end is None:
        return None
    return airline, start, end


def route_airlines(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    sent = {v for v in args.values() if isinstance(v, str)}
    for obj in objects_in(output):
        found = route_keys(tuple(obj))
        if found is None:
            continue
        key, from_key, to_key = found
        if not isinstance(obj[key], str) or obj[key] in sent:
            continue
        airline: str = obj[key]
        start, end = country_of_end(obj[from_key]), country_of_end(obj[to_key])
        if start is None or end is None or HOME.get(airline.strip().lower()) in (start, end):
            continue
        pool = CARRIERS.get(start) or CARRIERS.get(end)
        if pool:
            obj[key] = pool[sum(map(ord, airline)) % len(pool)]
