"""A phone number's carrier is a mobile network of its country, not an airline.

`carrier` names an airline on a flight and a network on a phone: an SMS log listed
"+49 336 010 774" with carrier "Iberia", "ANA" and "Ryanair" (ToolBench seed 7 #287),
because the field's value pool is the airline one. An object that holds a phone number
gets, for its `carrier`, a network of the object's country (its `country`, or the country
its number dials), else a network that operates in many. In place; deterministic for the
call's random stream.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor import world
from toolgen.executor.objects import objects_in

# The largest mobile networks of each country (public market listings), largest first.
NETWORKS: dict[str, tuple[str, ...]] = {
    "US": ("Verizon", "T-Mobile", "AT&T"),
    "CA": ("Rogers", "Bell", "Telus"),
    "MX": ("Telcel", "Movistar", "AT&T Mexico"),
    "BR": ("Vivo", "Claro", "TIM"),
    "AR": ("Personal", "Claro", "Movistar"),
    "GB": ("EE", "Vodafone", "O2", "Three"),
    "IE": ("Vodafone", "Three", "Eir"),
    "DE": ("Telekom", "Vodafone", "O2"),
    "FR": ("Orange", "SFR", "Bouygues Telecom", "Free Mobile"),
    "ES": ("Movistar", "Vodafone", "Orange"),
    "PT": ("MEO", "NOS", "Vodafone"),
    "IT": ("TIM", "Vodafone", "WindTre", "Iliad"),
    "NL": ("KPN", "Vodafone", "Odido"),
    "PL": ("Play", "Orange", "Plus", "T-Mobile"),
    "AT": ("A1", "Magenta", "Drei"),
    "CH": ("Swisscom", "Sunrise", "Salt"),
    "CZ": ("O2", "T-Mobile", "Vodafone"),
    "DK": ("TDC", "Telenor", "Telia", "3"),
    "NO": ("Telenor", "Telia", "Ice"),
    "SE": ("Telia", "Tele2", "Telenor", "Tre"),
    "TR": ("Turkcell", "Vodafone", "Turk Telekom"),
    "IN": ("Jio", "Airtel", "Vi"),
    "JP": ("NTT Docomo", "au", "SoftBank"),
    "KR": ("SK Telecom", "KT", "LG U+"),
    "SG": ("Singtel", "StarHub", "M1"),
    "TH": ("AIS", "True", "dtac"),
    "AU": ("Telstra", "Optus", "Vodafone"),
    "NZ": ("One NZ", "Spark", "2degrees"),
    "ZA": ("Vodacom", "MTN", "Cell C", "Telkom"),
    "KE": ("Safaricom", "Airtel"),
    "EG": ("Vodafone", "Orange", "Etisalat"),
    "AE": ("Etisalat", "du"),
}
_ANYWHERE = ("Vodafone", "Orange", "T-Mobile")
_PHONE_KEYS = ("phone", "phone_number", "phonenumber", "mobile", "msisdn", "number")


def carrier_finish(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Every object with a phone number and a text `carrier` names a network of its own
    country; a carrier the call sent stays."""
    if isinstance(args.get("carrier"), str):
        return
    for node in objects_in(output):
        if not isinstance(node.get("carrier"), str) or not _phone(node):
            continue
        networks = NETWORKS.get(_country_iso(node), _ANYWHERE)
        if node["carrier"] not in networks:
            node["carrier"] = networks[int(rng.random() * len(networks))]


def _phone(node: dict[str, Any]) -> bool:
    return any(isinstance(node.get(k), str) and any(map(str.isdigit, node[k]))
               for k in _PHONE_KEYS)


def _country_iso(node: dict[str, Any]) -> str:
    for key in ("country", "country_code", "countryCode"):
        found = world.country(node.get(key))
        if found is not None:
            return found.iso
    number = next((str(node[k]) for k in _PHONE_KEYS if isinstance(node.get(k), str)), "")
    return _dialled(number.replace(" ", ""))


def _dialled(number: str) -> str:
    """The country whose calling code `number` starts with (the longest code wins; +1 is
    the United States before Canada)."""
    if not number.startswith("+"):
        return ""
    hits = [(len(code), iso) for iso in NETWORKS
            if (code := _code_of(iso)) and number.startswith(code)]
    return max(hits)[1] if hits else ""


def _code_of(iso: str) -> str:
    place = world.country_of(iso)
    return place.calling_code.replace(" ", "") if place is not None else ""
