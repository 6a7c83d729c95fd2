"""One object is in one place: its city, country, address, coordinates, time zone, region
and phone prefix agree with each other and with the country the call asked about (an
address validated for Australia is not answered from San Francisco).

`believable_places(output, args)` walks every object of an output. The place it is in is,
in this order: the country the call named (`country`, `country_code`), the city the call
named when the object repeats it, the object's own country, its own city; a city the
call sent that the list does not hold is answered from its own country when the record's
has no city of that name (Cleveland from the United States, not from Italy). A city,
country, address tail, region, time zone, coordinate pair or phone prefix of another
country is rewritten to that place (keeping the field's form: a code stays a code). A
value the call itself sent is never changed. Other places outside the known list are left
alone. In place, deterministic, never touches the network.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.executor.gen_context import CITY_INDEX, COUNTRY_INDEX
from toolgen.executor.locales import LOCALE, dial_code, local_streets, phone_in, street_city
from toolgen.executor.objects import objects_in
from toolgen.executor.pools import PLACES
from toolgen.executor.regions import is_region, region_of
from toolgen.executor.unlisted_city import coordinates_for, unlisted_city
from toolgen.executor.values import normalize_key

_CITY = frozenset({"city", "city_name", "town"})
_COUNTRY = frozenset({"country", "country_name", "nation"})
_CODE = frozenset({"country_code", "countrycode", "iso2", "iso_country", "country_iso"})
_REGION = frozenset({"state", "region", "province"})
_TZ = frozenset({"timezone", "time_zone", "tz"})
_LAT = frozenset({"lat", "latitude"})
_LON = frozenset({"lon", "lng", "longitude"})
_ADDRESS = frozenset({"address", "full_address", "formatted_address"})
_REGIONS = {p[7].lower(): p[2] for p in PLACES}
_ZONES = {p[6]: p[2] for p in PLACES}


def believable_places(output: Any, args: dict[str, Any]) -> None:
    wanted: int | None = None  # worked out at the first object that says where it is
    for node in objects_in(output):
        keys = _place_keys(tuple(node))
        if keys is not None:
            if wanted is None:
                wanted = _wanted(args)
                if wanted < 0:
                    wanted = _anchor_of(args)
            _agree(node, args, wanted, keys)


# Well-known cities outside PLACES, by country code: a call about Denver is answered from
# the United States even though Denver has no row of its own.
_OTHER_CITIES = {
    "los angeles": "US", "dallas": "US", "denver": "US", "houston": "US", "atlanta": "US",
    "washington": "US", "philadelphia": "US", "las vegas": "US", "san diego": "US",
    "portland": "US", "montreal": "CA", "calgary": "CA", "manchester": "GB",
    "birmingham": "GB", "glasgow": "GB", "hamburg": "DE", "frankfurt": "DE", "cologne": "DE",
    "marseille": "FR", "nice": "FR", "seville": "ES", "valencia": "ES", "florence": "IT",
    "venice": "IT", "naples": "IT", "krakow": "PL", "geneva": "CH", "rotterdam": "NL",
    "kyoto": "JP", "busan": "KR", "delhi": "IN", "new delhi": "IN", "chennai": "IN",
    "rio de janeiro": "BR", "brisbane": "AU", "perth": "AU", "wellington": "NZ",
    "johannesburg": "ZA", "abu dhabi": "AE", "guadalajara": "MX", "phuket": "TH",
}
_FIRST_OF = {p[2]: i for i, p in reversed(list(enumerate(PLACES)))}


def _wanted(args: dict[str, Any]) -> int:
    """The PLACES row of the country the call asked about (its city when it names one)."""
    country = -1
    # `iso` of a city list names its country (JP); only a known country code counts.
    for key in ("country", "country_code", "country_name", "countrycode", "iso", "iso_code",
                "iso2", "country_iso"):
        v = args.get(key)
        if isinstance(v, str) and v.lower() in COUNTRY_INDEX:
            country = COUNTRY_INDEX[v.lower()]
            break
    city = args.get("city")
    if not isinstance(city, str):
        return country
    i = CITY_INDEX.get(city.lower(), _FIRST_OF.get(_OTHER_CITIES.get(city.lower(), ""), -1))
    if i >= 0 and (country < 0 or PLACES[i][2] == PLACES[country][2]):
        return i
    return country


def agree_arguments(given: dict[str, Any], kept: dict[str, Any]) -> dict[str, Any]:
    """A copy of the values a user gives one call, made to agree on one place with each
    other and with the values `kept` as they are (carried over from an earlier result)."""
    out = dict(given)
    keys = _place_keys(tuple(out))
    if keys is None:
        return out
    kept = {k: v for k, v in kept.items() if v is not None}  # None: not known yet
    fixed = {normalize_key(k): v for k, v in kept.items()}
    merged = {**out, **kept}
    _agree(out, fixed, _wanted(fixed) if fixed else _anchor_of(merged), keys)
    return out


def at_place(given: dict[str, Any], row: int, strict: bool = False) -> dict[str, Any]:
    """A copy of the values a user gives one call, moved to the place of `PLACES` row
    `row` (the record's place, or the country the call's API serves): a known city,
    country, region or address of another country becomes that place's. `strict` (an API
    serving one country): a city not known to be in that country is replaced too."""
    out = dict(given)
    keys = _place_keys(tuple(out))
    if keys is None or row < 0:
        return out
    code = PLACES[row][2]
    for n in _CITY:
        key = keys.get(n)
        value = out.get(key) if key is not None else None
        if key is None or not isinstance(value, str):
            continue
        known = CITY_INDEX.get(value.lower())
        in_code = PLACES[known][2] if known is not None else _OTHER_CITIES.get(value.lower())
        if in_code != code and (strict or in_code is not None):
            out[key] = PLACES[row][0]
    _agree(out, {}, row, keys)
    return out


def named_row(given: dict[str, Any]) -> int:
    """The `PLACES` row the values a user gives one call name (their city, else their
    country, else an address tail), or -1."""
    row = _wanted({normalize_key(k): v for k, v in given.items()})
    return row if row >= 0 else _anchor_of(given)


def _anchor_of(obj: dict[str, Any]) -> int:
    """The place an object's own country, else city, else address tail names (-1: none)."""
    keys = {normalize_key(k): k for k in obj if isinstance(k, str)}
    for names, index in ((_COUNTRY | _CODE, COUNTRY_INDEX), (_CITY, CITY_INDEX)):
        for n in names:
            if n in keys and _row(obj[keys[n]], index) >= 0:
                return _row(obj[keys[n]], index)
    for n in _ADDRESS:
        value = obj.get(keys[n]) if n in keys else None
        if isinstance(value, str) and value.count(",") >= 2:
            return _row(value.rsplit(",", 1)[-1].strip(), COUNTRY_INDEX)
    for nk, key in keys.items():
        value = obj[key]
        if "phone" in nk and isinstance(value, str) and value.startswith("+"):
            digits = value[1:].replace("-", "").replace(" ", "")
            code = next((c for c, (_, dial) in LOCALE.items() if digits.startswith(dial)
                         and dial != "1"), "US" if digits.startswith("1") else "")
            return _FIRST_OF.get(code, -1)
    return -1


