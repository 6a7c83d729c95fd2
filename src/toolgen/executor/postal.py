"""A postcode fits the place of the object it sits in.

A US ZIP's first three digits name its state (980-994 is Washington), and each country
writes its postcodes in its own shape (Poland `NN-NNN`, Portugal `NNNN-NNN`, Canada
`A1A 1A1`). A record with ZIP 69500 beside state CA, or Polish postcodes in the
Portuguese shape, is made up. Owned here:

- `fit_postcodes(output, sent)`: in every object of an output, a ZIP beside a US state
  (code or name) or a large US city moves into that state's range (keeping its last two
  digits), and a postcode beside a known non-US country or city not in that country's
  shape becomes one of the country's own (`locales`), in the district of its city where
  `locales` lists them (Warsaw: 00-04); a US object's postcode is a ZIP, not Toronto's
  "M4C 3T3". A postcode the call sent is
  kept, and a US state beside it follows it instead.
- `fit_given(given)`: the same for the values a user states in one call.
- `postcode_country(value)`: the country a postcode's shape alone names (`00-950` is
  Polish), or None for shapes several countries share (five digits).

The state ranges are USPS sectional centres; the judge's `postcodes` check reads the same
tables. Deterministic, in place, never touches the network.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from toolgen.executor import world
from toolgen.executor.city_postcodes import city_for, country_of, into_city, into_state_city
from toolgen.executor.gen_context import CITY_INDEX, COUNTRY_INDEX
from toolgen.executor.locales import LOCALE, in_city, local_postcodes
from toolgen.executor.objects import objects_in
from toolgen.executor.pools import PLACES
from toolgen.executor.unlisted_city import postcode_for, unlisted_city
from toolgen.executor.values import normalize_key

# The three-digit ZIP prefixes of each state (USPS sectional centers, inclusive ranges).
ZIP_RANGES: dict[str, tuple[tuple[int, int], ...]] = {
    "AL": ((350, 369),), "AK": ((995, 999),), "AZ": ((850, 865),), "AR": ((716, 729),),
    "CA": ((900, 961),), "CO": ((800, 816),), "CT": ((60, 69),), "DE": ((197, 199),),
    "DC": ((200, 205), (569, 569)), "FL": ((320, 349),), "GA": ((300, 319), (398, 399)),
    "HI": ((967, 968),), "ID": ((832, 838),), "IL": ((600, 629),), "IN": ((460, 479),),
    "IA": ((500, 528),), "KS": ((660, 679),), "KY": ((400, 427),), "LA": ((700, 714),),
    "ME": ((39, 49),), "MD": ((206, 219),), "MA": ((10, 27), (55, 55)), "MI": ((480, 499),),
    "MN": ((550, 567),), "MS": ((386, 397),), "MO": ((630, 658),), "MT": ((590, 599),),
    "NE": ((680, 693),), "NV": ((889, 898),), "NH": ((30, 38),), "NJ": ((70, 89),),
    "NM": ((870, 884),), "NY": ((5, 5), (100, 149)), "NC": ((270, 289),),
    "ND": ((580, 588),), "OH": ((430, 459),), "OK": ((730, 749),), "OR": ((970, 979),),
    "PA": ((150, 196),), "RI": ((28, 29),), "SC": ((290, 299),), "SD": ((570, 577),),
    "TN": ((370, 385),), "TX": ((733, 733), (750, 799), (885, 885)), "UT": ((840, 847),),
    "VT": ((50, 59),), "VA": ((201, 201), (220, 246)), "WA": ((980, 994),),
    "WV": ((247, 268),), "WI": ((530, 549),), "WY": ((820, 831),), "PR": ((6, 9),),
}
STATE_NAMES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA",
    "colorado": "CO", "connecticut": "CT", "delaware": "DE", "district of columbia": "DC",
    "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID", "illinois": "IL",
    "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
    "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI",
    "minnesota": "MN", "mississippi": "MS", "missouri": "MO", "montana": "MT",
    "nebraska": "NE", "nevada": "NV", "new hampshire": "NH", "new jersey": "NJ",
    "new mexico": "NM", "new york": "NY", "north carolina": "NC", "north dakota": "ND",
    "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA",
    "rhode island": "RI", "south carolina": "SC", "south dakota": "SD", "tennessee": "TN",
    "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA",
    "west virginia": "WV", "wisconsin": "WI", "wyoming": "WY", "puerto rico": "PR",
}
# Large US cities whose name is their state's alone (no Portland, no Springfield).
US_CITIES = {
    "new york": "NY", "brooklyn": "NY", "los angeles": "CA", "san francisco": "CA",
    "san jose": "CA", "san diego": "CA", "sacramento": "CA", "oakland": "CA",
    "chicago": "IL", "houston": "TX", "dallas": "TX", "austin": "TX", "san antonio": "TX",
    "seattle": "WA", "tacoma": "WA", "spokane": "WA", "boston": "MA", "miami": "FL",
    "orlando": "FL", "tampa": "FL", "atlanta": "GA", "denver": "CO", "phoenix": "AZ",
    "tucson": "AZ", "philadelphia": "PA", "pittsburgh": "PA", "detroit": "MI",
    "minneapolis": "MN", "las vegas": "NV", "nashville": "TN", "memphis": "TN",
    "new orleans": "LA", "baltimore": "MD", "cleveland": "OH", "columbus": "OH",
    "salt lake city": "UT", "honolulu": "HI", "anchorage": "AK", "milwaukee": "WI",
    "indianapolis": "IN", "charlotte": "NC", "raleigh": "NC", "albuquerque": "NM",
    "oklahoma city": "OK", "louisville": "KY", "st. louis": "MO", "kansas city": "MO",
    "omaha": "NE", "boise": "ID", "richmond": "VA",
}
# Shapes only one country writes ('#' a digit, 'A' a letter).
_OWN_SHAPES = {
    "##-###": "PL", "####-###": "PT", "###-####": "JP", "### ##": "CZ", "A#A #A#": "CA",
    "A#A#A#": "CA", "#### AA": "NL", "####AA": "NL", "#####-###": "BR",
}
_POSTCODE = frozenset({"zip", "zipcode", "zip_code", "postal_code", "postalcode", "postcode",
                       "post_code", "zip5"})
_STATE = frozenset({"state", "state_code", "state_abbr", "state_name", "region_code"})
_CITY = frozenset({"city", "city_name", "town", "locality"})
_COUNTRY = frozenset({"country", "country_code", "country_name", "countrycode"})
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[A-Za-z]")


def shape(value: str) -> str:
    """`00-950` -> `##-###`."""
    return _LETTER.sub("A", _DIGIT.sub("#", value))


def postcode_country(value: Any) -> str | None:
    return _OWN_SHAPES.get(shape(value.strip())) if isinstance(value, str) else None


def fit_postcodes(output: Any, sent: dict[str, Any]) -> None:
    for node in objects_in(output):
        fit_postcode(node, sent)


def fit_given(given: dict[str, Any]) -> dict[str, Any]:
    """A copy of one call's user-stated values with their postcode fitting their place."""
    out = dict(given)
    fit_postcode(out, {})
    return out


