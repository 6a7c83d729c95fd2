"""A flight of the airline the user asked for leaves from (or goes to) its country.

Asked for "Lufthansa, economy, 4 passengers", the pricing came back Lufthansa from
Bengaluru to Cairo (BFCL seed 7 #83): `airline_routes` keeps an airline the call sent, so
the route drawn apart from it stood. `route_from_home(output, args, rng)` walks every
object holding an airline the call sent and a route (`airline_routes`' keys) neither of
whose ends is in the airline's country, and moves the end the call did not send (the
origin first) to a city of that country (an airport code stays a code); every field of
the object holding the old end's value follows. A route the call sent whole is the
user's and stays. Chosen by the old end's name, so the record's random stream is
untouched. In place, deterministic.
"""

from __future__ import annotations

import random
from functools import lru_cache
from typing import Any

from toolgen.executor.airline_routes import HOME, country_of_end, route_keys
from toolgen.executor.entities.tables import AIRPORT
from toolgen.executor.objects import objects_in
from toolgen.executor.pools import PLACES


@lru_cache(maxsize=64)
def _ends_in(country: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(listed cities, airport codes) of `country`."""
    cities = tuple(p[0] for p in PLACES if p[2] == country)
    codes = tuple(str(r["iata"]) for r in AIRPORT.rows if r["country_code"] == country)
    return cities, codes


def _home_end(old: str, country: str, avoid: Any) -> str | None:
    """An end in `country` of the kind `old` is (a code or a city), not `avoid`."""
    cities, codes = _ends_in(country)
    is_code = len(old) == 3 and old.isupper()
    pool = [e for e in (codes if is_code else cities) if e != avoid]
    return pool[sum(map(ord, old)) % len(pool)] if pool else None


def route_from_home(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    sent = {v for v in args.values() if isinstance(v, str)}
    for obj in objects_in(output):
        found = route_keys(tuple(obj))
        if found is None:
            continue
        key, from_key, to_key = found
        airline, start, end = obj[key], obj[from_key], obj[to_key]
        if not (isinstance(airline, str) and airline in sent and isinstance(start, str)
                and isinstance(end, str)):
            continue
        home = HOME.get(airline.strip().lower())
        ends = (country_of_end(start), country_of_end(end))
        if home is None or None in ends or home in ends:
            continue
        old, other = (start, end) if start not in sent else (end, start)
        if old in sent:
            continue
        new = _home_end(old, home, other)
        if new is not None:
            for k, v in obj.items():
                if v == old:
                    obj[k] = new