_PLACE_KEYS = _CITY | _COUNTRY | _CODE | _REGION | _TZ | _LAT | _LON | _ADDRESS


def is_place_argument(name: str) -> bool:
    """Does an argument called `name` say where something is (a city, country, address...)?"""
    return normalize_key(name) in _PLACE_ARGUMENTS


_STREET = frozenset({"street", "street_address", "postcode", "zip", "zip_code", "zipcode",
                     "postal_code"})
_PLACE_ARGUMENTS = _PLACE_KEYS | _STREET


@lru_cache(maxsize=16384)
def _place_keys(names: tuple[Any, ...]) -> dict[str, str] | None:
    """snake name -> key of an object's keys, or None when none of them says where it is
    (objects of one endpoint share their keys: worked out once per key set)."""
    keys = {normalize_key(k): k for k in names if isinstance(k, str)}
    if any(nk in _PLACE_KEYS for nk in keys):
        return keys
    return None


def own_regions(output: Any, args: dict[str, Any]) -> None:
    """Each object's province or state made its city's (`_own_region`), once the cities
    are final (a listing of India's cities is named after `believable_places` runs)."""
    sent = {normalize_key(k): v for k, v in args.items()}
    for node in objects_in(output):
        keys = _place_keys(tuple(node))
        if keys is not None:
            _own_region(node, sent, keys, next((keys[n] for n in _CITY if n in keys), None))


# Keys of a person's record, whose `name` is no city (a "Victoria" who lives in Ontario).
_PERSON = frozenset({"email", "phone", "phone_number", "first_name", "last_name", "username"})


