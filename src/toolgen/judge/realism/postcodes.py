"""A postcode that belongs to another place than the object it sits in.

A US ZIP code's first three digits name its state (980-994 is Washington, 900-961
California), and a Canadian postal code (`K1A 0B1`) is Canadian: a reviewer who sees ZIP
98101 on a record in San Jose, CA, or 38277 in Rhode Island, or a Canadian postal code
beside Amsterdam, knows the tool made the place up. Kind `postcode_place`.

One object is read at a time (its zip/postal code, its state and its city or country).
Only states written as a two-letter code or a full name, and a short list of large US
cities, are known (the tables of `executor.postal`, which the generator fits ZIPs to);
anything else is left alone.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor.postal import STATE_NAMES as _STATE_NAMES
from toolgen.executor.postal import US_CITIES as _US_CITIES
from toolgen.executor.postal import ZIP_RANGES as _ZIP_RANGES
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_objects
from toolgen.judge.realism.values import _snake
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "postcodes"

# Places a Canadian postal code cannot be in (cities and countries outside Canada).
_NOT_CANADA = frozenset({
    "amsterdam", "rotterdam", "london", "paris", "berlin", "madrid", "rome", "lisbon",
    "dublin", "vienna", "zurich", "tokyo", "sydney", "melbourne", "mumbai", "delhi",
    "new york", "los angeles", "chicago", "seattle", "san francisco", "boston", "miami",
    "mexico city", "sao paulo", "buenos aires", "singapore", "dubai", "seoul", "beijing",
    "netherlands", "united kingdom", "france", "germany", "spain", "italy", "portugal",
    "ireland", "austria", "switzerland", "japan", "australia", "india", "united states",
    "usa", "us", "mexico", "brazil", "argentina", "china", "south korea", "nl", "gb", "uk",
    "fr", "de", "es", "it", "pt", "jp", "au", "in", "mx", "br",
})

_ZIP = re.compile(r"(\d{5})(?:-\d{4})?")
_CA_POSTAL = re.compile(r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d",
                        re.IGNORECASE)
_ZIP_KEYS = frozenset({"zip", "zipcode", "zip_code", "postal_code", "postalcode", "postcode",
                       "post_code", "zip5"})
_STATE_KEYS = frozenset({"state", "state_code", "state_abbr", "state_name", "region_code"})
_CITY_KEYS = frozenset({"city", "city_name", "town", "locality"})
_COUNTRY_KEYS = frozenset({"country", "country_code", "country_name"})


def _field(obj: dict[str, Any], keys: frozenset[str]) -> str | None:
    for key, value in obj.items():
        if isinstance(value, str) and _snake(key) in keys:
            return value.strip()
    return None


def _state(obj: dict[str, Any]) -> tuple[str, str] | None:
    """(the object's state as written, its code) from a state field or a known city."""
    state = _field(obj, _STATE_KEYS)
    if state is not None:
        code = state.upper() if state.upper() in _ZIP_RANGES else _STATE_NAMES.get(state.lower())
        if code:
            return f"state {state}", code
    city = _field(obj, _CITY_KEYS)
    if city is not None and city.lower() in _US_CITIES:
        return f"city {city}", _US_CITIES[city.lower()]
    return None


def _in_state(zip5: str, code: str) -> bool:
    prefix = int(zip5[:3])
    return any(lo <= prefix <= hi for lo, hi in _ZIP_RANGES[code])


def reason(obj: dict[str, Any]) -> str | None:
    """Why the postcode in `obj` cannot be where `obj` says it is, or None."""
    code_text = _field(obj, _ZIP_KEYS)
    if code_text is None:
        return None
    if _CA_POSTAL.fullmatch(code_text):
        for keys in (_CITY_KEYS, _COUNTRY_KEYS):
            place = _field(obj, keys)
            if place is not None and place.lower() in _NOT_CANADA:
                return f"Canadian postal code {code_text} beside {place}"
        return None
    zip5 = _ZIP.fullmatch(code_text)
    country = (_field(obj, _COUNTRY_KEYS) or "us").lower()
    if zip5 is None or country not in ("us", "usa", "united states", "united states of america"):
        return None
    where = _state(obj)
    if where is not None and not _in_state(zip5.group(1), where[1]):
        return f"ZIP {code_text} is not in {where[1]} but the record has {where[0]}"
    return None



# `reason` starts from a postcode field: an output without one has nothing to judge.
GATE = output_keys_gate(lambda key: _snake(key) in _ZIP_KEYS)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    return [finding(NAME, "postcode_place", at, why)
            for step, at, why in answered_objects(view, reason)]
