"""An address check answers the address it was sent.

`validate_address(street_1="Speers Rd", street_number="33", postal_code="20147",
city="Firenze")` answered "Piazza Corradi, 54 Piano 7, Firenze, Italy" beside the echoed
street and number, and the reply reported that other address as validated (ToolBench seed
952820 #8). An endpoint that validates, verifies, standardises or normalises an address,
sent its parts (a street at least), answers in its composite field (`address`,
`formatted_address`, ...) those parts put together as the country writes them: "33 Speers
Rd, Oakville ON L6K 0H9, Canada" has the number first, "Via Roma 33, 20147 Firenze, Italy"
after the street. A composite address the call sent itself is echoed already. In place.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key
from toolgen.records.tools import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]

_CHECKS = re.compile(r"(?i)valid|verif|standardi|normali|correct|clean")
_COMPOSITE = frozenset({"address", "formatted_address", "full_address", "validated_address",
                        "standardized_address", "normalized_address", "corrected_address",
                        "address_formatted", "display_address", "label"})
_NUMBER = ("street_number", "house_number", "building_number", "number", "streetnumber")
_STREET = ("street", "street_1", "street1", "street_name", "address_line1", "address_line_1",
           "address1", "line1", "road", "streetname")
_POSTCODE = ("postal_code", "postcode", "zip", "zip_code", "zipcode", "postalcode")
_CITY = ("city", "town", "locality", "city_name")
_REGION = ("state", "province", "region", "state_code")
_COUNTRY = ("country", "country_name")
# Where the number comes before the street and the postcode after the city.
_NUMBER_FIRST = frozenset({"us", "usa", "united states", "ca", "can", "canada", "gb", "uk",
                           "united kingdom", "au", "aus", "australia", "nz", "new zealand",
                           "ie", "ireland", "in", "india", "ph", "philippines"})


def validated_finish(endpoint: Endpoint) -> Finish | None:
    """The step answering a sent address in the composite field, or None when the
    endpoint is no address check."""
    name = f"{endpoint.function_name} {endpoint.name}"
    if "address" not in name.lower() or not _CHECKS.search(name):
        return None
    return _answer_sent


def sent_address(args: dict[str, Any]) -> str | None:
    """The address the call's parts spell, or None when it sent no street."""
    parts = {normalize_key(k): v.strip() for k, v in args.items()
             if isinstance(v, str) and v.strip()}
    street = _first(parts, _STREET)
    if street is None:
        return None
    number, postcode = _first(parts, _NUMBER), _first(parts, _POSTCODE)
    city, region, country = _first(parts, _CITY), _first(parts, _REGION), _first(parts, _COUNTRY)
    number_first = country is None or country.lower() in _NUMBER_FIRST
    line = street if number is None or number in street else (
        f"{number} {street}" if number_first else f"{street} {number}")
    place = [p for p in ((city, region, postcode) if number_first else (postcode, city))
             if p is not None]
    town = " ".join(place)
    return ", ".join(p for p in (line, town, country) if p)


def _answer_sent(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    if any(normalize_key(k) in _COMPOSITE for k in args):
        return
    address = sent_address(args)
    if address is None:
        return
    for node in objects_in(output):
        for key, value in node.items():
            if isinstance(value, str) and normalize_key(key) in _COMPOSITE:
                node[key] = address


def _first(parts: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((parts[k] for k in keys if k in parts), None)
