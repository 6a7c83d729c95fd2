"""An airline on a route it does not serve.

Qantas from Edinburgh to Rome, Thai Airways from Seattle to Dublin: a reviewer who knows
that a non-stop flight is flown by a carrier of one of the countries it links reads such
a flight as made up. Kind `airline_off_route`: an object names a known airline
(`airline`, `carrier`...) and both ends of its route (`origin`/`destination`,
`from`/`to`, departure/arrival city or airport, as a city or an IATA code, or an object
holding one), and the airline's home country is neither end's.

The judge keeps its own table of where airlines are based (`HOMES`), apart from the
generator's, so that a slip in one is not hidden by the other. A pan-European low-cost
carrier (Ryanair, easyJet, Wizz Air...) flies between any two European countries; a
flight with stops or a layover may be a hub carrier's connection and is left alone, as
is a route the call sent whole (airline and both ends: the user's own words) and an end
the judge cannot place. An airline the user asked for on a route the tool chose is
flagged: Lufthansa asked for, the tool still owes a route Lufthansa flies.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.executor.entities.tables import AIRPORT
from toolgen.executor.pools import PLACES
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_objects_with_sent, words
from toolgen.judge.realism.values import _snake
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "flown_routes"

# Where each airline is based (ISO 3166 alpha-2), by the names people write.
HOMES: dict[str, str] = {
    "aer lingus": "IE", "aerolineas argentinas": "AR", "aeromexico": "MX",
    "air canada": "CA", "air china": "CN", "air france": "FR", "air india": "IN",
    "air new zealand": "NZ", "alaska airlines": "US", "all nippon airways": "JP",
    "ana": "JP", "american airlines": "US", "american": "US", "austrian airlines": "AT",
    "austrian": "AT", "avianca": "CO", "british airways": "GB", "brussels airlines": "BE",
    "cathay pacific": "HK", "china eastern": "CN", "china southern": "CN",
    "copa airlines": "PA", "czech airlines": "CZ", "delta air lines": "US", "delta": "US",
    "egyptair": "EG", "el al": "IL", "emirates": "AE", "ethiopian airlines": "ET",
    "etihad airways": "AE", "etihad": "AE", "eva air": "TW", "finnair": "FI",
    "frontier airlines": "US", "garuda indonesia": "ID", "hawaiian airlines": "US",
    "iberia": "ES", "icelandair": "IS", "indigo": "IN", "ita airways": "IT",
    "japan airlines": "JP", "jal": "JP", "jetblue": "US", "jetblue airways": "US",
    "kenya airways": "KE", "klm": "NL", "klm royal dutch airlines": "NL",
    "korean air": "KR", "latam": "BR", "latam airlines": "CL",
    "lot polish airlines": "PL", "lot": "PL", "lufthansa": "DE", "malaysia airlines": "MY",
    "philippine airlines": "PH", "qantas": "AU", "qatar airways": "QA", "qatar": "QA",
    "royal air maroc": "MA", "saudia": "SA", "sas": "SE", "scandinavian airlines": "SE",
    "singapore airlines": "SG", "south african airways": "ZA", "southwest airlines": "US",
    "southwest": "US", "spirit airlines": "US", "swiss": "CH",
    "swiss international air lines": "CH", "tap air portugal": "PT", "tap portugal": "PT",
    "thai airways": "TH", "turkish airlines": "TR", "united airlines": "US",
    "united": "US", "vietnam airlines": "VN", "virgin atlantic": "GB", "westjet": "CA",
    "ryanair": "IE", "easyjet": "GB", "wizz air": "HU", "vueling": "ES", "eurowings": "DE",
    "norwegian": "NO", "norwegian air shuttle": "NO", "transavia": "NL", "volotea": "ES",
}
# The Scandinavian carrier is owned by three countries and flies from all of them.
_ALSO_HOME: dict[str, frozenset[str]] = {
    "sas": frozenset({"DK", "NO", "SE"}), "scandinavian airlines": frozenset({"DK", "NO", "SE"}),
    "latam": frozenset({"BR", "CL", "PE", "CO"}), "latam airlines": frozenset({"BR", "CL", "PE"}),
}
# Low-cost carriers that fly between any two European countries (EU single market).
_PAN_EUROPEAN = frozenset({"ryanair", "easyjet", "wizz air", "vueling", "eurowings",
                           "norwegian", "norwegian air shuttle", "transavia", "volotea"})
_EUROPE = words("AT BE BG CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LT LU LV MT NL NO",
                "PL PT RO SE SI SK")

_AIRLINE = frozenset({"airline", "airlines", "carrier", "airline_name", "operating_airline",
                      "operating_carrier", "marketing_airline"})
_FROM = frozenset({"origin", "from", "departure_location", "from_city", "departure_city",
                   "origin_airport", "departure_airport", "from_airport", "source",
                   "origin_city", "departure", "departure_airport_code", "origin_code"})
_TO = frozenset({"destination", "to", "destination_location", "to_city", "arrival_city",
                 "destination_airport", "arrival_airport", "to_airport", "destination_city",
                 "arrival", "arrival_airport_code", "destination_code"})
# Inside an end given as an object: its airport code or city.
_END_PARTS = ("iata", "iata_code", "airport_code", "code", "airport", "city", "city_name")
_VIA = frozenset({"layover", "layovers", "via", "connection", "connections", "stopovers",
                  "segments"})
_STOPS = frozenset({"stops", "number_of_stops", "stop_count", "num_stops"})
_BY_CODE = {str(r["iata"]).upper(): str(r["country_code"]) for r in AIRPORT.rows}
# The cities the judge can place: those of the airport table and the place pool (a table,
# not GeoNames: loading that for a route would cost more than the rest of the check).
_BY_CITY = {str(r["city"]).lower(): str(r["country_code"]) for r in AIRPORT.rows} | {
    p[0].lower(): p[2] for p in PLACES}


@lru_cache(maxsize=4096)
def _country_of_text(text: str) -> str | None:
    code = text.strip()
    if len(code) == 3 and code.isalpha() and code.isupper():
        return _BY_CODE.get(code)
    if code.endswith(")") and "(" in code:  # "Paris (CDG)"
        inner = code[code.rindex("(") + 1:-1].strip()
        if inner.upper() in _BY_CODE:
            return _BY_CODE[inner.upper()]
        code = code[:code.rindex("(")].strip()
    return _BY_CITY.get(code.split(",")[0].strip().lower())


def country_of_end(value: Any) -> str | None:
    """The country a route's end names: an IATA code, a city, or an object holding one."""
    if isinstance(value, dict):
        for part in _END_PARTS:
            found = country_of_end(value.get(part))
            if found is not None:
                return found
        return None
    return _country_of_text(value) if isinstance(value, str) and value.strip() else None


