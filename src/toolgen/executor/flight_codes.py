"""A flight's number starts with its airline's code.

A booking on KLM came back as flight "AA1492" (American's code), and one asked of Delta
as ANA's "HE2390". `airline_codes(output, args, rng)` walks every object holding an
airline named in `DESIGNATORS` (by its full name or its first word: "Delta" is Delta Air
Lines) and a flight number of the usual form (two letters or a letter and a digit, then
one to four digits), and gives the number its airline's two-character IATA designator,
keeping the digits. A number the call sent is kept. In place, deterministic.
"""

from __future__ import annotations

import random
import re
from typing import Any

from toolgen.executor.objects import objects_in
from toolgen.executor.pools import AIRLINES

# IATA airline designators of the carriers the pools and corpora name.
DESIGNATORS = {
    "tap air portugal": "TP", "iberia": "IB", "air france": "AF", "lufthansa": "LH",
    "klm": "KL", "british airways": "BA", "ryanair": "FR", "easyjet": "U2",
    "delta air lines": "DL", "delta": "DL", "united airlines": "UA", "united": "UA",
    "american airlines": "AA", "american": "AA", "air canada": "AC", "emirates": "EK",
    "qatar airways": "QR", "singapore airlines": "SQ", "ana": "NH",
    "all nippon airways": "NH", "qantas": "QF", "turkish airlines": "TK", "latam": "LA",
    "swiss": "LX", "alaska airlines": "AS", "jetblue": "B6", "southwest": "WN",
    "southwest airlines": "WN", "air india": "AI", "cathay pacific": "CX",
    "japan airlines": "JL", "etihad": "EY", "etihad airways": "EY", "virgin atlantic": "VS",
    "aer lingus": "EI", "finnair": "AY", "sas": "SK", "ita airways": "AZ",
    "aeromexico": "AM", "avianca": "AV", "korean air": "KE", "air china": "CA",
    "vueling": "VY", "norwegian": "DY", "wizz air": "W6", "spirit airlines": "NK",
    "frontier airlines": "F9", "hawaiian airlines": "HA", "westjet": "WS",
    "aerolineas argentinas": "AR", "austrian airlines": "OS", "egyptair": "MS",
    "kenya airways": "KQ", "air new zealand": "NZ", "lot polish airlines": "LO",
    "south african airways": "SA", "thai airways": "TG", "czech airlines": "OK",
}
_AIRLINE_KEYS = ("airline", "airlines", "carrier", "airline_name", "operating_airline")
_NUMBER_KEYS = ("flight_number", "flight_no", "flight_code", "flightnumber")
_NUMBER = re.compile(r"^([A-Z]{2}|[A-Z]\d|\d[A-Z])(\s?)(\d{1,4})$")


def designator(airline: str) -> str | None:
    """The IATA code of an airline named in full or by its first word."""
    name = airline.strip().lower()
    if not name:
        return None
    return DESIGNATORS.get(name) or DESIGNATORS.get(name.split(" ")[0])


def airline_codes(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    sent = {v for v in args.values() if isinstance(v, str)}
    for obj in objects_in(output):
        if _flown_by_number(obj, sent):
            continue
        airline = next((obj[k] for k in _AIRLINE_KEYS if isinstance(obj.get(k), str)), None)
        code = designator(airline) if airline else None
        if code is None:
            continue
        for key in _NUMBER_KEYS:
            number = obj.get(key)
            m = _NUMBER.match(number) if isinstance(number, str) and number not in sent \
                else None
            if m is not None and m.group(1) != code:
                obj[key] = f"{code}{m.group(2)}{m.group(3)}"


def _flown_by_number(obj: dict[str, Any], sent: set[str]) -> bool:
    """Whether `obj` is the flight a sent number names, its airline now that number's
    airline: a status check of QR7612 answered an EgyptAir flight (BFCL seed 151 #14)."""
    # the number sent as the flight (`flight_id: "QR7612"`), echoed in the object
    number = next((v for k in (*_NUMBER_KEYS, *_FLIGHT_IDS) if isinstance(v := obj.get(k), str)
                   and v in sent and _NUMBER.match(v)), None)
    m = _NUMBER.match(number) if number is not None else None
    code = m.group(1) if m is not None else ""
    name = _AIRLINE_OF.get(code)
    if name is None:
        return False
    for key in _AIRLINE_KEYS:
        if isinstance(obj.get(key), str) and designator(obj[key]) != code:
            obj[key] = name  # "Delta" booked stays "Delta", EgyptAir for QR is Qatar's
    for key in _NUMBER_KEYS:
        if isinstance(obj.get(key), str):
            obj[key] = number
    return True


_FLIGHT_IDS = ("flight_id", "flightId", "flight")


# IATA designator -> the carrier's name, as the pools write it, else the table's
_AIRLINE_OF = {code: name.title() for name, code in sorted(
    DESIGNATORS.items(), key=lambda p: len(p[0]))} | {
    c: a for a in AIRLINES if (c := designator(a)) is not None}