@lru_cache(maxsize=16384)
def _postcode_key(names: tuple[Any, ...]) -> str | None:
    """The postcode key among an object's keys (once per key set: objects of one endpoint
    share theirs)."""
    return next((k for k in names if isinstance(k, str) and normalize_key(k) in _POSTCODE),
                None)


def _field(obj: dict[str, Any], keys: frozenset[str]) -> str | None:
    for key, value in obj.items():
        if isinstance(value, str) and normalize_key(key) in keys:
            return key
    return None


def fit_postcode(obj: dict[str, Any], sent: dict[str, Any]) -> None:
    """One object's postcode made to fit its place (`fit_postcodes`)."""
    key = _postcode_key(tuple(obj))
    if key is None or not isinstance(obj[key], (str, int)) or isinstance(obj[key], bool):
        return
    # sent under any postcode name: `zip="V6E9H2"` echoed as `postal_code` is the user's
    if any(sent.get(k) == obj[key] for k in (normalize_key(key), *_POSTCODE)):
        _state_of_sent(obj, obj[key], sent)
        _city_of_sent(obj, obj[key], sent)
        return
    code = _country_of(obj)
    if code == "US":
        if isinstance(obj[key], str) and not _ZIP.fullmatch(obj[key].strip()):
            # a ZIP, not Toronto's "M4C 3T3" beside a US city
            posts = local_postcodes("US")
            obj[key] = posts[sum(map(ord, obj[key])) % len(posts)]
        state = _city_state(obj, sent) or _us_state(obj)
        if state is not None:
            obj[key] = _zip_in(obj[key], state)
            if _in_state_city(obj, key, state):
                return
        city = _own_city(obj, "US")
        if city is not None:
            obj[key] = _zip_in_city(obj[key], city)
        else:
            _in_unlisted(obj, key, "US")
    elif code is not None and code in LOCALE and isinstance(obj[key], str):
        posts = local_postcodes(code)
        if shape(obj[key]) not in {shape(p) for p in posts}:
            obj[key] = posts[sum(map(ord, obj[key])) % len(posts)]
        city = _own_city(obj, code)
        if city is not None:
            obj[key] = in_city(obj[key], city.strip().title())
        else:
            _in_unlisted(obj, key, code)