def _field(obj: dict[str, Any], keys: frozenset[str]) -> Any:
    for key, value in obj.items():
        if _snake(key) in keys:
            return value
    return None


def _connecting(obj: dict[str, Any]) -> bool:
    stops = _field(obj, _STOPS)
    if isinstance(stops, int | float) and not isinstance(stops, bool) and stops > 0:
        return True
    return any(_snake(k) in _VIA and v for k, v in obj.items())


def homes(airline: str) -> frozenset[str] | None:
    """The countries `airline` flies from (None: an airline the judge does not know)."""
    key = airline.strip().lower()
    home = HOMES.get(key)
    if home is None:
        return None
    return _ALSO_HOME.get(key, frozenset({home}))


def off_route(obj: dict[str, Any], sent: set[str]) -> str | None:
    """Why the airline of `obj` does not fly its route, or None."""
    airline = _field(obj, _AIRLINE)
    if not isinstance(airline, str):
        return None
    based = homes(airline)
    if based is None:
        return None
    start, end = _field(obj, _FROM), _field(obj, _TO)
    if airline in sent and start in sent and end in sent:
        return None  # the user's own flight, as they asked for it
    a, b = country_of_end(start), country_of_end(end)
    if a is None or b is None or a in based or b in based or _connecting(obj):
        return None
    if airline.strip().lower() in _PAN_EUROPEAN:
        if a in _EUROPE and b in _EUROPE:
            return None
        return f"{airline} flies within Europe, not from {start} ({a}) to {end} ({b})"
    return (f"{airline} (based in {', '.join(sorted(based))}) flying from {start} ({a}) "
            f"to {end} ({b}), neither of its countries")


GATE = output_keys_gate(lambda key: _snake(key) in _AIRLINE)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    return [finding(NAME, "airline_off_route", at, why)
            for _, at, why in answered_objects_with_sent(view, off_route)]