def _own_region(obj: dict[str, Any], args: dict[str, Any], keys: dict[str, str],
                city_key: str | None) -> None:
    """A province or state beside a city of Canada, India or Australia (the object's, a
    listed city's `name`, else one kept from an earlier call) is the city's: Vancouver
    is in British Columbia, never in Quebec (ToolBench seed 47 #5), Mumbai in
    Maharashtra (#19). One the call sent stays."""
    regions = _REGION & keys.keys()
    if not regions:
        return
    if city_key is None and "name" in keys and not keys.keys() & _PERSON:
        city_key = keys["name"]  # a list of cities names each by its `name`
    city = obj[city_key] if city_key is not None else next(
        (args[n] for n in _CITY if n in args), None)
    own = region_of(city) if isinstance(city, str) else None
    for nk in regions:
        value = obj[keys[nk]]
        if (own is not None and isinstance(value, str) and is_region(value)
                and args.get(nk) != value):
            obj[keys[nk]] = own


def _agree(obj: dict[str, Any], args: dict[str, Any], wanted: int,
           keys: dict[str, str]) -> None:
    city_key = next((keys[n] for n in _CITY if n in keys), None)
    _own_region(obj, args, keys, city_key)
    country_key = next((keys[n] for n in _COUNTRY | _CODE if n in keys), None)
    city_row = _row(obj.get(city_key), CITY_INDEX) if city_key else -1
    country_row = _row(obj.get(country_key), COUNTRY_INDEX) if country_key else -1
    address_key = next((keys[n] for n in _ADDRESS if n in keys), None)
    if city_row < 0 and country_row < 0 and address_key is None:
        return
    anchor = wanted if wanted >= 0 else _anchor_of(obj)

    def sent(key: str) -> bool:
        return normalize_key(key) in args and args[normalize_key(key)] == obj[key]

    if wanted < 0 and city_key and city_row < 0 and sent(city_key):
        anchor = _home_of(str(obj[city_key]), anchor)
    if anchor < 0:
        return
    place = PLACES[anchor]
    code = place[2]

    if city_key and city_row >= 0 and PLACES[city_row][2] != code and not sent(city_key):
        obj[city_key] = place[0]
    for nk, key in keys.items():
        value = obj[key]
        if not isinstance(value, (str, int, float)) or isinstance(value, bool) or sent(key):
            continue
        row = _row(value, COUNTRY_INDEX)
        if nk in _COUNTRY and row >= 0 and PLACES[row][2] != code:
            obj[key] = place[1]
        elif nk in _CODE and row >= 0 and PLACES[row][2] != code:
            obj[key] = code if str(value).isupper() else code.lower()
        elif nk in _REGION and isinstance(value, str) and _REGIONS.get(value.lower(),
                                                                          code) != code:
            obj[key] = place[7]
        elif nk in _TZ and isinstance(value, str) and _ZONES.get(value, code) != code:
            obj[key] = place[6]
        elif nk in _ADDRESS and isinstance(value, str):
            obj[key] = _address(value, place, _asked_city(obj, city_key, args, code))
        elif nk in _STREET_LINES and isinstance(value, str) and street_city(value) not in (
                None, _city_named(obj, city_key, place)):
            # "1561 Coral Way" is Miami's: a Chicago address takes a Chicago street
            obj[key] = _street_in(value, code, _city_named(obj, city_key, place))
        elif ("phone" in nk and isinstance(value, str) and value.startswith("+")
              and not value[1:].replace("-", "").startswith(dial_code(code))):
            obj[key] = phone_in(code, int("".join(c for c in value if c.isdigit()) or 0))
    # a pair of another city of the country moves to the city named (Miami at Seattle's)
    own = PLACES[city_row] if city_row >= 0 and PLACES[city_row][2] == code else place
    _coordinates(obj, keys, own, args)
    if city_key is not None and city_row < 0 and isinstance(obj.get(city_key), str):
        _unlisted_coordinates(obj, keys, str(obj[city_key]), code, args)


# Keys of a street line alone (house number and street), beside a city of their own.
_STREET_LINES = frozenset({"street", "street_address", "address_line1", "address_line_1",
                           "addressline1", "line1", "street_line"})


def _city_named(obj: dict[str, Any], city_key: str | None, place: tuple[Any, ...]) -> str:
    """The city an object names (its city field), else its place's."""
    value = obj.get(city_key) if city_key else None
    return value if isinstance(value, str) and value else str(place[0])


def _home_of(city: str, anchor: int) -> int:
    """The place of a sent city the list does not hold: its own country when the anchor's
    has no city of that name (Cleveland is answered from the United States, not from the
    Italy drawn for the record; Richmond, Canada stays in Canada)."""
    code = PLACES[anchor][2] if anchor >= 0 else ""
    if _OTHER_CITIES.get(city.lower()) == code or (code and unlisted_city(city, code)):
        return anchor
    found = unlisted_city(city, "")
    return _FIRST_OF.get(found.country_iso, anchor) if found is not None else anchor