_ZIP = re.compile(r"\d{5}(?:-\d{4})?")


def _in_state_city(obj: dict[str, Any], key: str, state: str) -> bool:
    """Whether the object's city, in its state, has listed ZIPs (`into_state_city`), the
    object's ZIP now among them: Portland, ME answers 041xx, not Oregon's 972xx."""
    city_key = _field(obj, _CITY)
    value = obj[key]
    text = f"{value:05d}" if isinstance(value, int) else str(value).strip()
    if city_key is None or _ZIP.fullmatch(text) is None:
        return False
    moved = into_state_city(text, obj[city_key], state)
    if moved is None:
        return False
    obj[key] = int(moved) if isinstance(value, int) else moved
    return True


def _in_unlisted(obj: dict[str, Any], key: str, code: str) -> None:
    """The postcode of an object in a city `PLACES` does not list (Firenze) made that
    city's, or at least no other listed city's (`unlisted_city.postcode_for`)."""
    city_key = _field(obj, _CITY)
    if city_key is None:
        return
    name = obj[city_key]
    city = unlisted_city(name, code) if name.strip().lower() not in US_CITIES else None
    if city is None:
        return
    value = obj[key]
    text = f"{value:05d}" if isinstance(value, int) else str(value).strip()
    listed = code != "US" or "US" in (country_of(name), country_of(city.name))
    moved = postcode_for(text, name, city) if listed else _us_zip_for(text, city, obj)
    if moved != text:
        obj[key] = int(moved) if isinstance(value, int) and moved.isdigit() else moved


def _own_city(obj: dict[str, Any], code: str) -> str | None:
    """The object's city when it lies in country `code` (a Seattle beside country Italy
    says nothing about an Italian postcode)."""
    key = _field(obj, _CITY)
    if key is None:
        return None
    name = obj[key].strip().lower()
    row = CITY_INDEX.get(name)
    country = PLACES[row][2] if row is not None else ("US" if name in US_CITIES else None)
    return obj[key] if country == code else None


def _us_zip_for(text: str, city: world.City, obj: dict[str, Any]) -> str:
    """A ZIP beside a US city the tables do not list (Gilroy) moved into its state's
    range (GeoNames' state of the city), off the prefixes of the listed cities (Austin's
    787); as it is when it already fits, or the object states another state."""
    state = city.admin1
    match = re.fullmatch(r"(\d{3})(\d{2}(?:-\d{4})?)", text)
    if state not in ZIP_RANGES or match is None or _us_state(obj) not in (None, state):
        return text
    free = _free_prefixes(state)
    if not free or match.group(1) in free:
        return text
    return free[sum(map(ord, text)) % len(free)] + match.group(2)


@lru_cache(maxsize=64)
def _free_prefixes(state: str) -> tuple[str, ...]:
    """The three-digit ZIP prefixes of `state` no listed US city claims."""
    return tuple(f"{n:03d}" for lo, hi in ZIP_RANGES[state] for n in range(lo, hi + 1)
                 if city_for(f"{n:03d}00", "US") is None)


def _city_of_sent(obj: dict[str, Any], value: str | int, sent: dict[str, Any]) -> None:
    """A postcode the call sent stays: the object's city (when not sent too) is the one
    the postcode names in the object's country (`city_for`)."""
    key = _field(obj, _CITY)
    if key is None or sent.get(normalize_key(key)) == obj[key]:
        return
    country = _country_of(obj)
    text = f"{value:05d}" if isinstance(value, int) else value
    city = city_for(text, country) if country is not None else None
    if city is not None:
        obj[key] = city


def _city_state(obj: dict[str, Any], sent: dict[str, Any]) -> str | None:
    """The state of the object's large US city, which its state field (unless the call
    sent it) now names too: New York is in NY, whatever state was drawn beside it."""
    city = _field(obj, _CITY)
    state = US_CITIES.get(obj[city].strip().lower()) if city is not None else None
    key = _field(obj, _STATE)
    if state is None or key is None or sent.get(normalize_key(key)) == obj[key]:
        return state
    text = obj[key].strip()
    if text.upper() in ZIP_RANGES:
        obj[key] = state if text.isupper() else state.lower()
    elif text.lower() in STATE_NAMES:
        obj[key] = next(n.title() for n, c in STATE_NAMES.items() if c == state)
    return state


def _zip_in_city(value: str | int, city: str) -> str | int:
    """A five-digit ZIP moved among `city`'s own (`city_postcodes`), same type."""
    digits = f"{value:05d}" if isinstance(value, int) else value.strip()
    if re.fullmatch(r"\d{5}(-\d{4})?", digits) is None:
        return value
    moved = into_city(digits, city)
    if moved == digits:
        return value
    return int(moved) if isinstance(value, int) else moved


def _state_of_sent(obj: dict[str, Any], value: str | int, sent: dict[str, Any]) -> None:
    """A ZIP the call sent stays: the object's state (when not sent too) follows it."""
    state_key = _field(obj, _STATE)
    if state_key is None or sent.get(normalize_key(state_key)) == obj[state_key]:
        return
    text = obj[state_key].strip()
    code = text.upper() if text.upper() in ZIP_RANGES else STATE_NAMES.get(text.lower())
    digits = f"{value:05d}" if isinstance(value, int) else value.strip()
    if code is None or re.fullmatch(r"\d{5}(-\d{4})?", digits) is None or _fits(digits, code):
        return
    prefix = int(digits[:3])
    found = next((s for s, ranges in ZIP_RANGES.items()
                  if any(lo <= prefix <= hi for lo, hi in ranges)), None)
    if found is None:
        return
    if text.upper() == code:
        obj[state_key] = found if text.isupper() else found.lower()
    else:
        obj[state_key] = next(n.title() for n, c in STATE_NAMES.items() if c == found)


def _fits(digits: str, state: str) -> bool:
    prefix = int(digits[:3])
    return any(lo <= prefix <= hi for lo, hi in ZIP_RANGES[state])


def _country_of(obj: dict[str, Any]) -> str | None:
    """The country an object says it is in: its country field, else its city, else a US
    state; None when it says nothing known."""
    country = _field(obj, _COUNTRY)
    if country is not None:
        row = COUNTRY_INDEX.get(obj[country].strip().lower())
        return PLACES[row][2] if row is not None else None
    city = _field(obj, _CITY)
    if city is not None and (row := CITY_INDEX.get(obj[city].strip().lower())) is not None:
        return PLACES[row][2]
    return "US" if _us_state(obj) is not None else None


def _us_state(obj: dict[str, Any]) -> str | None:
    state = _field(obj, _STATE)
    if state is not None:
        text = obj[state].strip()
        code = text.upper() if text.upper() in ZIP_RANGES else STATE_NAMES.get(text.lower())
        if code is not None:
            return code
    city = _field(obj, _CITY)
    return US_CITIES.get(obj[city].strip().lower()) if city is not None else None


def _zip_in(value: str | int, state: str) -> str | int:
    """`value` moved into `state`'s ZIP range (same last two digits), same type."""
    digits = f"{value:05d}" if isinstance(value, int) else value.strip()
    match = re.fullmatch(r"(\d{5})(-\d{4})?", digits)
    if match is None:
        return value
    prefix = int(digits[:3])
    ranges = ZIP_RANGES[state]
    if _fits(digits, state):
        return value
    width = [hi - lo + 1 for lo, hi in ranges]
    pick = prefix % sum(width)
    for (lo, _), w in zip(ranges, width, strict=True):
        if pick < w:
            new = f"{lo + pick:03d}{digits[3:5]}{match.group(2) or ''}"
            return int(new) if isinstance(value, int) else new
        pick -= w
    return value