def _row(value: Any, index: dict[str, int]) -> int:
    return index.get(value.lower(), -1) if isinstance(value, str) else -1


def _asked_city(obj: dict[str, Any], city_key: str | None, args: dict[str, Any],
                code: str) -> str | None:
    """The city the call named, when the object repeats it and it lies in `code`."""
    if city_key is None or obj.get(city_key) != args.get("city"):
        return None
    city = str(obj[city_key])
    known = CITY_INDEX.get(city.lower())
    in_code = PLACES[known][2] if known is not None else _OTHER_CITIES.get(city.lower())
    if in_code is None and unlisted_city(city, code) is not None:
        in_code = code  # Firenze: an address in Italy ends in Firenze, not Rome
    return city if in_code == code else None


def _address(value: str, place: tuple[Any, ...], city_name: str | None = None) -> str:
    """`street, City, Country` (or `street, City`) with the tail of another place moved
    to `place`."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) == 2 and parts[1].lower() in CITY_INDEX:
        # `street, City` ("12 Rue de Rivoli, Paris") of a record that is in Warsaw
        name = city_name or str(place[0])
        if PLACES[CITY_INDEX[parts[1].lower()]][2] != place[2] or (
                city_name is not None and parts[1].lower() != name.lower()):
            return f"{_street_in(parts[0], str(place[2]), name)}, {name}"
        return value
    if len(parts) < 3:
        return value
    city, country = parts[-2].lower(), parts[-1].lower()
    name = city_name or str(place[0])
    if city in CITY_INDEX and country in COUNTRY_INDEX and (
            PLACES[CITY_INDEX[city]][2] != place[2]
            or PLACES[COUNTRY_INDEX[country]][2] != place[2]
            or (city_name is not None and city != name.lower())):
        street = ", ".join(parts[:-2])
        if PLACES[CITY_INDEX[city]][2] != place[2] or street_city(street) not in (None, name):
            # a street of the country stays, but not one of another of its cities
            street = _street_in(street, str(place[2]), name)
        return ", ".join([street, name, str(place[1])])
    return value


def _street_in(street: str, code: str, city: str) -> str:
    """A street of `city` in country `code` standing in for `street` (chosen by its
    letters)."""
    streets = local_streets(code, city)
    return streets[sum(map(ord, street)) % len(streets)]


def _drawn_pair(obj: dict[str, Any], keys: dict[str, str], args: dict[str, Any]
                ) -> tuple[str, str, float, float] | None:
    """(latitude key, longitude key, latitude, longitude) of the object's coordinate pair
    when it was drawn, not sent; None otherwise."""
    lat_key = next((keys[n] for n in _LAT if n in keys), None)
    lon_key = next((keys[n] for n in _LON if n in keys), None)
    if lat_key is None or lon_key is None:
        return None
    lat, lon = obj[lat_key], obj[lon_key]
    if not (isinstance(lat, float) and isinstance(lon, float)):
        return None
    if normalize_key(lat_key) in args or normalize_key(lon_key) in args:
        return None
    return lat_key, lon_key, lat, lon


def _coordinates(obj: dict[str, Any], keys: dict[str, str], place: tuple[Any, ...],
                 args: dict[str, Any]) -> None:
    """A coordinate pair of another known place (another country's, or another city's
    beside a named city) moves to `place` (sent pairs stay)."""
    pair = _drawn_pair(obj, keys, args)
    if pair is None:
        return
    lat_key, lon_key, lat, lon = pair
    for p in PLACES:
        if p[4] == lat and p[5] == lon and p[0] != place[0]:
            obj[lat_key], obj[lon_key] = place[4], place[5]
            return


def _unlisted_coordinates(obj: dict[str, Any], keys: dict[str, str], name: str, code: str,
                          args: dict[str, Any]) -> None:
    """A drawn pair beside a city `PLACES` does not list (Firenze at Rome's) becomes that
    city's own (`unlisted_city`); a sent pair stays."""
    pair = _drawn_pair(obj, keys, args)
    if pair is None:
        return
    lat_key, lon_key, lat, lon = pair
    city = unlisted_city(name, code)
    moved = coordinates_for(lat, lon, city) if city is not None else None
    if moved is not None:
        obj[lat_key], obj[lon_key] = moved
